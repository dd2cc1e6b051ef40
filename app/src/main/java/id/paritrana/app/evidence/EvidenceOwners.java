package id.paritrana.app.evidence;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.edition.Stages;
import id.paritrana.app.region.Area;
import id.paritrana.app.region.Areas;
import id.paritrana.app.system.NotFoundException;

/**
 * Who a candidate code names in an edition: a province or regency/city government from the
 * shipped areas, or an employer of the edition's imported employers.
 */
@Service
public class EvidenceOwners {

	private final Areas areas;

	private final JdbcClient jdbc;

	EvidenceOwners(Areas areas, JdbcClient jdbc) {
		this.areas = areas;
		this.jdbc = jdbc;
	}

	/** Whether a code is written as a government's (a province or regency/city code). */
	public static boolean isGovernmentCode(String code) {
		return code.matches("[0-9]{2}(\\.[0-9]{2})?");
	}

	/** The province a code belongs to without reading anything: empty for an employer. */
	static Optional<String> provinceOfGovernment(String code) {
		return isGovernmentCode(code) ? Optional.of(code.substring(0, 2)) : Optional.empty();
	}

	/** Up to {@code limit} employers of a province in the edition's imported employers, by NPP. */
	public java.util.List<String> employersOf(int editionYear, String provinceCode, int limit) {
		return this.jdbc
			.sql("SELECT DISTINCT npp FROM data_employer WHERE edition_year = :y AND region_code LIKE :p"
					+ " ORDER BY npp LIMIT :n")
			.param("y", editionYear)
			.param("p", provinceCode + ".%")
			.param("n", limit)
			.query(String.class)
			.list();
	}

	/**
	 * The candidate of that code in the edition.
	 * @throws NotFoundException when no government or imported employer has that code
	 */
	public EvidenceOwner require(int editionYear, String code) {
		if (isGovernmentCode(code)) {
			Area area = this.areas.find(code)
				.filter(Area::isGovernment)
				.orElseThrow(() -> new NotFoundException("candidate " + code));
			String province = code.substring(0, 2);
			return new EvidenceOwner(code, OwnerKind.PEMERINTAH, area.name(), province,
					code.length() == 2 ? Stages.NATIONAL : province);
		}
		return this.jdbc
			.sql("SELECT name, region_code FROM data_employer WHERE edition_year = :y AND npp = :n"
					+ " ORDER BY version_id DESC LIMIT 1")
			.param("y", editionYear)
			.param("n", code)
			.query((rs, n) -> {
				String province = rs.getString("region_code").substring(0, 2);
				return new EvidenceOwner(code, OwnerKind.BADAN_USAHA, rs.getString("name"), province, province);
			})
			.optional()
			.orElseThrow(() -> new NotFoundException("candidate " + code));
	}

}
