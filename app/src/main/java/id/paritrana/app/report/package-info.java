/**
 * Reports of determined results for committees: the decree annex (ranked tables per category
 * with the snapshot digest) as PDF and XLSX, results.csv through the API, and what changed between
 * two revisions of a level.
 */
package id.paritrana.app.report;
