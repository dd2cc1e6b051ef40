package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.award.Zone;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

class CanonicalFormTests {

	/**
	 * The SHA-256 of golden-snapshot.txt, the canonical form of the snapshot built below.
	 */
	private static final String GOLDEN_SHA256 = "a08dc5f26bc385d1c4ab16a83826f967c636038d705f5880119e8a4d55522818";

	private static final Snapshot SNAPSHOT = new Snapshot(1, 2024, Level.PROVINSI, "34", 1, "", "admin",
			Instant.parse("2024-10-01T03:04:05Z"), false, null);

	private static ResultRow row(Map<String, BigDecimal> indicators) {
		return new ResultRow(Level.PROVINSI, "34", Category.PEMKAB_PEMKOT, "34.71", "Kota Yogyakarta", true, List.of(),
				new BigDecimal("70.00"), 1, null, new BigDecimal("70.00"), 1,
				Map.of("coverage", new BigDecimal("70.00")), indicators);
	}

	private static String text(ResultRow row) {
		return CanonicalForm.text(new CanonicalForm.Parts(SNAPSHOT, List.of(row), List.of(), List.of()));
	}

	@Test
	void aSnapshotWithoutIndicatorScoresKeepsTheFormItWasDeterminedWith() {
		String text = text(row(null));
		assertThat(text).doesNotContain("indicators,").contains("aspects,1\n").contains("\ninputs,0\n");
		assertThat(text.indexOf("PEMKAB_PEMKOT,34.71,coverage,70.00\ninputs,0\n")).isPositive();
	}

	@Test
	void indicatorScoresFollowTheAspectsInRubricOrderAndChangeTheDigest() {
		Map<String, BigDecimal> indicators = new LinkedHashMap<>();
		indicators.put("regulasi", new BigDecimal("80.00"));
		indicators.put("coverage_pu", new BigDecimal("62.50"));
		String text = text(row(indicators));
		assertThat(text)
			.contains("PEMKAB_PEMKOT,34.71,coverage,70.00\nindicators,2\ncategory,candidate_code,indicator,score\n"
					+ "PEMKAB_PEMKOT,34.71,regulasi,80.00\nPEMKAB_PEMKOT,34.71,coverage_pu,62.50\ninputs,0\n");
		indicators.put("coverage_pu", new BigDecimal("62.51"));
		assertThat(CanonicalForm.sha256(text(row(indicators)))).isNotEqualTo(CanonicalForm.sha256(text));
		assertThat(CanonicalForm.sha256(text(row(null)))).isNotEqualTo(CanonicalForm.sha256(text));
	}

	@Test
	void linesQuoteOnlyFieldsWithACommaQuoteOrLineBreakAndKeepTheirText() {
		String text = new CanonicalForm.Lines().add("kind", "a,b", "say \"hi\"", "two\nlines", "cr\r", "", null)
			.add("plain", " spaced ", "=1+1", "#hash")
			.text();
		assertThat(text)
			.isEqualTo("kind,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,\n" + "plain, spaced ,=1+1,#hash\n");
	}

	@Test
	void recordsReadBackWhatLinesWroteEmptyAndMissingAlike() {
		String text = new CanonicalForm.Lines()
			.add("level", "category", "candidate_code", "juror", "criterion", "score")
			.add("PROVINSI", "UKM", "10,01", "Juri \"Satu\"\nBaris dua", "", "80")
			.add("PROVINSI", "UKM", "10.02", null, "kriteria", "75")
			.text();
		assertThat(CanonicalForm.records(text)).containsExactly(
				List.of("PROVINSI", "UKM", "10,01", "Juri \"Satu\"\nBaris dua", "", "80"),
				List.of("PROVINSI", "UKM", "10.02", "", "kriteria", "75"));
	}

	/**
	 * A snapshot using every section of the form (indicator scores on one row only,
	 * quoted fields, flags, empty scores, inputs, zone awards, a revision's reason)
	 * serialises to the text checked in beside this test, whose SHA-256 is pinned: any
	 * change to the form changes a published digest, so it must be a deliberate one (a
	 * new format version), never a side effect.
	 */
	@Test
	void theCanonicalFormOfAFixedSnapshotIsPinned() throws IOException {
		Snapshot snapshot = new Snapshot(7, 2031, Level.NASIONAL, "ID", 2, "", "sekretariat.nasional",
				Instant.parse("2031-11-20T08:15:00Z"), false, "Koreksi data, \"kepesertaan\" Maret\nditerima");
		Map<String, BigDecimal> indicators = new LinkedHashMap<>();
		indicators.put("regulasi", new BigDecimal("100.00"));
		indicators.put("juri", new BigDecimal("85.50"));
		ResultRow pemprov = new ResultRow(Level.NASIONAL, "ID", Category.PEMPROV, "34", "DI Yogyakarta", true,
				List.of(), new BigDecimal("81.25"), 1, new BigDecimal("85.5"), new BigDecimal("83"), 1,
				Map.of("inovasi", new BigDecimal("90.10")), indicators);
		ResultRow employer = new ResultRow(Level.NASIONAL, "ID", Category.BU_BESAR, "12345678", "PT \"Maju\", Tbk",
				false, List.of("TIDAK_MEMENUHI:arrears", "DATA_TIDAK_TERSEDIA:growth"), new BigDecimal("40.1"), null,
				null, null, null, Map.of("kepatuhan", new BigDecimal("40.10")), null);
		CanonicalForm.Parts parts = new CanonicalForm.Parts(snapshot, List.of(pemprov, employer),
				List.of(new CanonicalForm.Input("RUBRIC", "PEMPROV", 0, "a".repeat(64)),
						new CanonicalForm.Input("DATASET", "employers", 3, "b".repeat(64))),
				List.of(new ZoneWinner(7, 2031, Zone.JAWA, "34", "DI Yogyakarta", new BigDecimal("90.10"))));

		String golden;
		try (InputStream in = CanonicalFormTests.class.getResourceAsStream("golden-snapshot.txt")) {
			golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(CanonicalForm.text(parts)).isEqualTo(golden);
		assertThat(CanonicalForm.sha256(parts)).isEqualTo(GOLDEN_SHA256);
	}

}
