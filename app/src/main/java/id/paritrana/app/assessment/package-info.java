/**
 * Assessment: measures, desk scores and ranks of an edition; here also the stateless
 * {@code evaluate} command of DESIGN §7.1.
 *
 * <p>
 * <b>Events.</b> Consumes {@link id.paritrana.app.dataset.MeasuresRefreshed}: after a
 * regulation level changed, the desk scores of that category in that scope (or of the
 * whole edition) are recomputed in a transaction of their own ({@code MeasureChanges});
 * the verifier who decided need not wait for them, and the pages say while they are
 * pending. Publishes none. A requested computation stays synchronous: it answers with
 * what it stored or why it was refused. (docs/events.md)
 */
package id.paritrana.app.assessment;
