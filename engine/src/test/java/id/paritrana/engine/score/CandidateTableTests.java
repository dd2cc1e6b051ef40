package id.paritrana.engine.score;

import org.junit.jupiter.api.Test;

import id.paritrana.engine.rubric.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandidateTableTests {

	@Test
	void holdsCandidatesAndTheirMeasuresByColumn() {
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		for (int i = 0; i < 40; i++) {
			assertThat(b.add("11." + i, "Kab " + i, "11")).isEqualTo(i);
		}
		b.set("pu_coverage_pct", 3, 42.5);
		b.setLevel("regulation_level", 39, "PERDA");
		CandidateTable table = b.build();
		assertThat(table.size()).isEqualTo(40);
		assertThat(table.category()).isEqualTo(Category.PEMKAB_PEMKOT);
		assertThat(table.code(3)).isEqualTo("11.3");
		assertThat(table.name(3)).isEqualTo("Kab 3");
		assertThat(table.scope(3)).isEqualTo("11");
		assertThat(table.indexOf("11.39")).hasValue(39);
		assertThat(table.indexOf("99")).isEmpty();
		assertThat(table.numeric("pu_coverage_pct")).hasSize(40);
		assertThat(table.numeric("pu_coverage_pct")[3]).isEqualTo(42.5);
		assertThat(table.numeric("pu_coverage_pct")[39]).isNaN();
		assertThat(table.numeric("arrears")).hasSize(40).containsOnly(Double.NaN);
		assertThat(table.levels("regulation_level")[39]).isEqualTo("PERDA");
		assertThat(table.levels("regulation_level")[0]).isNull();
	}

	@Test
	void rejectsInvalidInput() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		b.add("A", "A", "11");
		assertThatIllegalArgumentException().isThrownBy(() -> b.add("A", "again", "12"))
			.withMessageContaining("duplicate candidate code A");
		assertThatIllegalArgumentException().isThrownBy(() -> b.set("nope", 0, 1))
			.withMessageContaining("unknown measure 'nope'");
		assertThatIllegalArgumentException().isThrownBy(() -> b.set("regulation_level", 0, 1))
			.withMessageContaining("ordinal");
		assertThatIllegalArgumentException().isThrownBy(() -> b.setLevel("arrears", 0, "PERDA"))
			.withMessageContaining("numeric");
		assertThatIllegalArgumentException().isThrownBy(() -> b.setLevel("regulation_level", 0, "PERGUB"))
			.withMessageContaining("not one of");
		assertThatIllegalArgumentException().isThrownBy(() -> b.set("arrears", 0, Double.POSITIVE_INFINITY));
		assertThatThrownBy(() -> b.set("arrears", 1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
		CandidateTable table = b.build();
		assertThatIllegalStateException().isThrownBy(b::build);
		assertThatIllegalArgumentException().isThrownBy(() -> table.levels("arrears"));
		assertThatIllegalArgumentException().isThrownBy(() -> table.numeric("regulation_level"));
	}

	@Test
	void findsEveryCodeOfALargeTableAndRefusesARepeatAfterGrowing() {
		CandidateTable.Builder b = CandidateTable.builder(Category.UKM);
		int n = 100_000;
		for (int i = 0; i < n; i++) {
			// codes that differ only in their last digits, as NPPs do
			b.add(String.format("%08d", i * 16), "U " + i, "11");
		}
		assertThatIllegalArgumentException().isThrownBy(() -> b.add(String.format("%08d", 16 * 77_777), "again", "11"))
			.withMessageContaining("duplicate candidate code 01244432");
		assertThat(b.add("last", "Last", "12")).isEqualTo(n);
		CandidateTable table = b.build();
		assertThat(table.size()).isEqualTo(n + 1);
		for (int i = 0; i < n; i++) {
			assertThat(table.indexOf(String.format("%08d", i * 16))).hasValue(i);
		}
		assertThat(table.indexOf("last")).hasValue(n);
		assertThat(table.indexOf("00000001")).isEmpty();
		assertThat(table.indexOf("")).isEmpty();
	}

}
