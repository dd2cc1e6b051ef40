package id.paritrana.app.result;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

class JuaraTiesTests {

	private static ResultRow row(Category category, String code, String score, Integer rank) {
		return new ResultRow(Level.PROVINSI, "34", category, code, code, rank != null, List.of(), new BigDecimal(score),
				rank, null, new BigDecimal(score), rank, Map.of(), null);
	}

	@Test
	void aTieTheTieBreakSeparatedIsResolvedOneItDidNotIsShared() {
		List<ResultRow> rows = List.of(
				// UKM: three on 90.00 share juara 1, then a pair at 80.00 the tie-break
				// separated (4, 5)
				row(Category.UKM, "a", "90.00", 1), row(Category.UKM, "b", "90.00", 1),
				row(Category.UKM, "c", "90.00", 1), row(Category.UKM, "d", "80.00", 4),
				row(Category.UKM, "e", "80.00", 5),
				// BU_BESAR: juara 2 and 3 on the same score, separated by the tie-break
				row(Category.BU_BESAR, "f", "95.50", 1), row(Category.BU_BESAR, "g", "90.5", 2),
				row(Category.BU_BESAR, "h", "90.50", 3), row(Category.BU_BESAR, "i", "90.50", 4),
				// an unranked (ineligible) candidate on a juara score ties with nobody
				row(Category.BU_BESAR, "j", "95.50", null));
		List<JuaraTies.Tie> ties = JuaraTies.of(rows,
				c -> (c == Category.UKM) ? List.of("kepatuhan", "kinerja") : List.of("kepatuhan", "kontribusi"));
		assertThat(ties).hasSize(2);
		JuaraTies.Tie ukm = ties.get(0);
		assertThat(ukm.category()).isEqualTo(Category.UKM);
		assertThat(ukm.resolved()).isFalse();
		assertThat(ukm.place()).isEqualTo(1);
		assertThat(ukm.rows()).hasSize(3);
		assertThat(ukm.tieBreakList()).isEqualTo("kepatuhan → kinerja");
		JuaraTies.Tie bu = ties.get(1);
		assertThat(bu.resolved()).isTrue();
		assertThat(bu.place()).isEqualTo(2);
		assertThat(bu.rankList()).isEqualTo("2, 3, 4");
	}

	@Test
	void noTieNoWarning() {
		assertThat(JuaraTies.of(List.of(row(Category.UKM, "a", "90.00", 1), row(Category.UKM, "b", "80.00", 2)),
				c -> List.of()))
			.isEmpty();
	}

}
