package id.paritrana.app.portal;

import java.util.Map;

/**
 * A tile-grid map of the 38 provinces: one square per province, laid out roughly as the
 * archipelago lies (west to east, north to south), so no boundary data set (and its
 * licence) is needed. Column and row of each province code; row 0 is the north.
 */
final class ProvinceTiles {

	static final int COLUMNS = 15;

	static final int ROWS = 6;

	private static final Map<String, int[]> TILES = Map.ofEntries(
			// Sumatera and its islands
			Map.entry("11", tile(0, 0)), Map.entry("12", tile(1, 1)), Map.entry("13", tile(1, 2)),
			Map.entry("14", tile(2, 1)), Map.entry("15", tile(2, 2)), Map.entry("16", tile(3, 2)),
			Map.entry("17", tile(2, 3)), Map.entry("18", tile(3, 3)), Map.entry("19", tile(4, 1)),
			Map.entry("21", tile(4, 0)),
			// Jawa
			Map.entry("36", tile(3, 4)), Map.entry("31", tile(4, 4)), Map.entry("32", tile(5, 4)),
			Map.entry("33", tile(6, 4)), Map.entry("34", tile(6, 5)), Map.entry("35", tile(7, 4)),
			// Bali and Nusa Tenggara
			Map.entry("51", tile(8, 5)), Map.entry("52", tile(9, 5)), Map.entry("53", tile(10, 5)),
			// Kalimantan
			Map.entry("61", tile(6, 1)), Map.entry("62", tile(6, 2)), Map.entry("63", tile(7, 2)),
			Map.entry("64", tile(7, 1)), Map.entry("65", tile(7, 0)),
			// Sulawesi
			Map.entry("71", tile(10, 0)), Map.entry("72", tile(9, 1)), Map.entry("73", tile(9, 2)),
			Map.entry("74", tile(10, 2)), Map.entry("75", tile(9, 0)), Map.entry("76", tile(8, 2)),
			// Maluku and Papua
			Map.entry("81", tile(11, 2)), Map.entry("82", tile(12, 0)), Map.entry("91", tile(14, 2)),
			Map.entry("92", tile(13, 1)), Map.entry("93", tile(14, 4)), Map.entry("94", tile(13, 2)),
			Map.entry("95", tile(14, 3)), Map.entry("96", tile(12, 1)));

	private ProvinceTiles() {
	}

	/** Column and row of a province's tile, or null for a code without one. */
	static int[] of(String provinceCode) {
		int[] tile = TILES.get(provinceCode);
		return (tile != null) ? tile.clone() : null;
	}

	static int size() {
		return TILES.size();
	}

	private static int[] tile(int column, int row) {
		return new int[] { column, row };
	}

}
