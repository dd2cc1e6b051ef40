/**
 * The administrative areas of Indonesia (Kemendagri codes): provinces, regencies/cities
 * and how many villages each holds — the master data that codes in DESIGN §6 files are
 * checked against and that {@code village_ecosystem_pct} counts over (§5.1).
 */
package id.paritrana.engine.area;
