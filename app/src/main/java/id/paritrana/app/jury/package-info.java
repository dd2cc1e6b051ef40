/**
 * Juries (DESIGN §2, §3 WAWANCARA, §5.5): each level's assessment team (a province's Tim Penilai,
 * the national jury), conflicts of interest (declared and derived from affiliation), the
 * assignment of jurors to nominees and the interview schedule.
 */
package id.paritrana.app.jury;
