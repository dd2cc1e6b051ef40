package id.paritrana.app.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Stored aspect and indicator scores: JSON through Jackson, decimals exact and plain,
 * order kept.
 */
class ScoresJsonTests {

	@Test
	void writesDecimalsPlainInTheirOrder() {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		scores.put("regulasi", new BigDecimal("80.50"));
		scores.put("coverage", new BigDecimal("1E+2"));
		scores.put("a", new BigDecimal("-0.01"));
		assertThat(DeskScores.scoresJson(scores)).isEqualTo("{\"regulasi\":80.50,\"coverage\":100,\"a\":-0.01}");
	}

	@Test
	void readsAnyJsonObjectOfScoresExactly() {
		Map<String, BigDecimal> scores = DeskScores.scores("{ \"b\" : 2.50,\n \"a,\\\"x\\\":y\": 0.10, \"c\": 7 }");
		assertThat(scores).containsExactly(Map.entry("b", new BigDecimal("2.50")),
				Map.entry("a,\"x\":y", new BigDecimal("0.10")), Map.entry("c", new BigDecimal("7")));
		assertThat(DeskScores.scores("{}")).isEmpty();
	}

	@Test
	void anIdThatNeedsEscapingRoundTrips() {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		scores.put("with \"quote\", comma: colon", new BigDecimal("12.34"));
		assertThat(DeskScores.scores(DeskScores.scoresJson(scores))).isEqualTo(scores);
	}

}
