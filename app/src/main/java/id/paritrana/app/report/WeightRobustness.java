package id.paritrana.app.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;

import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.result.Determinations;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Robustness;
import id.paritrana.engine.score.Scorer;

/**
 * Robustness of the desk or final ranking of one category in one scope (DESIGN §5.9): the
 * engine perturbs the indicator weights (× a factor in [1 − d, 1 + d], renormalised) over
 * a number of seeded draws and reports, per ranked candidate, how often it keeps its rank
 * and how often it is in the top 3. For desk ranks, candidates and measures are the
 * stored ones, as the desk scores were computed; at the national level a promoted
 * category holds the promoted provincial winners. Final ranks are the award's ranking:
 * those of the determined snapshot, or of the final results now.
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
	 * As {@link #analyse(int, Category, String, Robustness.Basis, double, int, long)} on
	 * desk ranks.
	 */
	public Analysis analyse(int editionYear, Category category, String scope, double spread, int draws, long seed) {
		return analyse(editionYear, category, scope, Robustness.Basis.DESK, spread, draws, seed);
	}

	/**
	 * Analyses the ranks of a basis: {@code DESK} the desk ranks (before interviews),
	 * {@code FINAL} the final ranks — of the level's current snapshot when it is
	 * determined, else of its final results now with the SUBMITTED jury scores;
	 * {@code null} for final when any candidate of the category has jury scores there,
	 * else desk.
	 * @throws InvalidInputException for a category not assessed at that level, a spread
	 * outside [0, 0.9] or draws outside 1–10,000
	 */
	public Analysis analyse(int editionYear, Category category, String scope, Robustness.Basis basis, double spread,
			int draws, long seed) {
		Level level = Level.ofScope(scope);
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
		Determinations.FinalResult scored = null;
		if (basis != Robustness.Basis.DESK) {
			scored = this.determinations.finalResult(editionYear, scope, category);
			CategoryResult result = scored.result();
			boolean interviewed = IntStream.range(0, result.size()).anyMatch(result::hasJuryScore);
			if (basis == null) {
				basis = interviewed ? Robustness.Basis.FINAL : Robustness.Basis.DESK;
			}
		}
		if (basis == Robustness.Basis.FINAL) {
			return analysis(editionYear, category, scope, basis, scored.result(), scored.snapshot(), spread, draws,
					seed);
		}
		return analysis(editionYear, category, scope, basis, desk(editionYear, category, scope, level),
				Optional.empty(), spread, draws, seed);
	}

	/**
	 * The desk result of a category, from the stored candidates and measures as the desk
	 * scores were computed.
	 */
	private CategoryResult desk(int editionYear, Category category, String scope, Level level) {
		boolean promotedOnly = level == Level.NASIONAL && category.assessedAt(Level.PROVINSI);
		Set<String> promoted = promotedOnly ? this.determinations.promoted(editionYear).getOrDefault(category, Set.of())
				: Set.of();
		CandidateTable.Builder builder = CandidateTable.builder(category);
		this.measures.forEach(editionYear, Optional.of(category),
				(level == Level.PROVINSI) ? Optional.of(scope) : Optional.empty(), candidate -> {
					if (!promotedOnly || promoted.contains(candidate.code())) {
						StoredMeasures.addTo(builder, candidate, scope);
					}
				});
		return Scorer.score(this.rubrics.rubric(editionYear, category), level, builder.build());
	}

	private static Analysis analysis(int editionYear, Category category, String scope, Robustness.Basis basis,
			CategoryResult result, Optional<Snapshot> snapshot, double spread, int draws, long seed) {
		Robustness robustness = Robustness.analyse(result, basis, spread, draws, seed);
		boolean desk = basis == Robustness.Basis.DESK;
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < result.size(); i++) {
			int rank = desk ? result.deskRank(i) : result.finalRank(i);
			if (rank != CategoryResult.NO_RANK) {
				candidates.add(new Candidate(result.candidates().code(i), result.candidates().name(i),
						desk ? result.deskScore(i) : result.finalScore(i), rank, robustness.keepsRank(i),
						robustness.inTop3(i)));
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::code));
		return new Analysis(editionYear, category, scope, basis, snapshot, spread, draws, seed, candidates);
	}

	/**
	 * The parameters of one analysis and its ranked candidates, best first.
	 *
	 * @param snapshot for final ranks of a determined level, the snapshot they come from
	 */
	public record Analysis(int editionYear, Category category, String scope, Robustness.Basis basis,
			Optional<Snapshot> snapshot, double spread, int draws, long seed, List<Candidate> candidates) {
	}

	/**
	 * One ranked candidate: its score and rank of the basis (desk or final), and the
	 * shares of draws keeping its rank / in the top 3.
	 */
	public record Candidate(String code, String name, double score, int rank, double keepsRank, double inTop3) {
	}

}
