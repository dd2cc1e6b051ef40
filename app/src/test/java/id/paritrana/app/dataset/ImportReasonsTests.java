package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import id.paritrana.app.system.Reasons;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;

/**
 * The readers' reasons, as a bad file really produces them, each have a message of their
 * own in both languages: none falls through to the generic "invalid" message.
 */
class ImportReasonsTests {

	static final String BAD_CONTRIBUTIONS = """
			npp,month,workers_total,workers_registered,programs,wage_reported_total,contribution_due,contribution_paid,paid_date
			N1,2023-13,x,-4,JHT;XYZ,99999999999999999999999,1,1,2023-02-30
			N2,2023-01,1,1,JHT,1,1,1,2023/01/05
			N3,2023,1,1,,1,1,1,
			N4,2023-01,1,1,JHT,1
			N5,2023-01,1,1,JHT,1,1,1,,extra
			"N6,2023-01,1,1,JHT,1,1,1,
			""";

	static final String BAD_HEADER = "npp,month,colour\n";

	@Test
	void everyReasonOfABadFileHasItsOwnMessage() {
		List<ImportProblem> problems = problems(DataSet.CONTRIBUTIONS, BAD_CONTRIBUTIONS);
		problems.addAll(problems(DataSet.CONTRIBUTIONS, BAD_HEADER));
		problems.addAll(problems(DataSet.CONTRIBUTIONS, ""));
		assertThat(problems).hasSizeGreaterThan(12);
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		for (ImportProblem problem : problems) {
			Reasons.Reason reason = problem.reasonMessage();
			assertThat(reason.key()).as(problem.reason()).isNotEqualTo("data.reason.other");
			String id = messages.getMessage(reason.key(), reason.args(), Locale.forLanguageTag("id"));
			String en = messages.getMessage(reason.key(), reason.args(), Locale.ENGLISH);
			assertThat(id).as(problem.reason()).isNotEqualTo(en).doesNotContain("{");
		}
	}

	@Test
	void anUnknownReasonIsStillShownWhole() {
		Reasons.Reason reason = new ImportProblem(3, "npp", "", "a reason of tomorrow").reasonMessage();
		assertThat(reason.key()).isEqualTo("data.reason.other");
		assertThat(reason.args()).containsExactly("a reason of tomorrow");
	}

	private static List<ImportProblem> problems(DataSet set, String csv) {
		Problems problems = new Problems();
		DataReader.read(set, set.baseName() + ".csv", DataFile.Format.CSV,
				new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), row -> {
				}, problems);
		return new java.util.ArrayList<>(problems.list().stream().map(ImportProblem::of).toList());
	}

}
