package id.paritrana.app.evidence;

import id.paritrana.engine.rubric.Category;

/**
 * A candidate as the giver of evidence and questionnaires: its code, kind, name, province
 * and, for a government, the category it is assessed in.
 *
 * @param levelScope the level whose stages govern its evidence: {@code ID} for a
 * province's government (assessed nationally), its province otherwise
 */
public record EvidenceOwner(String code, OwnerKind kind, String name, String provinceCode, String levelScope) {

	/**
	 * The category of a government candidate; empty for an employer (its size class
	 * decides).
	 */
	public java.util.Optional<Category> governmentCategory() {
		return (this.kind == OwnerKind.PEMERINTAH) ? Category.ofGovernment(this.code) : java.util.Optional.empty();
	}

}
