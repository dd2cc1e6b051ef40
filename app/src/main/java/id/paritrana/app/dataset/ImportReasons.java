package id.paritrana.app.dataset;

import id.paritrana.app.system.Reasons;

/**
 * The reasons of the data readers (the value taken out, see {@link ImportProblem#of}) and
 * their message keys: the problems file and the command line keep the English of DESIGN
 * §6, pages say them in the reader's language.
 */
final class ImportReasons {

	static final Reasons TABLE = Reasons.otherwise("data.reason.other")
		.when("missing value", "data.reason.missingValue")
		.when("must not contain spaces or control characters", "data.reason.spaces")
		.when("is not a region code \\(NN or NN\\.NN\\)", "data.reason.regionCode")
		.when("is not a village code \\(NN\\.NN\\.NN\\.NNNN\\)", "data.reason.villageCode")
		.when("is not a score from 0 to 100", "data.reason.score")
		.when("is not one of (.+)", "data.reason.choice")
		.when("is not true or false", "data.reason.bool")
		.when("must not be negative", "data.reason.negative")
		.when("is not a whole number", "data.reason.whole")
		.when("is too large", "data.reason.tooLarge")
		.when("is not a year \\(YYYY\\)", "data.reason.year")
		.when("is not a year from (\\d+) to (\\d+)", "data.reason.yearRange")
		.when("is not a month \\(YYYY-MM\\)", "data.reason.month")
		.when("is not a date \\(YYYY-MM-DD\\)", "data.reason.date")
		.when("is not a real calendar date", "data.reason.calendarDate")
		.when("has an empty program \\(programs are ;-separated from (.+)\\)", "data.reason.emptyProgram")
		.when("has unknown program '(.*)' \\(programs are ;-separated from (.+)\\)", "data.reason.unknownProgram")
		.when("is (\\d+) characters long, longer than the (\\d+) allowed", "data.reason.tooLong")
		.when("no data rows", "data.reason.noRows")
		.when("file is empty", "data.reason.empty")
		.when("unknown column \\(expected (.+)\\)", "data.reason.unknownColumn")
		.when("duplicate column", "data.reason.duplicateColumn")
		.when("missing column", "data.reason.missingColumn")
		.when("not a readable \\.xlsx workbook.*", "data.reason.xlsx")
		.when("missing field \\(the line has (\\d+) fields, the header (\\d+)\\)", "data.reason.missingField")
		.when("unexpected field \\(the line has (\\d+) fields, the header (\\d+)\\)", "data.reason.extraField")
		.when("not valid UTF-8", "data.reason.utf8")
		.when("cannot be read.*", "data.reason.unreadable")
		.when("quoted field is not closed before the end of the file", "data.reason.openQuote")
		.when("unexpected text after the closing quote", "data.reason.afterQuote")
		.when("stray quote in an unquoted field", "data.reason.strayQuote")
		.when("is not a province or regency/city code.*", "data.reason.areaCode")
		.when("is not a regency/city code.*", "data.reason.regencyCode")
		.when("is not a village (?:code of the areas|of the master data)", "data.reason.village")
		.when("is not an NPP of .*", "data.reason.npp")
		.when("is outside the year assessed, (\\d+)", "data.reason.outsideYear")
		.when("is not (\\d+(?: or \\d+)?) \\(the year assessed and the year before\\)", "data.reason.yearAssessed")
		.when("repeats the key \\((.+)\\) of line (\\d+)", "data.reason.repeats")
		.when("repeats the (\\S+) of line (\\d+)", "data.reason.repeats")
		.when("\\((.+)\\) = \\((.*)\\) repeats line (\\d+)", "data.reason.repeatsKey");

	private ImportReasons() {
	}

}
