package id.paritrana.engine.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LevelScopeTests {

	@Test
	void theNationalLevelAndAProvinceReadTheirCodes() {
		assertThat(LevelScope.of("ID")).isSameAs(LevelScope.NATIONAL);
		assertThat(LevelScope.NATIONAL.national()).isTrue();
		assertThat(LevelScope.NATIONAL.level()).isEqualTo(Level.NASIONAL);
		assertThat(LevelScope.NATIONAL.province()).isEmpty();
		LevelScope diy = LevelScope.of("34");
		assertThat(diy.national()).isFalse();
		assertThat(diy.level()).isEqualTo(Level.PROVINSI);
		assertThat(diy.province()).contains("34");
		assertThat(diy).hasToString("34").isEqualTo(new LevelScope("34"));
	}

	@Test
	void aCandidateIsAssessedInItsProvinceOrTheNation() {
		assertThat(LevelScope.of(Level.PROVINSI, "75")).isEqualTo(LevelScope.of("75"));
		assertThat(LevelScope.of(Level.NASIONAL, "75")).isSameAs(LevelScope.NATIONAL);
	}

	@Test
	void onlyIdAndTwoDigitsAreScopes() {
		for (String wrong : new String[] { "id", "3", "34.71", "345", "", " 34", "X1" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> LevelScope.of(wrong));
			assertThat(LevelScope.parse(wrong)).isEmpty();
		}
		assertThatIllegalArgumentException().isThrownBy(() -> LevelScope.of(null));
		assertThat(LevelScope.parse(null)).isEmpty();
		assertThat(LevelScope.parse("ID")).containsSame(LevelScope.NATIONAL);
		assertThat(LevelScope.parse("91")).contains(LevelScope.of("91"));
	}

}
