package id.paritrana.app.dataset.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The administrative areas the generator needs, read from the reference data shipped in
 * {@code wilayah/}. Kept deliberately small (codes and city flag only) so it can later be
 * replaced by the engine's area reader.
 */
record Wilayah(List<Province> provinces) {

	record Province(String code, String name, List<Regency> regencies) {

		/** Java (DESIGN §5.6 zone Jawa, codes 31–36) has the densest workforce. */
		boolean onJava() {
			int number = Integer.parseInt(this.code);
			return number >= 31 && number <= 36;
		}

	}

	/** A regency ({@code Kabupaten}) or city ({@code Kota}) with its village codes. */
	record Regency(String code, String provinceCode, boolean city, List<String> villages) {
	}

	static Wilayah load() {
		Map<String, List<String>> villages = new LinkedHashMap<>();
		read("villages.csv",
				row -> villages.computeIfAbsent(row.getField("code").substring(0, 5), key -> new ArrayList<>())
					.add(row.getField("code")));
		Map<String, List<Regency>> regencies = new LinkedHashMap<>();
		read("regencies.csv", row -> {
			String code = row.getField("code");
			String province = row.getField("province_code");
			regencies.computeIfAbsent(province, key -> new ArrayList<>())
				.add(new Regency(code, province, row.getField("name").startsWith("Kota "),
						List.copyOf(villages.getOrDefault(code, List.of()))));
		});
		List<Province> provinces = new ArrayList<>();
		read("provinces.csv", row -> {
			String code = row.getField("code");
			provinces
				.add(new Province(code, row.getField("name"), List.copyOf(regencies.getOrDefault(code, List.of()))));
		});
		return new Wilayah(List.copyOf(provinces));
	}

	Province province(String code) {
		return this.provinces.stream()
			.filter(province -> province.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("unknown province code " + code));
	}

	private static void read(String file, Consumer<NamedCsvRecord> rows) {
		try (InputStream in = Wilayah.class.getResourceAsStream("/wilayah/" + file)) {
			if (in == null) {
				throw new IllegalStateException(
						"area reference data wilayah/" + file + " is missing from the class path");
			}
			try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in)) {
				reader.forEach(rows);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
