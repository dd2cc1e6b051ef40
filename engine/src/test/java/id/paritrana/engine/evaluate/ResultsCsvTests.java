package id.paritrana.engine.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The field formats of {@code results.csv} (DESIGN §7.1). */
class ResultsCsvTests {

	private static String bytes(java.util.function.UnaryOperator<ResultsCsv.Bytes> write) {
		return write.apply(new ResultsCsv.Bytes(1)).toString();
	}

	@Test
	void scoresHaveExactlyTwoDecimalsAndNothingWhenAbsent() {
		assertThat(bytes(b -> b.score(86.0))).isEqualTo("86.00");
		assertThat(bytes(b -> b.score(0.05))).isEqualTo("0.05");
		assertThat(bytes(b -> b.score(53.57))).isEqualTo("53.57");
		assertThat(bytes(b -> b.score(100))).isEqualTo("100.00");
		assertThat(bytes(b -> b.score(Double.NaN))).isEmpty();
		assertThat(bytes(b -> b.rank(0).comma().rank(12))).isEqualTo(",12");
	}

	@Test
	void fieldsAreQuotedOnlyWhenNeededAndWrittenAsUtf8() {
		assertThat(bytes(b -> b.field("PT Maju"))).isEqualTo("PT Maju");
		assertThat(bytes(b -> b.field("PT \"Sinar\", Tbk"))).isEqualTo("\"PT \"\"Sinar\"\", Tbk\"");
		assertThat(bytes(b -> b.field("Kafé Ñusantara 東"))).isEqualTo("Kafé Ñusantara 東");
		assertThat(bytes(b -> b.field("a;b").comma().field("é,"))).isEqualTo("a;b,\"é,\"");
	}

}
