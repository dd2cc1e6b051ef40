package id.paritrana.app.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.paritrana.engine.award.Zone;
import id.paritrana.engine.award.ZoneAward;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;

/**
 * The final results of one level scope, computed by the engine (DESIGN §5.3–§5.6) and not
 * yet frozen: every category assessed there, its rows in results.csv order, and at the
 * national level the zone awards. What the committee previews before determining, and
 * what a snapshot freezes.
 *
 * @param jury the SUBMITTED jury scores used, as the canonical jury-scores.csv text
 * (DESIGN §6)
 */
public record LevelResults(int editionYear, Level level, String scope, List<ResultRow> rows,
		List<ZoneWinner> zoneAwards, String jury) {

	public LevelResults {
		rows = List.copyOf(rows);
		zoneAwards = List.copyOf(zoneAwards);
	}

	/** The rows of one category, in rank order. */
	public List<ResultRow> rows(Category category) {
		return this.rows.stream().filter(r -> r.category() == category).toList();
	}

	/**
	 * How many rows of a category a page shows: the ranked ones come first, the rest is
	 * in the CSV and the API.
	 */
	public static final int SHOWN = 100;

	/** The first {@value #SHOWN} rows of one category, in rank order. */
	public List<ResultRow> shown(Category category) {
		return this.rows.stream().filter(r -> r.category() == category).limit(SHOWN).toList();
	}

	/** The number of rows of one category. */
	public long count(Category category) {
		return this.rows.stream().filter(r -> r.category() == category).count();
	}

	/** The categories assessed at this level, in §4 order. */
	public List<Category> categories() {
		return java.util.Arrays.stream(Category.values()).filter(c -> c.assessedAt(this.level)).toList();
	}

	/** The rows of an engine result, in the row order of §7.1. */
	static List<ResultRow> rows(CategoryResult result) {
		List<ResultRow> rows = new ArrayList<>(result.size());
		CandidateTable table = result.candidates();
		List<String> aspectIds = result.aspectIds();
		List<String> indicatorIds = result.indicatorIds();
		for (int i : result.order()) {
			Map<String, BigDecimal> aspects = new LinkedHashMap<>();
			for (int a = 0; a < aspectIds.size(); a++) {
				double score = result.aspectScore(i, a);
				if (!Double.isNaN(score)) {
					aspects.put(aspectIds.get(a), cents(score));
				}
			}
			Map<String, BigDecimal> indicators = new LinkedHashMap<>();
			for (int k = 0; k < indicatorIds.size(); k++) {
				double score = result.indicatorScore(i, k);
				if (!Double.isNaN(score)) {
					indicators.put(indicatorIds.get(k), cents(score));
				}
			}
			rows.add(new ResultRow(result.level(), table.scope(i), result.category(), table.code(i), table.name(i),
					result.eligible(i), List.copyOf(result.flags(i)), cents(result.deskScore(i)),
					rank(result.deskRank(i)), result.hasJuryScore(i) ? cents(result.juryScore(i)) : null,
					Double.isNaN(result.finalScore(i)) ? null : cents(result.finalScore(i)), rank(result.finalRank(i)),
					aspects, indicators));
		}
		return rows;
	}

	/** The zone awards of a national PEMPROV result (DESIGN §5.6), zones in order. */
	static List<ZoneWinner> zoneAwards(int editionYear, CategoryResult national) {
		List<ZoneWinner> winners = new ArrayList<>();
		CandidateTable table = national.candidates();
		ZoneAward.winners(national).forEach((Zone zone, ZoneAward.Winners w) -> {
			for (String code : w.candidateCodes().stream().sorted().toList()) {
				String name = table.name(table.indexOf(code).orElseThrow());
				winners.add(new ZoneWinner(0, editionYear, zone, code, name, cents(w.aspectScore())));
			}
		});
		return winners;
	}

	private static Integer rank(int rank) {
		return (rank == CategoryResult.NO_RANK) ? null : rank;
	}

	/** A published score (already rounded to cents by the engine) as an exact decimal. */
	static BigDecimal cents(double published) {
		return BigDecimal.valueOf(published).setScale(2, RoundingMode.HALF_UP);
	}

}
