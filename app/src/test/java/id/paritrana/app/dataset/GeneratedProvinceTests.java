package id.paritrana.app.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code generate --scale province}: one whole province, with enough employers to check
 * the mix.
 */
class GeneratedProvinceTests {

	@TempDir
	static Path directory;

	static GeneratedData data;

	@BeforeAll
	static void generate() {
		data = GeneratedData.generate(directory, "--scale", "province", "--province", "34", "--seed", "5", "--year",
				"2024");
	}

	@Test
	void coversEveryRegencyAndVillageOfTheProvinceAndNothingElse() {
		Set<String> regencies = GeneratedData.wilayah("regencies.csv")
			.stream()
			.filter(row -> row.get("province_code").equals("34"))
			.map(row -> row.get("code"))
			.collect(Collectors.toSet());
		assertThat(data.column("region-coverage.csv", "region_code")).isEqualTo(regencies);
		assertThat(data.column("employers.csv", "region_code")).isEqualTo(regencies);
		assertThat(data.column("village-protection.csv", "village_code"))
			.isEqualTo(GeneratedData.wilayahCodes("villages.csv")
				.stream()
				.filter(code -> code.startsWith("34."))
				.collect(Collectors.toSet()));
		Set<String> governments = data.column("nonasn.csv", "government_code");
		assertThat(governments).contains("34").allMatch(code -> code.startsWith("34"));
	}

	@Test
	void sizeClassesFollowTheRealMix() {
		List<Map<String, String>> employers = data.rows("employers.csv");
		Map<String, Long> counts = employers.stream()
			.collect(Collectors.groupingBy(row -> row.get("size_class"), Collectors.counting()));
		double total = employers.size();
		assertThat(counts.get("BESAR") / total).isCloseTo(0.01, within(0.005));
		assertThat(counts.get("MENENGAH") / total).isCloseTo(0.04, within(0.01));
		assertThat(counts.get("KECIL") / total).isCloseTo(0.25, within(0.02));
		assertThat(counts.get("MIKRO") / total).isCloseTo(0.70, within(0.02));
	}

	@Test
	void headcountsMatchTheSizeClass() {
		Map<String, String> sizeByNpp = data.rows("employers.csv")
			.stream()
			.collect(Collectors.toMap(row -> row.get("npp"), row -> row.get("size_class")));
		Map<String, Integer> firstMonth = data.rows("employer-contributions.csv")
			.stream()
			.collect(Collectors.toMap(row -> row.get("npp"), row -> Integer.parseInt(row.get("workers_total")),
					(first, later) -> first));
		firstMonth.forEach((npp, workers) -> {
			// Headcounts drift up to 25 % over the year, so allow that margin around each
			// class.
			switch (sizeByNpp.get(npp)) {
				case "BESAR" -> assertThat(workers).isBetween(80, 6_250);
				case "MENENGAH" -> assertThat(workers).isBetween(16, 125);
				case "KECIL" -> assertThat(workers).isBetween(4, 24);
				default -> assertThat(workers).isBetween(1, 5);
			}
		});
	}

	@Test
	void sectorsAreKbliSectionsWithTradeTheMostCommon() {
		Map<String, Long> sectors = data.rows("employers.csv")
			.stream()
			.collect(Collectors.groupingBy(row -> row.get("sector"), Collectors.counting()));
		assertThat(sectors.keySet()).allMatch(sector -> sector.matches("[A-U]"));
		assertThat(sectors.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()).isEqualTo("G");
	}

}
