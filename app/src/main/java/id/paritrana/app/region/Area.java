package id.paritrana.app.region;

/**
 * One administrative area.
 *
 * @param code Kemendagri code
 * @param name official name
 * @param level level of the code
 * @param city for a regency/city, whether it is a city (kota); false otherwise
 * @param parentCode code of the area above, empty for a province
 * @param context names of the areas above, nearest first (for search results)
 */
public record Area(String code, String name, AreaLevel level, boolean city, String parentCode, String context) {

	/** Whether this area has a government of its own (province or regency/city). */
	public boolean isGovernment() {
		return this.level == AreaLevel.PROVINSI || this.level == AreaLevel.KABUPATEN_KOTA;
	}

}
