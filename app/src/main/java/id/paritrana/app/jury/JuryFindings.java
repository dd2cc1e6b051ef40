package id.paritrana.app.jury;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.StageFindings;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.StagePreconditions.Finding;
import id.paritrana.engine.rubric.Level;

/**
 * The jury's incomplete work on a level (DESIGN §3 WAWANCARA, §5.5): nominees of
 * interviewed categories short of the edition's minimum of jurors, sheets still in draft,
 * and nominees with fewer submitted sheets than that minimum.
 */
@Component
class JuryFindings implements StageFindings {

	private final JdbcClient jdbc;

	private final Editions editions;

	private final Shortlists shortlists;

	private final Assignments assignments;

	JuryFindings(JdbcClient jdbc, Editions editions, Shortlists shortlists, Assignments assignments) {
		this.jdbc = jdbc;
		this.editions = editions;
		this.shortlists = shortlists;
		this.assignments = assignments;
	}

	@Override
	public List<Finding> find(int editionYear, String levelScope, Set<Check> checks) {
		if (!checks.contains(Check.NOMINEES_SHORT_OF_JURORS) && !checks.contains(Check.DRAFT_SHEETS)
				&& !checks.contains(Check.SHORT_OF_SHEETS)) {
			return List.of();
		}
		int minimum = this.editions.minJurorsPerNominee(editionYear);
		Map<String, int[]> sheets = sheets(editionYear, levelScope);
		Map<String, Map<String, List<String>>> jurors = new HashMap<>();
		List<Finding> found = new ArrayList<>();
		for (Shortlists.Nominee n : this.shortlists.nomineesOf(editionYear, levelScope)) {
			if (!this.shortlists.interviewed(editionYear, n.category())) {
				continue;
			}
			String label = n.category() + " · " + n.code() + " " + n.name();
			int assigned = jurors
				.computeIfAbsent(n.category().name(),
						c -> Assignments.byNominee(this.assignments.of(editionYear, levelScope, n.category())))
				.getOrDefault(n.code(), List.of())
				.size();
			int[] counts = sheets.getOrDefault(n.category() + "/" + n.code(), new int[2]);
			if (checks.contains(Check.NOMINEES_SHORT_OF_JURORS) && assigned < minimum) {
				found.add(new Finding(Check.NOMINEES_SHORT_OF_JURORS, label + " (" + assigned + "/" + minimum + ")",
						"/edisi/" + editionYear + "/penugasan/" + levelScope + "?kategori=" + n.category()));
			}
			if (checks.contains(Check.DRAFT_SHEETS) && counts[1] > 0) {
				found.add(new Finding(Check.DRAFT_SHEETS, label + " (" + counts[1] + ")",
						"/edisi/" + editionYear + "/panel/" + levelScope));
			}
			if (checks.contains(Check.SHORT_OF_SHEETS) && counts[0] < minimum) {
				found.add(new Finding(Check.SHORT_OF_SHEETS, label + " (" + counts[0] + "/" + minimum + ")",
						"/edisi/" + editionYear + "/panel/" + levelScope));
			}
		}
		return found;
	}

	/** Per "category/code" of the level: {submitted, drafts}. */
	private Map<String, int[]> sheets(int editionYear, String levelScope) {
		Map<String, int[]> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT category, candidate_code, status, COUNT(*) AS n FROM jury_sheet"
					+ " WHERE edition_year = :year AND score_level = :level GROUP BY category, candidate_code, status")
			.param("year", editionYear)
			.param("level", Level.ofScope(levelScope).name())
			.query(rs -> {
				int[] c = counts.computeIfAbsent(rs.getString("category") + "/" + rs.getString("candidate_code"),
						k -> new int[2]);
				c[rs.getString("status").equals("SUBMITTED") ? 0 : 1] += rs.getInt("n");
			});
		return counts;
	}

}
