package id.paritrana.engine.award;

import java.util.Map;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ZoneAwardTests {

	@Test
	void zonesFollowProvinceCodes() {
		assertThat(Zone.of("11")).contains(Zone.SUMATERA);
		assertThat(Zone.of("21")).contains(Zone.SUMATERA);
		assertThat(Zone.of("31")).contains(Zone.JAWA);
		assertThat(Zone.of("36")).contains(Zone.JAWA);
		assertThat(Zone.of("51")).contains(Zone.BALI_NUSA_TENGGARA);
		assertThat(Zone.of("53")).contains(Zone.BALI_NUSA_TENGGARA);
		assertThat(Zone.of("61")).contains(Zone.KALIMANTAN);
		assertThat(Zone.of("65")).contains(Zone.KALIMANTAN);
		assertThat(Zone.of("71")).contains(Zone.SULAWESI);
		assertThat(Zone.of("76")).contains(Zone.SULAWESI);
		assertThat(Zone.of("81")).contains(Zone.MALUKU_PAPUA);
		assertThat(Zone.of("97")).contains(Zone.MALUKU_PAPUA);
		assertThat(Zone.of("32.01")).contains(Zone.JAWA);
		assertThat(Zone.of("22")).isEmpty();
		assertThat(Zone.of("ID")).isEmpty();
		assertThat(Zone.of("3")).isEmpty();
		assertThat(Zone.of("321")).isEmpty();
	}

	private static void province(CandidateTable.Builder b, String code, double villages, double perThousand) {
		int i = b.add(code, "Provinsi " + code, "ID");
		b.set("village_ecosystem_pct", i, villages).set("vulnerable_per_1000", i, perThousand);
	}

	@Test
	void highestInovasiAspectWinsEachZoneSharedOnATie() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMPROV);
		province(b, "11", 25, 10); // inovasi (15·85 + 10·50) / 25 = 71
		province(b, "12", 50, 5); // (15·70 + 10·100) / 25 = 82
		province(b, "31", 10, 20); // (15·100 + 10·20) / 25 = 68
		province(b, "32", 10, 20); // 68
		province(b, "33", 0, 0); // 0
		province(b, "94", 0, 1); // 24
		CategoryResult national = Scorer.score(Rubrics.defaultFor(Category.PEMPROV), Level.NASIONAL, b.build());
		Map<Zone, ZoneAward.Winners> winners = ZoneAward.winners(national);
		assertThat(winners).containsOnlyKeys(Zone.SUMATERA, Zone.JAWA, Zone.MALUKU_PAPUA);
		assertThat(winners.get(Zone.SUMATERA)).isEqualTo(new ZoneAward.Winners(82.0, java.util.List.of("12")));
		assertThat(winners.get(Zone.JAWA).candidateCodes()).containsExactlyInAnyOrder("31", "32");
		assertThat(winners.get(Zone.JAWA).aspectScore()).isEqualTo(68.0);
		assertThat(winners.get(Zone.MALUKU_PAPUA).candidateCodes()).containsExactly("94");
	}

	@Test
	void onlyForNationalPemprov() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		b.add("11.01", "Kab", "11");
		CategoryResult result = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.PROVINSI, b.build());
		assertThatIllegalArgumentException().isThrownBy(() -> ZoneAward.winners(result));
		CandidateTable.Builder p = CandidateTable.builder(Category.PEMPROV);
		province(p, "11", 1, 1);
		CategoryResult national = Scorer.score(Rubrics.defaultFor(Category.PEMPROV), Level.NASIONAL, p.build());
		assertThatIllegalArgumentException().isThrownBy(() -> ZoneAward.winners(national, "nope"));
	}

}
