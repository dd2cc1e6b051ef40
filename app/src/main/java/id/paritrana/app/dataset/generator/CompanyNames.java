package id.paritrana.app.dataset.generator;

import java.util.SplittableRandom;

/** Plausible Indonesian business names composed from common words (none with a comma). */
final class CompanyNames {

	private static final String[] FIRST = { "Sinar", "Cahaya", "Mitra", "Karya", "Bumi", "Putra", "Sumber", "Tunas",
			"Mega", "Anugerah", "Berkah", "Indah", "Prima", "Surya", "Multi", "Nusantara", "Samudra", "Bintang",
			"Citra", "Dwi", "Tri", "Panca", "Graha", "Harapan", "Cipta", "Duta", "Intan", "Mulia", "Rejeki", "Fajar",
			"Buana", "Wahana", "Bina", "Sarana", "Tirta", "Mandala", "Pelita", "Permata", "Asia", "Global" };

	private static final String[] SECOND = { "Abadi", "Makmur", "Sejahtera", "Mandiri", "Utama", "Perkasa", "Lestari",
			"Sentosa", "Jaya", "Bersama", "Sakti", "Gemilang", "Santosa", "Raya", "Agung", "Baru", "Sukses", "Maju",
			"Persada", "Kencana", "Selaras", "Setia", "Barokah", "Lancar", "Harmoni", "Cemerlang", "Pratama",
			"Indonesia" };

	/** A word hinting at the business, by KBLI section A–U. */
	private static final String[][] SECTOR = { { "Agro", "Tani", "Perkebunan" }, { "Tambang", "Mineral" },
			{ "Industri", "Manufaktur", "Pabrik" }, { "Energi", "Listrik" }, { "Tirta", "Lingkungan" },
			{ "Konstruksi", "Bangun", "Kontraktor" }, { "Niaga", "Dagang", "Retail" },
			{ "Logistik", "Transport", "Ekspres" }, { "Boga", "Kuliner", "Hotel" }, { "Teknologi", "Digital", "Media" },
			{ "Finansial", "Investama" }, { "Properti", "Realty" }, { "Konsultan", "Rekayasa" },
			{ "Jasa", "Layanan", "Outsourcing" }, { "Layanan" }, { "Edukasi", "Pendidikan" },
			{ "Medika", "Farma", "Husada" }, { "Kreasi", "Hiburan" }, { "Jasa", "Servis" }, { "Rumah Tangga" },
			{ "Internasional" } };

	private static final String[] COOPERATIVE = { "Serba Usaha", "Simpan Pinjam", "Karyawan", "Produsen", "Pemasaran",
			"Unit Desa" };

	private CompanyNames() {
	}

	static String name(SplittableRandom random, String sizeClass, int sector) {
		String form = form(random, sizeClass);
		String first = FIRST[random.nextInt(FIRST.length)];
		String second = SECOND[random.nextInt(SECOND.length)];
		if (form.equals("Koperasi")) {
			return "Koperasi " + COOPERATIVE[random.nextInt(COOPERATIVE.length)] + " " + first + " " + second;
		}
		String[] hints = SECTOR[sector];
		String hint = random.nextBoolean() ? " " + hints[random.nextInt(hints.length)] : "";
		String listed = sizeClass.equals("BESAR") && random.nextDouble() < 0.05 ? " Tbk" : "";
		return form + " " + first + " " + second + hint + listed;
	}

	/** Legal form by size: large firms are PT, micro businesses mostly UD or CV. */
	private static String form(SplittableRandom random, String sizeClass) {
		double draw = random.nextDouble();
		return switch (sizeClass) {
			case "BESAR" -> "PT";
			case "MENENGAH" -> draw < 0.80 ? "PT" : draw < 0.95 ? "CV" : "Koperasi";
			case "KECIL" -> draw < 0.20 ? "PT" : draw < 0.65 ? "CV" : draw < 0.85 ? "UD" : "Koperasi";
			default -> draw < 0.10 ? "PT" : draw < 0.35 ? "CV" : draw < 0.85 ? "UD" : "Koperasi";
		};
	}

}
