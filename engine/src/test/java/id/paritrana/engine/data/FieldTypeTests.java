package id.paritrana.engine.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The field rules of DESIGN §6, and the fast byte path agreeing with them. */
class FieldTypeTests {

	static final FieldType WHOLE = FieldType.of(FieldType.Kind.WHOLE);

	static final FieldType DATE = FieldType.of(FieldType.Kind.OPTIONAL_DATE);

	static final FieldType MONTH = FieldType.of(FieldType.Kind.MONTH);

	static final FieldType PROGRAMS = FieldType.of(FieldType.Kind.PROGRAM_SET);

	static final FieldType IDENTIFIER = FieldType.of(FieldType.Kind.IDENTIFIER);

	@Test
	void datesMustBeRealCalendarDates() {
		assertThat(DATE.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29).toEpochDay());
		assertThat(DATE.parse("")).isEqualTo(FieldType.EMPTY);
		assertThatThrownBy(() -> DATE.parse("2023-02-29")).hasMessage("'2023-02-29' is not a real calendar date");
		assertThatThrownBy(() -> DATE.parse("2023-02-30")).hasMessage("'2023-02-30' is not a real calendar date");
		assertThatThrownBy(() -> DATE.parse("2023-2-3")).hasMessage("'2023-2-3' is not a date (YYYY-MM-DD)");
	}

	@Test
	void monthsAreYyyyMm() {
		assertThat(MONTH.parse("2023-12")).isEqualTo(2023 * 12 + 11);
		assertThatThrownBy(() -> MONTH.parse("2023-13")).hasMessage("'2023-13' is not a month (YYYY-MM)");
		assertThatThrownBy(() -> MONTH.parse("2023-1")).hasMessage("'2023-1' is not a month (YYYY-MM)");
	}

	@Test
	void programsAreASetOfKnownPrograms() {
		assertThat(PROGRAMS.parse("JP;JKK;JKK")).isEqualTo(PROGRAMS.parse("JKK;JP"));
		assertThat(PROGRAMS.parse("")).isZero();
		assertThatThrownBy(() -> PROGRAMS.parse("JKK;JKX")).hasMessageContaining("unknown program 'JKX'");
		assertThatThrownBy(() -> PROGRAMS.parse("JKK;;JKM")).hasMessageContaining("an empty program");
		for (int p = 0; p < FieldType.PROGRAMS.size(); p++) {
			byte[] name = FieldType.PROGRAMS.get(p).getBytes(StandardCharsets.US_ASCII);
			assertThat(PROGRAMS.parseAscii(name, 0, name.length)).isEqualTo(1L << p);
		}
	}

	@Test
	void wholeNumbers() {
		assertThat(WHOLE.parse("007")).isEqualTo(7);
		assertThatThrownBy(() -> WHOLE.parse("-3")).hasMessage("'-3' must not be negative");
		assertThatThrownBy(() -> WHOLE.parse("3.0")).hasMessage("'3.0' is not a whole number");
		assertThatThrownBy(() -> WHOLE.parse(" 3")).hasMessage("' 3' is not a whole number");
		assertThatThrownBy(() -> WHOLE.parse("")).hasMessage("missing value");
	}

	/** Seeded random fields: whenever the fast path decides, it agrees with the rules. */
	@Test
	void theFastPathAcceptsOnlyWhatTheRulesAcceptWithTheSameValue() {
		SplittableRandom random = new SplittableRandom(11);
		String alphabet = "0123456789-;JKMHTPX .";
		FieldType[] types = { WHOLE, DATE, MONTH, PROGRAMS, IDENTIFIER, FieldType.of(FieldType.Kind.REGION_CODE),
				FieldType.choice("JKK", "JP", "0-1") };
		for (int i = 0; i < 200_000; i++) {
			FieldType type = types[random.nextInt(types.length)];
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(12);
			if (random.nextBoolean() && type == DATE) {
				text.append("20")
					.append(random.nextInt(10))
					.append(random.nextInt(10))
					.append('-')
					.append(random.nextInt(2))
					.append(random.nextInt(10))
					.append('-')
					.append(random.nextInt(4))
					.append(random.nextInt(10));
			}
			else {
				for (int k = 0; k < length; k++) {
					text.append(alphabet.charAt(random.nextInt(alphabet.length())));
				}
			}
			byte[] bytes = text.toString().getBytes(StandardCharsets.US_ASCII);
			long fast = type.parseAscii(bytes, 0, bytes.length);
			if (fast != FieldType.UNDECIDED) {
				assertThat(type.parse(text.toString())).as(type + " '" + text + "'").isEqualTo(fast);
			}
		}
	}

}
