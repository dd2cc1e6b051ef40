package id.paritrana.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Robustness;
import id.paritrana.engine.score.Scorer;

/**
 * Robustness of the desk ranking of one category in one scope (DESIGN §5.9): the engine perturbs
 * the indicator weights (× a factor in [1 − d, 1 + d], renormalised) over a number of seeded draws
 * and reports, per ranked candidate, how often it keeps its rank and how often it is in the top 3.
 * Candidates and measures are the stored ones, as the desk scores were computed; at the national
 * level a promoted category holds the promoted provincial winners.
 */
@Service
public class WeightRobustness {

	static final int MAX_DRAWS = 10_000;

	private final StoredMeasures measures;

	private final EditionRubrics rubrics;

	private final Determinations determinations;

	WeightRobustness(StoredMeasures measures, EditionRubrics rubrics, Determinations determinations) {
		this.measures = measures;
		this.rubrics = rubrics;
		this.determinations = determinations;
	}

	/**
	 * @throws InvalidInputException for a category not assessed at that level, a spread outside
	 * [0, 0.9] or draws outside 1–10,000
	 */
	public Analysis analyse(int editionYear, Category category, String scope, double spread, int draws, long seed) {
		Level level = Determinations.levelOf(scope);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (!category.assessedAt(level)) {
			problems.add(new InvalidInputException.Problem("kategori", "report.robustness.category", category.name()));
		}
		if (!(spread >= 0 && spread <= 0.9)) {
			problems.add(new InvalidInputException.Problem("d", "report.robustness.spread"));
		}
		if (draws < 1 || draws > MAX_DRAWS) {
			problems.add(new InvalidInputException.Problem("draws", "report.robustness.draws", MAX_DRAWS));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		boolean promotedOnly = level == Level.NASIONAL && category.assessedAt(Level.PROVINSI);
		Set<String> promoted = promotedOnly
				? this.determinations.promoted(editionYear).getOrDefault(category, Set.of()) : Set.of();
		CandidateTable.Builder builder = CandidateTable.builder(category);
		this.measures.forEach(editionYear, Optional.of(category),
				(level == Level.PROVINSI) ? Optional.of(scope) : Optional.empty(), candidate -> {
					if (!promotedOnly || promoted.contains(candidate.code())) {
						StoredMeasures.addTo(builder, candidate, scope);
					}
				});
		CategoryResult result = Scorer.score(this.rubrics.rubric(editionYear, category), level, builder.build());
		Robustness robustness = Robustness.analyse(result, Robustness.Basis.DESK, spread, draws, seed);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < result.size(); i++) {
			if (result.deskRank(i) != CategoryResult.NO_RANK) {
				candidates.add(new Candidate(result.candidates().code(i), result.candidates().name(i),
						result.deskScore(i), result.deskRank(i), robustness.keepsRank(i), robustness.inTop3(i)));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::code));
		return new Analysis(editionYear, category, scope, spread, draws, seed, candidates);
	}

	/** The parameters of one analysis and its ranked candidates, best first. */
	public record Analysis(int editionYear, Category category, String scope, double spread, int draws, long seed,
			List<Candidate> candidates) {
	}

	/** One ranked candidate: its desk score and rank, and the shares of draws keeping its rank / in the top 3. */
	public record Candidate(String code, String name, double deskScore, int rank, double keepsRank, double inTop3) {
	}

}
