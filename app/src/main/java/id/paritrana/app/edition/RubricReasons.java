package id.paritrana.app.edition;

import id.paritrana.app.system.Reasons;

/**
 * The reasons of the engine's rubric parser that the editor's values can cause, and their
 * message keys: the YAML and the API keep the engine's English, the editor says them in
 * the reader's language.
 */
final class RubricReasons {

	static final Reasons TABLE = Reasons.otherwise("rubric.problem")
		.when("missing", "rubric.reason.missing")
		.when("must be a number, got '(.*)'", "rubric.reason.number")
		.when("must be a whole number of at least 1, got '?(.*?)'?", "rubric.reason.top")
		.when("weight must be positive, got (.*)", "rubric.reason.weight")
		.when("score must be within 0–100, got (.*)", "rubric.reason.score")
		.when("must differ from 'from' \\((.*)\\)", "rubric.reason.linearEnds")
		.when("bands must ascend: (.*) is not above the previous lower bound (.*)", "rubric.reason.bands")
		.when("aspect weight (.*) differs from the sum of its indicator weights (.*)", "rubric.reason.aspectWeight");

	private RubricReasons() {
	}

}
