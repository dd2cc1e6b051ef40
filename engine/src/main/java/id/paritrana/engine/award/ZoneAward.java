package id.paritrana.engine.award;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CategoryResult;

/**
 * Terbaik Inovasi per Zona (DESIGN §5.6): in each zone, the provincial government with
 * the highest published Inovasi aspect score at the national level. Equal highest scores
 * share the award; ineligible candidates are not considered.
 */
public final class ZoneAward {

	/** The id of the Inovasi aspect in the default PEMPROV rubric (§4.1). */
	public static final String INOVASI = "inovasi";

	private ZoneAward() {
	}

	/**
	 * The winner(s) of each zone, for zones with at least one eligible candidate, using
	 * the {@value #INOVASI} aspect.
	 * @throws IllegalArgumentException if the result is not national PEMPROV or lacks the
	 * aspect
	 */
	public static Map<Zone, Winners> winners(CategoryResult national) {
		return winners(national, INOVASI);
	}

	/** As {@link #winners(CategoryResult)}, with the aspect given by id. */
	public static Map<Zone, Winners> winners(CategoryResult national, String aspectId) {
		if (national.category() != Category.PEMPROV || national.level() != Level.NASIONAL) {
			throw new IllegalArgumentException("the zone award is for national PEMPROV results, got " + national.level()
					+ " " + national.category());
		}
		int aspect = national.aspectIds().indexOf(aspectId);
		if (aspect < 0) {
			throw new IllegalArgumentException("the rubric has no aspect " + aspectId);
		}
		Map<Zone, Double> best = new EnumMap<>(Zone.class);
		Map<Zone, List<String>> codes = new EnumMap<>(Zone.class);
		int[] order = national.order();
		for (int i : order) {
			Optional<Zone> zone = Zone.of(national.candidates().code(i));
			double score = national.aspectScore(i, aspect);
			if (zone.isEmpty() || !national.eligible(i) || Double.isNaN(score)) {
				continue;
			}
			Double current = best.get(zone.get());
			if (current == null || score > current) {
				best.put(zone.get(), score);
				codes.put(zone.get(), new ArrayList<>(List.of(national.candidates().code(i))));
			}
			else if (score == current) {
				codes.get(zone.get()).add(national.candidates().code(i));
			}
		}
		Map<Zone, Winners> result = new EnumMap<>(Zone.class);
		best.forEach((zone, score) -> result.put(zone, new Winners(score, codes.get(zone))));
		return result;
	}

	/**
	 * The winning candidate codes of one zone (more than one on a shared highest score)
	 * and that score.
	 */
	public record Winners(double aspectScore, List<String> candidateCodes) {

		public Winners {
			candidateCodes = List.copyOf(candidateCodes);
		}

	}

}
