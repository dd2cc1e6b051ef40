/**
 * The data sets of DESIGN §6: one definition per data set, and one streaming, validating
 * row reader for CSV and XLSX that reports every problem as
 * {@code file:line: column: reason}.
 */
package id.paritrana.engine.data;
