package id.paritrana.engine.score;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingTests {

	@Test
	void roundsHalfUpOnTheDecimalText() {
		assertThat(Rounding.cents(62.125)).isEqualTo(6213);
		assertThat(Rounding.cents(62.124999)).isEqualTo(6212);
		// 1.005 and 2.675 are stored slightly below the half; the decimal text decides.
		assertThat(Rounding.cents(1.005)).isEqualTo(101);
		assertThat(Rounding.cents(2.675)).isEqualTo(268);
		assertThat(Rounding.cents(0)).isEqualTo(0);
		assertThat(Rounding.cents(100)).isEqualTo(10000);
		assertThat(Rounding.centsOrNone(Double.NaN)).isEqualTo(Rounding.NONE);
		assertThat(Rounding.value(6213)).isEqualTo(62.13);
		assertThat(Rounding.value(Rounding.NONE)).isNaN();
	}

	@Test
	void anExactHalfCentComputedInFloatingPointStillRoundsUp() {
		// 25 × linear(81.6; 80 → 100) + 1500 + 3000 + 2812.5, over 100: exactly 75.125.
		double registration = 100.0 * 204 / 250;
		double linear = 100 * Math.min(1, Math.max(0, (registration - 80) / (100 - 80)));
		double desk = (25 * linear + 15 * 100 + 30 * 100 + 30 * 93.75) / 100;
		assertThat(desk).isLessThan(75.125);
		assertThat(Rounding.cents(desk)).isEqualTo(7513);
		assertThat(Rounding.cents(41.62499999999999)).isEqualTo(4163);
		assertThat(Rounding.cents(41.6249)).isEqualTo(4162);
	}

	@Test
	void agreesWithBigDecimalOnManyValues() {
		SplittableRandom random = new SplittableRandom(7);
		for (int n = 0; n < 200_000; n++) {
			double x = (n % 2 == 0) ? random.nextDouble() * 100 : random.nextInt(100_000) / 1000.0;
			int expected = BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).unscaledValue().intValueExact();
			assertThat(Rounding.cents(x)).as("%s", x).isEqualTo(expected);
		}
	}

}
