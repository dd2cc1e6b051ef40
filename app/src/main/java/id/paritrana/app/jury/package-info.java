/**
 * Jury: the assessment teams, their assignments and conflicts of interest, and the jurors'
 * scoring sheets of the interview stage (DESIGN §3 WAWANCARA, §5.5).
 */
package id.paritrana.app.jury;
