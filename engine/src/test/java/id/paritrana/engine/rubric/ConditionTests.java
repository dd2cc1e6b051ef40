package id.paritrana.engine.rubric;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConditionTests {

	@Test
	void conditionsCompareAndFailOnMissing() {
		Condition arrears = new Condition(Measure.ARREARS, Condition.Operator.EQ, 0);
		assertThat(arrears.test(0)).isTrue();
		assertThat(arrears.test(1)).isFalse();
		assertThat(arrears.test(Double.NaN)).isFalse();
		Condition registration = new Condition(Measure.REGISTRATION_PCT, Condition.Operator.GE, 90);
		assertThat(registration.test(90)).isTrue();
		assertThat(registration.test(89.999)).isFalse();
		assertThat(registration.flag()).isEqualTo("TIDAK_MEMENUHI:registration_pct");
	}

	@Test
	void operatorsAreReadBySymbol() {
		assertThat(Condition.Operator.bySymbol("≥")).contains(Condition.Operator.GE);
		assertThat(Condition.Operator.bySymbol("=")).contains(Condition.Operator.EQ);
		assertThat(Condition.Operator.bySymbol("<")).contains(Condition.Operator.LT);
		assertThat(Condition.Operator.bySymbol("=>")).isEmpty();
	}

	@Test
	void measuresKnowTheirKind() {
		assertThat(Measure.byId("regulation_level")).contains(Measure.REGULATION_LEVEL);
		assertThat(Measure.REGULATION_LEVEL.isOrdinal()).isTrue();
		assertThat(Measure.ARREARS.isOrdinal()).isFalse();
		assertThat(Measure.byId("nope")).isEmpty();
		assertThat(Measure.values()).hasSize(16);
	}

}
