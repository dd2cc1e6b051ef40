/**
 * Editions of the award (DESIGN §3, §4): the award year, the period it assesses, each
 * edition's own copy of every rubric (edited until SELEKSI starts, every change audited)
 * and the stage state machine of its national and provincial levels
 * ({@link id.paritrana.app.edition.LevelStages} holds its rules without storage;
 * {@link id.paritrana.app.edition.Stages} stores and audits its moves). Imports, scoring
 * and results belong to an edition.
 *
 * <p>
 * <b>Events.</b> Publishes none and consumes none: what it does is done when it answers
 * (docs/events.md).
 */
package id.paritrana.app.edition;
