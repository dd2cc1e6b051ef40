package id.paritrana.engine.evaluate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.JuryScores;

/**
 * The rows of {@code jury-scores.csv} (DESIGN §5.5, §6), checked against the rubrics and
 * the candidates: a known category at a level it is assessed at, a candidate of that
 * category, a sub-criterion of its interview, and every sub-criterion scored by each
 * juror who scores a candidate.
 */
final class JuryFile {

	private static final DataSet SET = DataSet.JURY_SCORES;

	private static final Column LEVEL = SET.column("level");

	private static final Column CATEGORY = SET.column("category");

	private static final Column CANDIDATE = SET.column("candidate_code");

	private static final Column JUROR = SET.column("juror_id");

	private static final Column CRITERION = SET.column("criterion");

	private static final Column SCORE = SET.column("score");

	private record Score(String candidate, String juror, String criterion, int score) {
	}

	/** A juror's scores of one candidate, to check that every sub-criterion is there. */
	private record Pair(Level level, Category category, String candidate, String juror) {
	}

	private final Map<Level, Map<Category, List<Score>>> scores = new EnumMap<>(Level.class);

	private JuryFile() {
		for (Level level : Level.values()) {
			this.scores.put(level, new EnumMap<>(Category.class));
		}
	}

	/** No jury scores. */
	static JuryFile none() {
		return new JuryFile();
	}

	/**
	 * Reads and checks the file.
	 * @param isCandidate whether a code is a candidate of a category
	 */
	static JuryFile read(DataFile file, Map<Category, Rubric> rubrics, BiPredicate<Category, String> isCandidate,
			Problems problems) {
		JuryFile jury = new JuryFile();
		Map<String, Long> keys = new LinkedHashMap<>();
		Map<Pair, Set<String>> criteria = new LinkedHashMap<>();
		Map<Pair, Long> firstLine = new LinkedHashMap<>();
		DataReader.read(SET, file, row -> {
			if (!row.isValid()) {
				return;
			}
			Level level = Level.valueOf(row.text(LEVEL));
			Category category = Category.valueOf(row.text(CATEGORY));
			String candidate = row.text(CANDIDATE);
			String criterion = row.text(CRITERION);
			String key = level + "\u0000" + category + "\u0000" + candidate + "\u0000" + row.text(JUROR) + "\u0000"
					+ criterion;
			Long repeated = keys.putIfAbsent(key, row.line());
			if (repeated != null) {
				row.problem(LEVEL,
						"key (level, category, candidate_code, juror_id, criterion) = (" + level + ", " + category
								+ ", " + candidate + ", " + row.text(JUROR) + ", " + criterion + ") repeats line "
								+ repeated);
				return;
			}
			if (!category.assessedAt(level)) {
				row.problem(LEVEL, "category " + category + " is not assessed at level " + level);
				return;
			}
			if (!isCandidate.test(category, candidate)) {
				row.problem(CANDIDATE, "'" + candidate + "' is not a candidate of category " + category);
				return;
			}
			Rubric rubric = rubrics.get(category);
			if (rubric.jury().isEmpty()) {
				row.problem(CATEGORY, "category " + category + " has no interview");
				return;
			}
			Jury interview = rubric.jury().get();
			if (!interview.hasCriterion(criterion)) {
				row.problem(CRITERION, "'" + criterion + "' is not an interview sub-criterion of " + category
						+ " (expected one of " + String.join(", ", ids(interview)) + ")");
				return;
			}
			Pair pair = new Pair(level, category, candidate, row.text(JUROR));
			criteria.computeIfAbsent(pair, p -> new LinkedHashSet<>()).add(criterion);
			firstLine.putIfAbsent(pair, row.line());
			jury.scores.get(level)
				.computeIfAbsent(category, c -> new ArrayList<>())
				.add(new Score(candidate, row.text(JUROR), criterion, (int) row.value(SCORE)));
		}, problems);
		criteria.forEach((pair, scored) -> {
			List<String> missing = new ArrayList<>(ids(rubrics.get(pair.category()).jury().orElseThrow()));
			missing.removeAll(scored);
			if (!missing.isEmpty()) {
				problems.add(file.name(), firstLine.get(pair), CRITERION.name(),
						"juror '" + pair.juror() + "' scored candidate '" + pair.candidate() + "' at level "
								+ pair.level() + " without " + String.join(", ", missing));
			}
		});
		return jury;
	}

	private static List<String> ids(Jury interview) {
		return interview.criteria().stream().map(Criterion::id).toList();
	}

	/**
	 * The scores of the candidates of a table at a level (scores of other candidates are
	 * left out).
	 */
	JuryScores scoresOf(Level level, CandidateTable table) {
		JuryScores result = new JuryScores();
		for (Score s : this.scores.get(level).getOrDefault(table.category(), List.of())) {
			if (table.indexOf(s.candidate()).isPresent()) {
				result.add(s.candidate(), s.juror(), s.criterion(), s.score());
			}
		}
		return result;
	}

}
