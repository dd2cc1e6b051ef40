/**
 * Rubrics (DESIGN §4): categories, levels, the measures of §5.1, weighted aspects and
 * indicators with their rules (§5.2), interview sub-criteria, eligibility, tie-break and
 * shortlist settings; read and validated from YAML files by
 * {@link id.paritrana.engine.rubric.Rubrics}.
 */
package id.paritrana.engine.rubric;
