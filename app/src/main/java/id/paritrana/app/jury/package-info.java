/**
 * Juries (DESIGN §2, §3 WAWANCARA, §5.5): each level's assessment team (a province's Tim
 * Penilai, the national jury), conflicts of interest (declared and derived from
 * affiliation), the assignment of jurors to nominees, the interview schedule, the jurors'
 * scoring sheets with the panels' progress and agreement, and what jurors are told of
 * them (assignments, interviews, sheets not submitted before the interviews end). The
 * rules of a sheet (valid fields, when it is written, submitted, reopened or read by
 * others) live in {@code SheetPolicy}, without storage.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.jury;
