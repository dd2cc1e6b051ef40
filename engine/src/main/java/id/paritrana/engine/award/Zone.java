package id.paritrana.engine.award;

import java.util.Optional;

/** The zones of the award Terbaik Inovasi per Zona, by province code (DESIGN §5.6). */
public enum Zone {

	SUMATERA("Sumatera", 11, 21), JAWA("Jawa", 31, 36), BALI_NUSA_TENGGARA("Bali & Nusa Tenggara", 51, 53),
	KALIMANTAN("Kalimantan", 61, 65), SULAWESI("Sulawesi", 71, 76), MALUKU_PAPUA("Maluku & Papua", 81, 97);

	private final String title;

	private final int first;

	private final int last;

	Zone(String title, int first, int last) {
		this.title = title;
		this.first = first;
		this.last = last;
	}

	/** The zone's name as published. */
	public String title() {
		return this.title;
	}

	/**
	 * The zone of a province code ({@code NN}) or of a regency/city code ({@code NN.NN},
	 * by its province); empty when the code is in no zone.
	 */
	public static Optional<Zone> of(String regionCode) {
		if (regionCode.length() < 2 || !Character.isDigit(regionCode.charAt(0))
				|| !Character.isDigit(regionCode.charAt(1))
				|| (regionCode.length() > 2 && regionCode.charAt(2) != '.')) {
			return Optional.empty();
		}
		int province = Integer.parseInt(regionCode.substring(0, 2));
		for (Zone zone : values()) {
			if (province >= zone.first && province <= zone.last) {
				return Optional.of(zone);
			}
		}
		return Optional.empty();
	}

}
