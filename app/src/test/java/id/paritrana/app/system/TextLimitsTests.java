package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextLimitsTests {

	@Test
	void aTextOverItsLimitIsAProblemWithTheLimitAndTheLength() {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		assertThat(TextLimits.check("reason", "  " + "r".repeat(10) + "  ", 10, problems)).isTrue();
		assertThat(TextLimits.check("reason", null, 10, problems)).isTrue();
		assertThat(TextLimits.check("reason", "r".repeat(11), 10, problems)).isFalse();
		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.field()).isEqualTo("reason");
			assertThat(p.messageKey()).isEqualTo("error.tooLong");
			assertThat(p.args()).containsExactly(10, 11);
		});
		assertThatThrownBy(() -> TextLimits.require("title", "t".repeat(3), 2))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void aValueEchoedInAProblemIsCutShort() {
		String megabyte = "x".repeat(1 << 20);
		InvalidInputException.Problem problem = new InvalidInputException.Problem("affiliationRegion",
				"panel.error.region", megabyte, 7);
		assertThat(problem.args()).containsExactly("x".repeat(100) + "…", 7);
		assertThat(new InvalidInputException.Problem("f", "k", "short").args()).containsExactly("short");
	}

}
