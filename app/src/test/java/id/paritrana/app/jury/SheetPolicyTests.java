package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.app.edition.StageState;
import id.paritrana.app.jury.JuryScoring.Input;
import id.paritrana.app.jury.JuryScoring.Mark;
import id.paritrana.app.jury.JuryScoring.SheetStatus;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.JuryMethod;

/** The rules of a scoring sheet, without a database. */
class SheetPolicyTests {

	static final Jury JURY = new Jury(JuryMethod.MEAN,
			List.of(new Criterion("komitmen", "Komitmen"), new Criterion("inovasi", "Inovasi")));

	@Test
	void aDraftMayLeaveScoresOutASubmissionMayNot() {
		Map<String, Input> partial = Map.of("komitmen", new Input(" 80 ", "Jelas"));
		assertThat(SheetPolicy.marks(JURY, partial, false))
			.containsExactly(Map.entry("komitmen", new Mark(80, "Jelas")));
		assertThat(problems(partial, true)).containsExactly("score.inovasi jury.error.required");
	}

	@Test
	void everyWrongFieldIsNamedAtOnce() {
		Map<String, Input> inputs = new LinkedHashMap<>();
		inputs.put("komitmen", new Input("101", null));
		inputs.put("inovasi", new Input("8,5", "x".repeat(SheetPolicy.MAX_COMMENT + 1)));
		inputs.put("rahasia", new Input("50", null));
		assertThat(problems(inputs, false)).containsExactlyInAnyOrder("score.rahasia jury.error.unknownCriterion",
				"score.komitmen jury.error.range", "score.inovasi jury.error.integer",
				"comment.inovasi jury.error.comment");
		assertThat(problems(Map.of("komitmen", new Input("-1", null)), false))
			.containsExactly("score.komitmen jury.error.range");
	}

	@Test
	void theBoundsAndALongestCommentAreAccepted() {
		Map<String, Input> inputs = Map.of("komitmen", new Input("0", "y".repeat(SheetPolicy.MAX_COMMENT)), "inovasi",
				new Input("100", " "));
		Map<String, Mark> marks = SheetPolicy.marks(JURY, inputs, true);
		assertThat(marks.get("komitmen").score()).isZero();
		assertThat(marks.get("inovasi")).isEqualTo(new Mark(100, null));
	}

	@Test
	void aSheetIsWrittenOnlyWhileTheInterviewsRunAndUntilSubmitted() {
		assertThat(SheetPolicy.target(true)).isEqualTo(SheetStatus.SUBMITTED);
		assertThat(SheetPolicy.target(false)).isEqualTo(SheetStatus.DRAFT);
		assertThat(SheetPolicy.editable(StageState.BERJALAN, SheetStatus.DRAFT)).isTrue();
		assertThat(SheetPolicy.editable(StageState.BERJALAN, SheetStatus.NEW)).isTrue();
		assertThat(SheetPolicy.editable(StageState.BERJALAN, SheetStatus.SUBMITTED)).isFalse();
		assertThat(SheetPolicy.editable(StageState.SELESAI, SheetStatus.DRAFT)).isFalse();
		assertThat(SheetPolicy.editable(StageState.BELUM, SheetStatus.NEW)).isFalse();
		SheetPolicy.requireInterviewsRunning(StageState.BERJALAN);
		for (StageState closed : List.of(StageState.BELUM, StageState.SELESAI)) {
			assertThatThrownBy(() -> SheetPolicy.requireInterviewsRunning(closed))
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("jury.error.stageClosed");
		}
	}

	@Test
	void onlyASubmittedSheetReopensAndOthersReadSheetsOnlyAfterTheInterviews() {
		assertThat(SheetPolicy.reopenable(SheetStatus.SUBMITTED)).isTrue();
		assertThat(SheetPolicy.reopenable(SheetStatus.DRAFT)).isFalse();
		assertThat(SheetPolicy.reopenable(SheetStatus.NEW)).isFalse();
		assertThat(SheetPolicy.othersMayRead(StageState.SELESAI)).isTrue();
		assertThat(SheetPolicy.othersMayRead(StageState.BERJALAN)).isFalse();
		assertThat(SheetPolicy.othersMayRead(StageState.BELUM)).isFalse();
	}

	private static List<String> problems(Map<String, Input> inputs, boolean submit) {
		try {
			SheetPolicy.marks(JURY, inputs, submit);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.problems().stream().map(p -> p.field() + " " + p.messageKey()).toList();
		}
	}

}
