/**
 * Results: final scores and ranks of a level, its determination into signed snapshots and
 * their revisions, the promotion of provincial winners and the national zone awards
 * (DESIGN §5.6, §5.8).
 *
 * <p>
 * <b>Events.</b> Publishes {@link id.paritrana.app.result.LevelDetermined} with every
 * determination and revision and consumes it itself: {@code PromotedWinners} scores the
 * promoted candidates of each changed category at the national level after the
 * determination committed, and {@code ResultMessages} writes the messages to the
 * candidates' operators and the level's committee in the determination's own transaction.
 * The determination, its snapshot, lock and promotion stay one synchronous transaction:
 * the committee must see the level determined, and the national level reads who was
 * promoted at once. ({@code assessment} cannot listen: it would depend on {@code result},
 * which reads the desk scores.) (docs/events.md)
 */
package id.paritrana.app.result;
