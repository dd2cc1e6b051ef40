package id.paritrana.app.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.paritrana.app.edition.StageState;
import id.paritrana.app.jury.JuryScoring.SheetStatus;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;

/**
 * The rules of a juror's scoring sheet (DESIGN §5.5), without storage: what a form's
 * fields must hold, when a sheet may be written, submitted, reopened or read by others.
 * {@link JuryScoring} checks seats, locks and versions, and stores and audits what this
 * allows.
 */
final class SheetPolicy {

	/** The longest comment on one sub-criterion, in characters. */
	static final int MAX_COMMENT = 2000;

	private SheetPolicy() {
	}

	/**
	 * The marks of a form: a whole score 0–100 and an optional comment per sub-criterion
	 * of the rubric's interview; every score is required to submit, none to save a draft.
	 * @throws InvalidInputException with a problem per field that is not a valid entry
	 */
	static Map<String, JuryScoring.Mark> marks(Jury jury, Map<String, JuryScoring.Input> inputs, boolean submit) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		Map<String, JuryScoring.Mark> marks = new LinkedHashMap<>();
		for (String id : inputs.keySet()) {
			if (!jury.hasCriterion(id)) {
				problems.add(new InvalidInputException.Problem("score." + id, "jury.error.unknownCriterion", id));
			}
		}
		for (Criterion criterion : jury.criteria()) {
			JuryScoring.Input input = inputs.getOrDefault(criterion.id(), new JuryScoring.Input(null, null));
			String raw = blankToNull(input.score());
			String comment = blankToNull(input.comment());
			Integer score = null;
			if (raw == null) {
				if (submit) {
					problems.add(new InvalidInputException.Problem("score." + criterion.id(), "jury.error.required"));
				}
			}
			else if (!raw.matches("[+-]?\\d{1,9}")) {
				problems.add(new InvalidInputException.Problem("score." + criterion.id(), "jury.error.integer", raw));
			}
			else {
				score = Integer.valueOf(raw);
				if (score < 0 || score > 100) {
					problems.add(new InvalidInputException.Problem("score." + criterion.id(), "jury.error.range", raw));
				}
			}
			if (comment != null && comment.length() > MAX_COMMENT) {
				problems.add(new InvalidInputException.Problem("comment." + criterion.id(), "jury.error.comment"));
			}
			if (score != null || comment != null) {
				marks.put(criterion.id(), new JuryScoring.Mark(score, comment));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return marks;
	}

	/** The status a save leads to: submitted, or a draft. */
	static SheetStatus target(boolean submit) {
		return submit ? SheetStatus.SUBMITTED : SheetStatus.DRAFT;
	}

	/**
	 * Whether the juror may still write the sheet: while the interviews run and until it
	 * is submitted.
	 */
	static boolean editable(StageState interview, SheetStatus status) {
		return interview == StageState.BERJALAN && status != SheetStatus.SUBMITTED;
	}

	/**
	 * Refuses a write outside the interviews.
	 * @throws InvalidInputException when the level's interview stage is not running
	 */
	static void requireInterviewsRunning(StageState interview) {
		if (interview != StageState.BERJALAN) {
			throw new InvalidInputException("stage", "jury.error.stageClosed");
		}
	}

	/** Only a submitted sheet is reopened (it becomes a draft of its juror again). */
	static boolean reopenable(SheetStatus status) {
		return status == SheetStatus.SUBMITTED;
	}

	/**
	 * Another juror's sheet is read only once the interviews are done, so no one scores
	 * after seeing others.
	 */
	static boolean othersMayRead(StageState interview) {
		return interview == StageState.SELESAI;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
