package id.paritrana.engine.score;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.JuryMethod;

/**
 * Raw juror scores of one category at one level (DESIGN §5.5): each juror gives each
 * interview sub-criterion of a candidate an integer 0–100.
 *
 * <p>
 * {@link #add} accepts anything; {@link #validate} reports every invalid input as a
 * {@link JuryProblem} (score outside 0–100, unknown criterion, the same score given
 * twice, a juror who scores a candidate without scoring all its sub-criteria, an unknown
 * candidate), so that a caller can show them all at once. {@link Scorer} validates before
 * it scores.
 */
public final class JuryScores {

	private final List<Entry> entries = new ArrayList<>();

	/** Adds one juror's score of one sub-criterion of one candidate. */
	public JuryScores add(String candidateCode, String jurorId, String criterion, int score) {
		this.entries.add(new Entry(Objects.requireNonNull(candidateCode, "candidateCode"),
				Objects.requireNonNull(jurorId, "jurorId"), Objects.requireNonNull(criterion, "criterion"), score));
		return this;
	}

	/** Whether no score was added. */
	public boolean isEmpty() {
		return this.entries.isEmpty();
	}

	/** The number of scores added. */
	public int size() {
		return this.entries.size();
	}

	/**
	 * Every problem with these scores for the given interview and candidates, in input
	 * order; empty when the scores are valid. Without an interview (a category like UKM),
	 * any score is a problem.
	 */
	public List<JuryProblem> validate(Optional<Jury> jury, CandidateTable candidates) {
		List<JuryProblem> problems = new ArrayList<>();
		if (jury.isEmpty()) {
			for (Entry e : this.entries) {
				problems.add(new JuryProblem(e.candidate, e.juror, e.criterion,
						"category " + candidates.category() + " has no interview"));
			}
			return problems;
		}
		Jury j = jury.get();
		Map<String, Set<String>> criteriaByPair = new LinkedHashMap<>();
		for (Entry e : this.entries) {
			if (candidates.indexOf(e.candidate).isEmpty()) {
				problems.add(new JuryProblem(e.candidate, e.juror, e.criterion, "unknown candidate"));
			}
			if (!j.hasCriterion(e.criterion)) {
				problems.add(new JuryProblem(e.candidate, e.juror, e.criterion, "unknown criterion"));
			}
			if (e.score < 0 || e.score > 100) {
				problems
					.add(new JuryProblem(e.candidate, e.juror, e.criterion, "score " + e.score + " is outside 0–100"));
			}
			Set<String> seen = criteriaByPair.computeIfAbsent(e.candidate + '\u0000' + e.juror, k -> new HashSet<>());
			if (!seen.add(e.criterion)) {
				problems.add(new JuryProblem(e.candidate, e.juror, e.criterion, "scored more than once"));
			}
		}
		for (Map.Entry<String, Set<String>> pair : criteriaByPair.entrySet()) {
			String[] key = pair.getKey().split("\u0000", 2);
			for (Criterion criterion : j.criteria()) {
				if (!pair.getValue().contains(criterion.id())) {
					problems.add(new JuryProblem(key[0], key[1], criterion.id(), "sub-criterion not scored"));
				}
			}
		}
		return problems;
	}

	/**
	 * Each juror's score of each candidate they scored: the mean of their sub-criteria
	 * (§5.5). Keys: candidate code → juror id → score, in input order. Assumes valid
	 * input.
	 */
	public Map<String, Map<String, Double>> jurorMeans() {
		Map<String, Map<String, double[]>> sums = new LinkedHashMap<>();
		for (Entry e : this.entries) {
			double[] sum = sums.computeIfAbsent(e.candidate, k -> new LinkedHashMap<>())
				.computeIfAbsent(e.juror, k -> new double[2]);
			sum[0] += e.score;
			sum[1]++;
		}
		Map<String, Map<String, Double>> means = new LinkedHashMap<>();
		sums.forEach((candidate, byJuror) -> {
			Map<String, Double> m = new LinkedHashMap<>();
			byJuror.forEach((juror, sum) -> m.put(juror, sum[0] / sum[1]));
			means.put(candidate, m);
		});
		return means;
	}

	/**
	 * Each scored candidate's jury score by the given method (§5.5), the value of its
	 * jury indicator, in input order. Assumes valid input.
	 */
	public Map<String, Double> juryScores(JuryMethod method) {
		return JuryAggregation.aggregate(Objects.requireNonNull(method, "method"), jurorMeans());
	}

	/**
	 * Kendall's W of a panel (§5.5): the agreement of the jurors who scored every one of
	 * the given candidates, each juror's score being the mean of their sub-criteria.
	 * Assumes valid input.
	 * @return W, or empty with fewer than 2 such jurors or 2 candidates, or when W is
	 * undefined
	 */
	public OptionalDouble agreement(List<String> candidateCodes) {
		Map<String, Map<String, Double>> means = jurorMeans();
		List<String> jurors = new ArrayList<>();
		if (!candidateCodes.isEmpty() && means.containsKey(candidateCodes.get(0))) {
			for (String juror : means.get(candidateCodes.get(0)).keySet()) {
				boolean all = candidateCodes.stream()
					.allMatch(c -> means.containsKey(c) && means.get(c).containsKey(juror));
				if (all) {
					jurors.add(juror);
				}
			}
		}
		double[][] matrix = new double[jurors.size()][candidateCodes.size()];
		for (int j = 0; j < jurors.size(); j++) {
			for (int c = 0; c < candidateCodes.size(); c++) {
				matrix[j][c] = means.get(candidateCodes.get(c)).get(jurors.get(j));
			}
		}
		double w = KendallW.of(matrix);
		return Double.isNaN(w) ? OptionalDouble.empty() : OptionalDouble.of(w);
	}

	private record Entry(String candidate, String juror, String criterion, int score) {
	}

}
