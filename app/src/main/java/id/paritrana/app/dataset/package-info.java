/**
 * Data sets of an edition (DESIGN §6): the all-or-nothing import of every data set from
 * CSV or XLSX (one implementation behind the command line, the API and the pages), their
 * versions, the candidates' measures computed from them, and the deterministic synthetic
 * data generator behind {@code generate} (§7.1).
 *
 * <p>
 * <b>The pipeline.</b> Data sets are imported in the order of §6;
 * {@code employer-contributions} and {@code employer-vulnerable} need {@code employers}
 * first (their NPPs are checked against it). An import from the pages is followed, in the
 * same background job, by the computation of the edition's measures
 * ({@link id.paritrana.app.dataset.ImportJobs}); the page polls both. The pages say what
 * is stale and why ({@link id.paritrana.app.dataset.Staleness}): measures computed from
 * older versions than the current ones, desk scores computed before the latest measures.
 *
 * <p>
 * <b>The guard.</b> Once any level of an edition is past {@code VERIFIKASI} (shortlisted,
 * interviewing, determined or awarded), an import (of any data set but
 * {@code jury-scores}, which feeds the interviews), a computation of measures and a
 * requested computation of desk scores would change what that level was judged on, so
 * each is refused ({@link id.paritrana.app.dataset.ResultGuard}) naming every such level,
 * its stage and how many of its candidates have desk scores. Only the national
 * administrator may go ahead, with a reason of at least
 * {@value id.paritrana.app.dataset.ResultGuard#MIN_REASON} characters, audited as
 * {@code RESULTS_GUARD_OVERRIDDEN}; the command line takes {@code --override-reason}. An
 * overridden import does not recompute the measures by itself: that is a second, explicit
 * step. Determined levels stay frozen whatever is imported: their snapshots are the
 * record, and the measures keep each employer's name and province as they were read, so a
 * later employers import cannot move or drop a scored candidate.
 *
 * <p>
 * <b>Events.</b> Consumes {@link id.paritrana.app.evidence.EvidenceDecided}: a decision
 * on a regulation refreshes that government's {@code regulation_level} after the decision
 * committed ({@code EvidenceDecisions}), and a change is published as
 * {@link id.paritrana.app.dataset.MeasuresRefreshed} for the desk scores. An import is
 * not an event: on the data page the import and the measures run in one background job
 * whose progress and refusals the person waiting sees, and the API and the command line
 * keep the measures an explicit second step. (docs/events.md)
 */
package id.paritrana.app.dataset;
