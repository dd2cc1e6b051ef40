package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

class CanonicalFormTests {

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
		assertThat(text).contains("PEMKAB_PEMKOT,34.71,coverage,70.00\nindicators,2\ncategory,candidate_code,indicator,score\n"
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
		assertThat(text).isEqualTo("kind,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\r\",,\n"
				+ "plain, spaced ,=1+1,#hash\n");
	}

	@Test
	void recordsReadBackWhatLinesWroteEmptyAndMissingAlike() {
		String text = new CanonicalForm.Lines().add("level", "category", "candidate_code", "juror", "criterion", "score")
			.add("PROVINSI", "UKM", "10,01", "Juri \"Satu\"\nBaris dua", "", "80")
			.add("PROVINSI", "UKM", "10.02", null, "kriteria", "75")
			.text();
		assertThat(CanonicalForm.records(text)).containsExactly(
				List.of("PROVINSI", "UKM", "10,01", "Juri \"Satu\"\nBaris dua", "", "80"),
				List.of("PROVINSI", "UKM", "10.02", "", "kriteria", "75"));
	}

}
