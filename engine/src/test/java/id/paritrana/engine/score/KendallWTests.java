package id.paritrana.engine.score;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class KendallWTests {

	@Test
	void perfectAgreementIsOne() {
		assertThat(KendallW.of(new double[][] { { 1, 2, 3, 4 }, { 10, 20, 30, 40 }, { 5, 6, 7, 8 } })).isCloseTo(1,
				within(1e-12));
	}

	@Test
	void knownExampleWithoutTies() {
		// Rank sums 4, 6, 9, 11; S = 29; W = 12·29 / (3²·(4³ − 4)) = 348 / 540
		double w = KendallW.of(new double[][] { { 1, 2, 3, 4 }, { 2, 1, 4, 3 }, { 1, 3, 2, 4 } });
		assertThat(w).isCloseTo(348.0 / 540, within(1e-12));
	}

	@Test
	void knownExampleWithTiesUsesTheCorrection() {
		// Juror 1 ties two candidates: ranks 1, 2.5, 2.5, 4 and T = 2³ − 2 = 6.
		// Rank sums 2, 4.5, 5.5, 8; S = 18.5; W = 12·18.5 / (2²·60 − 2·6) = 222 / 228
		double w = KendallW.of(new double[][] { { 10, 20, 20, 30 }, { 10, 20, 30, 40 } });
		assertThat(w).isCloseTo(222.0 / 228, within(1e-12));
	}

	@Test
	void oppositeJurorsDisagreeCompletely() {
		assertThat(KendallW.of(new double[][] { { 1, 2, 3 }, { 3, 2, 1 } })).isCloseTo(0, within(1e-12));
	}

	@Test
	void undefinedCasesAreNaN() {
		assertThat(KendallW.of(new double[][] { { 1, 2, 3 } })).isNaN();
		assertThat(KendallW.of(new double[][] { { 1 }, { 2 } })).isNaN();
		assertThat(KendallW.of(new double[][] { { 5, 5 }, { 7, 7 } })).isNaN();
		assertThatIllegalArgumentException().isThrownBy(() -> KendallW.of(new double[][] { { 1, 2 }, { 1 } }));
	}

}
