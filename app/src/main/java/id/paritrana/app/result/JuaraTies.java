package id.paritrana.app.result;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.score.CategoryResult;

/**
 * Candidates with the same final score at a juara place (DESIGN §5.4): whether the
 * tie-break (published aspect scores in the rubric's tie-break order) separated them, or
 * they share the place (competition ranking 1, 1, 3).
 */
public final class JuaraTies {

	private JuaraTies() {
	}

	/**
	 * One group of ranked candidates of a category with the same final score, at least
	 * one of them at a juara place.
	 *
	 * @param place the best final rank of the group
	 * @param ranks the final ranks of the group, in rank order
	 * @param resolved whether the tie-break gave every one of them a rank of its own
	 * @param tieBreak the aspect ids the tie-break compared, in order
	 */
	public record Tie(Category category, BigDecimal score, List<ResultRow> rows, int place, List<Integer> ranks,
			boolean resolved, List<String> tieBreak) {

		public Tie {
			rows = List.copyOf(rows);
			ranks = List.copyOf(ranks);
			tieBreak = List.copyOf(tieBreak);
		}

		/** The ranks as text: "1, 2, 3". */
		public String rankList() {
			return this.ranks.stream().map(String::valueOf).collect(Collectors.joining(", "));
		}

		/**
		 * The tie-break aspects as text: "kepatuhan → kinerja"; "—" when there is none.
		 */
		public String tieBreakList() {
			return this.tieBreak.isEmpty() ? "—" : String.join(" → ", this.tieBreak);
		}

	}

	/**
	 * The ties at juara places of the rows (in rank order per category), given each
	 * category's tie-break order.
	 */
	public static List<Tie> of(List<ResultRow> rows, Function<Category, List<String>> tieBreak) {
		Map<Category, Map<BigDecimal, List<ResultRow>>> groups = new LinkedHashMap<>();
		for (ResultRow row : rows) {
			if (row.finalRank() != null && row.finalScore() != null) {
				groups.computeIfAbsent(row.category(), c -> new LinkedHashMap<>())
					.computeIfAbsent(row.finalScore().stripTrailingZeros(), s -> new ArrayList<>())
					.add(row);
			}
		}
		List<Tie> ties = new ArrayList<>();
		groups.forEach((category, byScore) -> byScore.forEach((score, group) -> {
			int place = group.stream().mapToInt(ResultRow::finalRank).min().orElseThrow();
			if (group.size() > 1 && CategoryResult.juaraPlace(place) > 0) {
				List<Integer> ranks = group.stream().map(ResultRow::finalRank).sorted().toList();
				boolean resolved = ranks.stream().distinct().count() == ranks.size();
				ties.add(new Tie(category, group.get(0).finalScore(), group, place, ranks, resolved,
						tieBreak.apply(category)));
			}
		}));
		return ties;
	}

}
