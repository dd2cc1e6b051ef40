package id.paritrana.engine.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class RulesTests {

	@Test
	void linearScalesBetweenItsEndsAndClamps() {
		Rule.Linear rule = new Rule.Linear(0, 80);
		assertThat(rule.score(40)).isEqualTo(50);
		assertThat(rule.score(0)).isEqualTo(0);
		assertThat(rule.score(80)).isEqualTo(100);
		assertThat(rule.score(-5)).isEqualTo(0);
		assertThat(rule.score(120)).isEqualTo(100);
		assertThat(new Rule.Linear(-1, 5).score(2)).isEqualTo(50);
		assertThat(new Rule.Linear(80, 100).score(95)).isCloseTo(75, within(1e-9));
	}

	@Test
	void linearWithFromAboveToDecreases() {
		Rule.Linear rule = new Rule.Linear(10, 0);
		assertThat(rule.score(0)).isEqualTo(100);
		assertThat(rule.score(2.5)).isEqualTo(75);
		assertThat(rule.score(10)).isEqualTo(0);
		assertThat(rule.score(12)).isEqualTo(0);
		assertThat(rule.score(-3)).isEqualTo(100);
	}

	@Test
	void linearNeedsDifferentEnds() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Rule.Linear(5, 5));
	}

	@Test
	void bandsScoreTheHighestBandReachedWithBoundsInclusive() {
		Rule.Bands rule = new Rule.Bands(List.of(new Rule.Band(0, 0), new Rule.Band(1, 40), new Rule.Band(5, 70),
				new Rule.Band(10, 85), new Rule.Band(20, 100)));
		assertThat(rule.score(0)).isEqualTo(0);
		assertThat(rule.score(0.999)).isEqualTo(0);
		assertThat(rule.score(1)).isEqualTo(40);
		assertThat(rule.score(4.99)).isEqualTo(40);
		assertThat(rule.score(5)).isEqualTo(70);
		assertThat(rule.score(10)).isEqualTo(85);
		assertThat(rule.score(19.999)).isEqualTo(85);
		assertThat(rule.score(20)).isEqualTo(100);
		assertThat(rule.score(1e6)).isEqualTo(100);
	}

	@Test
	void bandsScoreZeroBelowTheFirstBound() {
		Rule.Bands rule = new Rule.Bands(List.of(new Rule.Band(1, 50), new Rule.Band(5, 80)));
		assertThat(rule.score(0.5)).isEqualTo(0);
		assertThat(rule.score(-1)).isEqualTo(0);
	}

	@Test
	void bandsMustAscend() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Rule.Bands(List.of(new Rule.Band(5, 50), new Rule.Band(5, 80))));
	}

	@Test
	void ordinalScoresTheListedLevel() {
		Map<String, Double> scores = new LinkedHashMap<>();
		scores.put("PERDA", 100.0);
		scores.put("MOU", 40.0);
		scores.put("NONE", 0.0);
		Rule.Ordinal rule = new Rule.Ordinal(scores);
		assertThat(rule.score("PERDA")).isEqualTo(100);
		assertThat(rule.score("MOU")).isEqualTo(40);
		assertThat(rule.score("NONE")).isEqualTo(0);
		assertThat(rule.score("PERKADA")).isNaN();
		assertThat(rule.describe()).isEqualTo("ordinal: PERDA 100, MOU 40, NONE 0");
	}

	@Test
	void rulesDescribeThemselves() {
		assertThat(new Rule.Linear(-1, 5).describe()).isEqualTo("linear -1 → 5");
		assertThat(new Rule.Bands(List.of(new Rule.Band(0, 0), new Rule.Band(2.5, 50))).describe())
			.isEqualTo("bands: ≥0 → 0, ≥2.5 → 50");
		assertThat(new Rule.Percentile().isPeerRelative()).isTrue();
		assertThat(new Rule.MinMax().isPeerRelative()).isTrue();
		assertThat(new Rule.Linear(0, 1).isPeerRelative()).isFalse();
	}

}
