package id.paritrana.app.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.result.Determinations;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.KendallW;

/**
 * Agreement of the jurors of a level's panel (DESIGN §5.5), per category: Kendall's W over the
 * jurors who scored every interviewed nominee of that category (a juror's score of a candidate
 * being the mean of their sub-criteria), and per candidate the spread of the jurors' scores. Only
 * submitted score sheets count, as in the determination.
 */
@Service
public class JurorAgreement {

	private final JdbcClient jdbc;

	JurorAgreement(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Panel> of(int editionYear, String scope) {
		Level level = Determinations.levelOf(scope);
		record Mean(Category category, String candidate, String juror, double score) {
		}
		List<Mean> means = this.jdbc.sql("""
				SELECT s.category, s.candidate_code, s.juror_username, AVG(CAST(s.score AS DOUBLE PRECISION)) AS mean
				FROM jury_score s
				JOIN jury_sheet h ON h.edition_year = s.edition_year AND h.score_level = s.score_level
				     AND h.category = s.category AND h.candidate_code = s.candidate_code AND h.juror_username = s.juror_username
				JOIN nominee n ON n.edition_year = s.edition_year AND n.score_level = s.score_level
				     AND n.category = s.category AND n.candidate_code = s.candidate_code
				WHERE s.edition_year = :y AND s.score_level = :l AND n.scope = :scope AND h.status = 'SUBMITTED'
				      AND s.score IS NOT NULL
				GROUP BY s.category, s.candidate_code, s.juror_username""")
			.param("y", editionYear)
			.param("l", level.name())
			.param("scope", scope)
			.query((rs, n) -> new Mean(Category.valueOf(rs.getString("category")), rs.getString("candidate_code"),
					rs.getString("juror_username"), rs.getDouble("mean")))
			.list();
		Map<Category, Map<String, Map<String, Double>>> byCategory = new EnumMap<>(Category.class);
		for (Mean m : means) {
			byCategory.computeIfAbsent(m.category(), c -> new TreeMap<>())
				.computeIfAbsent(m.candidate(), c -> new TreeMap<>())
				.put(m.juror(), m.score());
		}
		List<Panel> panels = new ArrayList<>();
		byCategory.forEach((category, byCandidate) -> panels.add(panel(category, byCandidate)));
		return panels;
	}

	private static Panel panel(Category category, Map<String, Map<String, Double>> byCandidate) {
		List<String> candidates = new ArrayList<>(byCandidate.keySet());
		TreeSet<String> jurors = new TreeSet<>();
		byCandidate.values().forEach(scores -> jurors.addAll(scores.keySet()));
		// W needs a complete matrix: the jurors who scored every candidate of the panel
		List<String> complete = jurors.stream()
			.filter(j -> byCandidate.values().stream().allMatch(scores -> scores.containsKey(j)))
			.toList();
		double[][] matrix = new double[complete.size()][candidates.size()];
		for (int j = 0; j < complete.size(); j++) {
			for (int i = 0; i < candidates.size(); i++) {
				matrix[j][i] = byCandidate.get(candidates.get(i)).get(complete.get(j));
			}
		}
		double w = complete.isEmpty() ? Double.NaN : KendallW.of(matrix);
		List<Spread> spreads = new ArrayList<>();
		byCandidate.forEach((candidate, scores) -> {
			double[] values = scores.values().stream().mapToDouble(Double::doubleValue).toArray();
			double mean = java.util.Arrays.stream(values).average().orElse(Double.NaN);
			double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()
					/ Math.max(1, values.length - 1);
			spreads.add(new Spread(candidate, values.length, java.util.Arrays.stream(values).min().orElse(Double.NaN),
					java.util.Arrays.stream(values).max().orElse(Double.NaN), mean,
					values.length > 1 ? Math.sqrt(variance) : 0));
		});
		return new Panel(category, jurors.size(), complete.size(), candidates.size(), w, spreads);
	}

	/**
	 * One category's panel: jurors who scored, those who scored every candidate (W's raters), the
	 * candidates, W (NaN when undefined) and each candidate's spread.
	 */
	public record Panel(Category category, int jurors, int completeJurors, int candidates, double kendallW,
			List<Spread> spreads) {

		public boolean agreementDefined() {
			return !Double.isNaN(this.kendallW);
		}

	}

	/** The jurors' scores of one candidate: how many, lowest, highest, mean and sample standard deviation. */
	public record Spread(String candidateCode, int jurors, double min, double max, double mean, double sd) {
	}

}
