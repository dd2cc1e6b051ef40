package id.paritrana.app.evidence;

import java.util.Optional;

import org.springframework.stereotype.Service;

import id.paritrana.engine.rubric.Category;
import id.paritrana.app.region.Area;
import id.paritrana.app.region.Areas;
import id.paritrana.app.system.NotFoundException;

/**
 * Who a candidate code names in an edition: a province or regency/city government from
 * the shipped areas, or an employer of the current version of the edition's imported
 * employers.
 */
@Service
public class EvidenceOwners {

	private final Areas areas;

	private final ImportedEmployers data;

	EvidenceOwners(Areas areas, ImportedEmployers data) {
		this.areas = areas;
		this.data = data;
	}

	/** The province a code belongs to without reading anything: empty for an employer. */
	static Optional<String> provinceOfGovernment(String code) {
		return Category.ofGovernment(code).map(c -> code.substring(0, 2));
	}

	/**
	 * Up to {@code limit} employers of a province in the edition's imported employers, by
	 * NPP.
	 */
	public java.util.List<String> employersOf(int editionYear, String provinceCode, int limit) {
		return this.data.employersIn(editionYear, provinceCode, limit);
	}

	/**
	 * The candidate of that code in the edition.
	 * @throws NotFoundException when no government or imported employer has that code
	 */
	public EvidenceOwner require(int editionYear, String code) {
		Optional<Category> government = Category.ofGovernment(code);
		if (government.isPresent()) {
			Area area = this.areas.find(code)
				.filter(Area::isGovernment)
				.orElseThrow(() -> new NotFoundException("candidate " + code));
			String province = code.substring(0, 2);
			return new EvidenceOwner(code, OwnerKind.PEMERINTAH, area.name(), province,
					government.get().entryScope(province));
		}
		return this.data.employer(editionYear, code)
			.map(e -> new EvidenceOwner(code, OwnerKind.BADAN_USAHA, e.name(), e.provinceCode(), e.provinceCode()))
			.orElseThrow(() -> new NotFoundException("candidate " + code));
	}

}
