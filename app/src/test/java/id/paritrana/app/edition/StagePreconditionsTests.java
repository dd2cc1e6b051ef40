package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.app.edition.StagePreconditions.Check;
import id.paritrana.app.edition.StagePreconditions.Finding;
import id.paritrana.app.edition.StagePreconditions.Precondition;

import static org.assertj.core.api.Assertions.assertThat;

class StagePreconditionsTests {

	private static Finding finding(Check check, String label) {
		return new Finding(check, label, "/x/" + label);
	}

	@Test
	void eachStageHasItsOwnChecks() {
		assertThat(StagePreconditions.entering(Stage.PENDATAAN)).isEmpty();
		assertThat(StagePreconditions.entering(Stage.VERIFIKASI)).isEmpty();
		assertThat(StagePreconditions.entering(Stage.SELEKSI)).containsExactly(Check.UNVERIFIED_EVIDENCE,
				Check.RECOMPUTATION_PENDING);
		assertThat(StagePreconditions.entering(Stage.WAWANCARA)).containsExactly(Check.NOMINEES_SHORT_OF_JURORS);
		assertThat(StagePreconditions.entering(Stage.PENETAPAN)).containsExactlyInAnyOrder(Check.DRAFT_SHEETS,
				Check.SHORT_OF_SHEETS, Check.TIES_AT_JUARA, Check.RECOMPUTATION_PENDING);
		assertThat(StagePreconditions.entering(Stage.PENGANUGERAHAN)).isEmpty();
		assertThat(StagePreconditions.entering(null)).isEmpty();
		assertThat(StagePreconditions.determination()).isEqualTo(StagePreconditions.entering(Stage.PENETAPAN));
	}

	@Test
	void onlyMissingJurorsMissingSheetsAndPendingScoresBlock() {
		assertThat(EnumSet.allOf(Check.class).stream().filter(Check::blocking)).containsExactlyInAnyOrder(
				Check.NOMINEES_SHORT_OF_JURORS, Check.SHORT_OF_SHEETS, Check.RECOMPUTATION_PENDING);
	}

	@Test
	void nothingFoundIsNothingToConfirm() {
		List<Precondition> none = StagePreconditions.evaluate(StagePreconditions.determination(), List.of());
		assertThat(none).isEmpty();
		assertThat(StagePreconditions.blocks(none)).isFalse();
	}

	@Test
	void findingsOfOtherChecksAreIgnoredAndTheRestCountedInCheckOrder() {
		List<Finding> found = List.of(finding(Check.TIES_AT_JUARA, "UKM"), finding(Check.UNVERIFIED_EVIDENCE, "e1"),
				finding(Check.SHORT_OF_SHEETS, "a"), finding(Check.DRAFT_SHEETS, "d"),
				finding(Check.SHORT_OF_SHEETS, "b"));
		List<Precondition> pre = StagePreconditions.evaluate(StagePreconditions.determination(), found);
		assertThat(pre).extracting(Precondition::check)
			.containsExactly(Check.DRAFT_SHEETS, Check.SHORT_OF_SHEETS, Check.TIES_AT_JUARA);
		assertThat(pre.get(1).count()).isEqualTo(2);
		assertThat(pre.get(1).blocking()).isTrue();
		assertThat(pre.get(1).first()).extracting(Finding::label).containsExactly("a", "b");
		assertThat(StagePreconditions.blocks(pre)).isTrue();
	}

	@Test
	void warningsAloneDoNotBlock() {
		List<Precondition> pre = StagePreconditions.evaluate(StagePreconditions.entering(Stage.SELEKSI),
				List.of(finding(Check.UNVERIFIED_EVIDENCE, "e1"), finding(Check.SHORT_OF_SHEETS, "a")));
		assertThat(pre).extracting(Precondition::check).containsExactly(Check.UNVERIFIED_EVIDENCE);
		assertThat(StagePreconditions.blocks(pre)).isFalse();
	}

	@Test
	void aSummaryListsTheFirstItemsAndCountsAll() {
		List<Finding> found = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			found.add(finding(Check.NOMINEES_SHORT_OF_JURORS, "n" + i));
		}
		Precondition p = StagePreconditions.evaluate(StagePreconditions.entering(Stage.WAWANCARA), found).get(0);
		assertThat(p.count()).isEqualTo(25);
		assertThat(p.first()).hasSize(StagePreconditions.SHOWN);
		assertThat(p.first().get(0).label()).isEqualTo("n0");
		@SuppressWarnings("unchecked")
		Map<String, Object> described = (Map<String, Object>) StagePreconditions.describe(List.of(p))
			.get("NOMINEES_SHORT_OF_JURORS");
		assertThat(described).containsEntry("count", 25).containsEntry("blocking", true);
	}

}
