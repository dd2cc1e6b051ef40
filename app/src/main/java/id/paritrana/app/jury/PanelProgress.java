package id.paritrana.app.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.JuryMethod;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.JuryScores;

/**
 * The panel view of one level and category (DESIGN §5.5): each nominee's jurors and their
 * sheets' states, and, once the interview stage is done, the jurors' scores, their mean
 * and spread, the jury score by the rubric's method and the panel's agreement (Kendall's
 * W) — the last two computed by the engine from the submitted sheets.
 */
@Service
public class PanelProgress {

	/**
	 * A juror's sheet of a nominee: its state, and the juror's score (mean of
	 * sub-criteria) once shown.
	 */
	public record JurorSheet(String juror, boolean assigned, JuryScoring.SheetStatus status, Double score) {
	}

	/**
	 * One nominee of a panel. {@code mean}, {@code sd} (population standard deviation of
	 * its jurors' scores) and {@code juryScore} are empty until the scores are shown and
	 * a sheet is submitted.
	 */
	public record Row(String code, String name, int assigned, int submitted, int drafts, List<JurorSheet> sheets,
			Double mean, Double sd, Double juryScore) {
	}

	/** How far the jurors agree, by Kendall's W: a plain-language band. */
	public enum Agreement {

		STRONG, MODERATE, WEAK, NONE;

		static Agreement of(double w) {
			return (w >= 0.7) ? STRONG : (w >= 0.5) ? MODERATE : (w >= 0.3) ? WEAK : NONE;
		}

	}

	/**
	 * A panel: one level scope and category. {@code scoresShown} once the level's
	 * interview stage is done; {@code kendallW} over the jurors who submitted a sheet for
	 * every nominee with one.
	 */
	public record Panel(int editionYear, Level level, String scope, Category category, List<Category> categories,
			JuryMethod method, StageState interview, boolean scoresShown, boolean chair, List<Row> rows,
			Double kendallW, Agreement agreement, int agreeingJurors) {
	}

	private final JdbcClient jdbc;

	private final JuryScoring scoring;

	private final Editions editions;

	private final EditionRubrics rubrics;

	PanelProgress(JdbcClient jdbc, JuryScoring scoring, Editions editions, EditionRubrics rubrics) {
		this.jdbc = jdbc;
		this.scoring = scoring;
		this.editions = editions;
		this.rubrics = rubrics;
	}

	/** The categories with an interview at a level. */
	public List<Category> categories(int year, Level level) {
		List<Category> categories = new ArrayList<>();
		for (Category category : Category.values()) {
			boolean entersHere = level == Level.NASIONAL || category != Category.PEMPROV;
			if (entersHere && this.rubrics.rubric(year, category).jury().isPresent()) {
				categories.add(category);
			}
		}
		return categories;
	}

