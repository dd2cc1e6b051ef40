package id.paritrana.app.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Explanation;

/**
 * A candidate's scorecard (DESIGN §5.7): the engine's explanation of its desk score, from
 * its category recomputed in its scope from the stored measures (milliseconds for one
 * scope), the raw inputs of each measure, and where its desk score stands among its
 * peers.
 */
@Service
public class Scorecards {

	/** Width of a bar of the peers' desk score histogram, in points. */
	static final int BIN_WIDTH = 5;

	private final Editions editions;

	private final DeskScores deskScores;

	private final Leaderboards leaderboards;

	private final StoredMeasures measures;

	Scorecards(Editions editions, DeskScores deskScores, Leaderboards leaderboards, StoredMeasures measures) {
		this.editions = editions;
		this.deskScores = deskScores;
		this.leaderboards = leaderboards;
		this.measures = measures;
	}

	/** One aspect: its weight and the candidate's published score. */
	public record AspectLine(String id, String name, double weight, BigDecimal score) {
	}

	/**
	 * One indicator: measure value (or level), rule, score, weight, weighted contribution
	 * to the desk score, flag, standing among peers, and the measure's raw inputs. Absent
	 * values are null.
	 */
	public record IndicatorLine(String aspectId, String indicatorId, String name, String measure, Double value,
			String level, String rule, double score, double weight, double contribution, String flag, Integer peerRank,
			int peers, Double peerMin, Double peerMedian, Double peerMax, List<Input> inputs) {
	}

	/**
	 * One raw input of a measure: a whole number, or a text (a size class, regulation
	 * types).
	 */
	public record Input(String name, Long number, String text) {

		static List<Input> of(Map<String, Object> inputs) {
			return inputs.entrySet()
				.stream()
				.map(e -> (e.getValue() instanceof Number n) ? new Input(e.getKey(), n.longValue(), null)
						: new Input(e.getKey(), null, String.valueOf(e.getValue())))
				.toList();
		}

	}

	/**
	 * The scorecard.
	 *
	 * @param histogram how many peers (the candidate included) have a desk score in each
	 * band of {@link #BIN_WIDTH} points, from 0
	 * @param ownBin the band of the candidate's own desk score
	 */
	public record Scorecard(Leaderboards.Row candidate, int editionYear, int peers, List<AspectLine> aspects,
			List<IndicatorLine> indicators, List<Integer> histogram, int binWidth, int ownBin, DeskScores.Run run) {
	}

	/**
	 * The stored desk result of a candidate; what the scope check reads before the
	 * scorecard is made.
	 */
	public Leaderboards.Row candidate(int editionYear, id.paritrana.engine.rubric.Level level,
			id.paritrana.engine.rubric.Category category, String code) {
		return this.leaderboards.find(editionYear, level, category, code)
			.orElseThrow(() -> new NotFoundException(category + " " + code));
	}

	public Scorecard scorecard(int editionYear, Leaderboards.Row row) {
		Edition edition = this.editions.require(editionYear);
		DeskScores.Run run = this.deskScores.run(editionYear).orElseThrow(() -> new NotFoundException("desk scores"));
		CategoryResult result = this.deskScores.scoreScope(editionYear, row.category(), row.scope());
		int i = result.candidates()
			.indexOf(row.code())
			.orElseThrow(() -> new NotFoundException(row.category() + " " + row.code()));
		Explanation explanation = result.explain(i);
		Map<String, Map<String, Object>> inputs = this.measures.inputs(editionYear, edition.assessmentYear(),
				row.category(), row.code());
		List<AspectLine> aspects = new ArrayList<>();
		List<Aspect> rubricAspects = result.rubric().aspects();
		for (int a = 0; a < rubricAspects.size(); a++) {
			Aspect aspect = rubricAspects.get(a);
			if (!aspect.isJury()) {
				aspects.add(new AspectLine(aspect.id(), aspect.name(), aspect.weight(),
						DeskScores.cents(result.aspectScore(i, a))));
			}
		}
		// the desk score leaves the jury out and rescales the other weights to 100 (§5.3)
		double deskWeight = aspects.stream().mapToDouble(AspectLine::weight).sum();
		List<IndicatorLine> lines = new ArrayList<>();
		for (Explanation.IndicatorExplanation line : explanation.indicators()) {
			if (line.measure().isEmpty()) {
				continue;
			}
			Explanation.PeerStanding standing = line.standing();
			lines.add(new IndicatorLine(line.aspectId(), line.indicatorId(), line.name(), line.measure().get(),
					line.value().isPresent() ? line.value().getAsDouble() : null, line.level().orElse(null),
					line.ruleText(), line.score(), line.weight(), line.weight() * line.score() / deskWeight,
					line.flag().orElse(null), standing.rank().isPresent() ? standing.rank().getAsInt() : null,
					standing.peers(), standing.min().isPresent() ? standing.min().getAsDouble() : null,
					standing.median().isPresent() ? standing.median().getAsDouble() : null,
					standing.max().isPresent() ? standing.max().getAsDouble() : null,
					Input.of(inputs.getOrDefault(line.measure().get(), Map.of()))));
		}
		int bins = 100 / BIN_WIDTH;
		Integer[] histogram = new Integer[bins];
		java.util.Arrays.fill(histogram, 0);
		for (int j = 0; j < result.size(); j++) {
			histogram[bin(result.deskScore(j))]++;
		}
		Leaderboards.Row current = new Leaderboards.Row(row.level(), row.category(), row.code(), row.name(),
				row.scope(), result.eligible(i), List.copyOf(result.flags(i)), DeskScores.cents(result.deskScore(i)),
				(result.deskRank(i) == CategoryResult.NO_RANK) ? null : result.deskRank(i), row.aspectScores());
		return new Scorecard(current, editionYear, result.size(), aspects, lines, List.of(histogram), BIN_WIDTH,
				bin(result.deskScore(i)), run);
	}

	private static int bin(double score) {
		return Math.min(100 / BIN_WIDTH - 1, Math.max(0, (int) (score / BIN_WIDTH)));
	}

}
