package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.postgresql.copy.CopyIn;

/** The bytes {@link BulkWriter} streams to PostgreSQL's COPY, in its text format. */
class BulkWriterTests {

	private final ByteArrayOutputStream sent = new ByteArrayOutputStream();

	private boolean ended;

	private final CopyIn copy = (CopyIn) Proxy.newProxyInstance(getClass().getClassLoader(),
			new Class<?>[] { CopyIn.class }, (proxy, method, args) -> switch (method.getName()) {
				case "writeToCopy" -> {
					this.sent.write((byte[]) args[0], (int) args[1], (int) args[2]);
					yield null;
				}
				case "endCopy" -> {
					this.ended = true;
					yield 0L;
				}
				case "isActive" -> !this.ended;
				default -> null;
			});

	@Test
	void escapesWhatTheTextFormatReadsSpecially() throws SQLException {
		try (BulkWriter out = new BulkWriter.Copy(this.copy, 4)) {
			out.text("a\tb\\c\nd\re").text("\\N").text("").text(null).endRow();
		}
		assertThat(sent()).isEqualTo("a\\tb\\\\c\\nd\\re\t\\\\N\t\t\\N\n");
		assertThat(this.ended).isTrue();
	}

	@Test
	void writesEveryKindOfValueAsPostgreSqlReadsIt() throws SQLException {
		try (BulkWriter out = new BulkWriter.Copy(this.copy, 10)) {
			out.number(-9_223_372_036_854_775_808L)
				.number(0.1)
				.number(Double.NaN)
				.decimal(new BigDecimal("12.50"))
				.decimal(new BigDecimal("1E+3"))
				.bool(true)
				.bool(false)
				.date(LocalDate.of(2024, 2, 29))
				.date(null)
				.none()
				.endRow();
		}
		assertThat(sent()).isEqualTo("-9223372036854775808\t0.1\t\\N\t12.50\t1000\tt\tf\t2024-02-29\t\\N\t\\N\n");
	}

	@Test
	void encodesTextAsUtf8WithoutChangingQuotesOrCommas() throws SQLException {
		String text = "\"Dinas, Tenaga\" — Kerja ñ 日本 😀";
		try (BulkWriter out = new BulkWriter.Copy(this.copy, 1)) {
			out.text(text).endRow();
		}
		assertThat(sent()).isEqualTo(text + "\n");
	}

	@Test
	void sendsAFieldLongerThanItsBufferInPieces() throws SQLException {
		String text = "é".repeat(700_000);
		try (BulkWriter out = new BulkWriter.Copy(this.copy, 2)) {
			out.text(text).number(7).endRow();
		}
		assertThat(sent()).isEqualTo(text + "\t7\n");
	}

	@Test
	void refusesARowWithoutAValueForEveryColumn() throws SQLException {
		BulkWriter out = new BulkWriter.Copy(this.copy, 2);
		out.text("only one");
		assertThatIllegalStateException().isThrownBy(out::endRow).withMessageContaining("2 columns got 1");
	}

	private String sent() {
		return this.sent.toString(StandardCharsets.UTF_8);
	}

}