	/**
	 * The panel of a level scope (a province code, or {@code ID}) and category, for its
	 * chair, the province's committee or the national secretariat (403 for anyone else).
	 */
	public Panel panel(SignedInUser me, int year, String levelScope, Category category) {
		this.scoring.requirePanelViewer(me, year, levelScope);
		this.editions.require(year);
		Level level = levelScope.equals(Stages.NATIONAL) ? Level.NASIONAL : Level.PROVINSI;
		List<Category> categories = categories(year, level);
		Category shown = categories.contains(category) ? category : categories.get(0);
		JuryMethod method = this.scoring.interview(year, shown).method();
		StageState interview = this.scoring.interviewState(year, level, levelScope);
		boolean scoresShown = interview == StageState.SELESAI;
		String scope = levelScope.equals(Stages.NATIONAL) ? Stages.NATIONAL : levelScope;
		List<JuryScoring.Progress> nominees = this.scoring.progress(year, level, shown, scope);
		Map<String, List<JurorSheet>> sheetsByNominee = sheets(year, level, shown,
				nominees.stream().map(JuryScoring.Progress::code).toList());
		JuryScores submitted = this.scoring.submittedScores(year, level, shown, scope);
		Map<String, Map<String, Double>> jurorMeans = submitted.jurorMeans();
		Map<String, Double> juryScores = submitted.juryScores(method);
		List<Row> rows = new ArrayList<>();
		for (JuryScoring.Progress p : nominees) {
			Map<String, Double> byJuror = jurorMeans.getOrDefault(p.code(), Map.of());
			List<JurorSheet> sheets = sheetsByNominee.getOrDefault(p.code(), List.of())
				.stream()
				.map(s -> new JurorSheet(s.juror(), s.assigned(), s.status(),
						scoresShown ? byJuror.get(s.juror()) : null))
				.toList();
			boolean any = scoresShown && !byJuror.isEmpty();
			rows.add(new Row(p.code(), p.name(), p.assigned(), p.submitted(), p.drafts(), sheets,
					any ? mean(byJuror.values()) : null, any ? sd(byJuror.values()) : null,
					any ? juryScores.get(p.code()) : null));
		}
		Double w = null;
		int agreeing = 0;
		if (scoresShown) {
			List<String> scored = rows.stream().filter(r -> r.juryScore() != null).map(Row::code).toList();
			OptionalDouble agreement = submitted.agreement(scored);
			w = agreement.isPresent() ? agreement.getAsDouble() : null;
			agreeing = (int) jurorMeans.values()
				.stream()
				.flatMap(m -> m.keySet().stream())
				.distinct()
				.filter(j -> scored.stream().allMatch(c -> jurorMeans.get(c).containsKey(j)))
				.count();
		}
		return new Panel(year, level, levelScope, shown, categories, method, interview, scoresShown,
				this.scoring.chairs(me, year, levelScope), rows, w, (w == null) ? null : Agreement.of(w), agreeing);
	}

	/**
	 * Every juror of each nominee: assigned, or with a sheet without an assignment
	 * (imported).
	 */
	private Map<String, List<JurorSheet>> sheets(int year, Level level, Category category, List<String> nominees) {
		Map<String, List<JurorSheet>> sheets = new LinkedHashMap<>();
		if (nominees.isEmpty()) {
			return sheets;
		}
		String where = " WHERE x.edition_year = :y AND x.score_level = :l AND x.category = :c"
				+ " AND x.candidate_code IN (:codes)";
		String sheetOf = " h.edition_year = x.edition_year AND h.score_level = x.score_level"
				+ " AND h.category = x.category AND h.candidate_code = x.candidate_code"
				+ " AND h.juror_username = x.juror_username";
		this.jdbc
			.sql("SELECT x.candidate_code, x.juror_username, 1 AS assigned, h.status FROM jury_assignment x"
					+ " LEFT JOIN jury_sheet h ON" + sheetOf + where
					+ " UNION ALL SELECT x.candidate_code, x.juror_username, 0 AS assigned, x.status FROM jury_sheet x"
					+ where + " AND NOT EXISTS (SELECT 1 FROM jury_assignment h WHERE" + sheetOf + ")"
					+ " ORDER BY 1, 2")
			.param("y", year)
			.param("l", level.name())
			.param("c", category.name())
			.param("codes", nominees)
			.query((rs, row) -> sheets.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
				.add(new JurorSheet(rs.getString(2), rs.getInt(3) == 1,
						(rs.getString(4) == null) ? JuryScoring.SheetStatus.NEW
								: JuryScoring.SheetStatus.valueOf(rs.getString(4)),
						null)))
			.list();
		return sheets;
	}

	static double mean(Iterable<Double> values) {
		double sum = 0;
		int n = 0;
		for (double v : values) {
			sum += v;
			n++;
		}
		return sum / n;
	}

	/**
	 * The population standard deviation: a nominee's jurors are its whole panel, not a
	 * sample.
	 */
	static double sd(Iterable<Double> values) {
		double mean = mean(values);
		double squares = 0;
		int n = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
			n++;
		}
		return Math.sqrt(squares / n);
	}

}
