/**
 * Editions of the award: the award year and the year it assesses. Imports, scoring and results
 * belong to an edition; stages and rubrics will hang off it.
 */
package id.paritrana.app.edition;
