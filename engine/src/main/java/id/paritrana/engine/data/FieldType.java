package id.paritrana.engine.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The type of a column of DESIGN §6 and the single definition of what a valid field of
 * that type is. A parsed field is encoded as one {@code long} (see {@link Kind}), so that
 * rows need no objects per field.
 *
 * <p>
 * The byte-level fast paths ({@link #parseAscii}) accept only a strict subset of what
 * {@link #parse(String)} accepts, with the same value; anything else falls back to
 * {@link #parse(String)}, which alone decides validity and words the problem.
 */
public final class FieldType {

	/** What a field holds and how its value is encoded. */
	public enum Kind {

		/**
		 * Non-empty free text of at most {@link FieldType#maxLength()} characters; value
		 * 0.
		 */
		TEXT,
		/**
		 * Non-empty code without whitespace or control characters (NPP, juror id) of at
		 * most {@link FieldType#maxLength()} characters; value 0.
		 */
		IDENTIFIER,
		/** Kemendagri province {@code NN} or regency/city {@code NN.NN} code; value 0. */
		REGION_CODE,
		/** Kemendagri village code {@code NN.NN.NN.NNNN}; value 0. */
		VILLAGE_CODE,
		/** Whole number ≥ 0; value the number. */
		WHOLE,
		/** Whole number 0–100; value the number. */
		SCORE,
		/** Calendar year; value the year. */
		YEAR,
		/** {@code YYYY-MM}; value year × 12 + month − 1. */
		MONTH,
		/**
		 * {@code YYYY-MM-DD} or empty; value the epoch day, {@link FieldType#EMPTY} when
		 * empty.
		 */
		OPTIONAL_DATE,
		/** One of a list of words; value its position. */
		CHOICE,
		/**
		 * {@code ;}-separated set of programs; value a bit mask over
		 * {@link FieldType#PROGRAMS}.
		 */
		PROGRAM_SET,
		/** {@code true} or {@code false} (any case); value 1 or 0. */
		BOOLEAN

	}

	/**
	 * The programs of BPJS Ketenagakerjaan, in bit order of a {@link Kind#PROGRAM_SET}.
	 */
	public static final List<String> PROGRAMS = List.of("JKK", "JKM", "JHT", "JP", "JKP");

	/** Value of an empty optional field. */
	public static final long EMPTY = Long.MIN_VALUE;

	/** Returned by the fast path when it cannot decide. */
	static final long UNDECIDED = Long.MIN_VALUE + 1;

	static final int MIN_YEAR = 1900;

	static final int MAX_YEAR = 2999;

	private static final Pattern REGION = Pattern.compile("[0-9]{2}(\\.[0-9]{2})?");

	private static final Pattern VILLAGE = Pattern.compile("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}");

	private static final Pattern YEAR_TEXT = Pattern.compile("[0-9]{4}");

	private static final Pattern MONTH_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}");

	private static final Pattern DATE_TEXT = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private static final int JKK = PROGRAMS.indexOf("JKK");

	private static final int JKM = PROGRAMS.indexOf("JKM");

	private static final int JHT = PROGRAMS.indexOf("JHT");

	private static final int JP = PROGRAMS.indexOf("JP");

	private static final int JKP = PROGRAMS.indexOf("JKP");

	/** Larger numbers than this are rejected: no rupiah amount or count comes near it. */
	static final long MAX_WHOLE = 999_999_999_999_999L;

	private final Kind kind;

	private final List<String> choices;

	/**
	 * The longest text accepted, in characters (UTF-16 units, as the database counts
	 * them).
	 */
	private final int maxLength;

	/** The choices as ASCII bytes, for the fast path. */
	private final byte[][] choiceBytes;

	private FieldType(Kind kind, List<String> choices, int maxLength) {
		this.kind = kind;
		this.choices = choices;
		this.maxLength = maxLength;
		this.choiceBytes = choices.stream().map(c -> c.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
	}

	/**
	 * A type of that kind; free text and identifiers get the default limits
	 * {@link FieldLimits#TEXT} and {@link FieldLimits#IDENTIFIER} (see
	 * {@link #text(int)}, {@link #identifier(int)}).
	 */
	public static FieldType of(Kind kind) {
		return switch (kind) {
			case CHOICE -> throw new IllegalArgumentException("a choice needs its words: use FieldType.choice(...)");
			case TEXT -> text(FieldLimits.TEXT);
			case IDENTIFIER -> identifier(FieldLimits.IDENTIFIER);
			default -> new FieldType(kind, List.of(), Integer.MAX_VALUE);
		};
	}

	/** Non-empty free text of at most {@code maxLength} characters. */
	public static FieldType text(int maxLength) {
		return new FieldType(Kind.TEXT, List.of(), maxLength);
	}

	/**
	 * A non-empty code without spaces or control characters of at most {@code maxLength}
	 * characters.
	 */
	public static FieldType identifier(int maxLength) {
		return new FieldType(Kind.IDENTIFIER, List.of(), maxLength);
	}

	public static FieldType choice(String... words) {
		return new FieldType(Kind.CHOICE, List.of(words), Integer.MAX_VALUE);
	}

	public Kind kind() {
		return this.kind;
	}

	/**
	 * The longest text accepted, in characters, for free text and identifiers; other
	 * kinds are bounded by their format ({@link Integer#MAX_VALUE} here).
	 */
	public int maxLength() {
		return this.maxLength;
	}

	/** The allowed words of a {@link Kind#CHOICE}, empty otherwise. */
	public List<String> choices() {
		return this.choices;
	}

	/**
	 * Parses a field's text.
	 * @throws FieldException with the reason when the text is not valid
	 */
	long parse(String text) {
		switch (this.kind) {
			case TEXT:
				if (text.isBlank()) {
					throw missing();
				}
				checkLength(text);
				return 0;
			case IDENTIFIER:
				if (text.isEmpty()) {
					throw missing();
				}
				checkLength(text);
				for (int i = 0; i < text.length(); i++) {
					char c = text.charAt(i);
					if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
						throw new FieldException(quote(text) + " must not contain spaces or control characters");
					}
				}
				return 0;
			case REGION_CODE:
				if (text.isEmpty()) {
					throw missing();
				}
				if (!REGION.matcher(text).matches()) {
					throw new FieldException(quote(text) + " is not a region code (NN or NN.NN)");
				}
				return 0;
			case VILLAGE_CODE:
				if (text.isEmpty()) {
					throw missing();
				}
				if (!VILLAGE.matcher(text).matches()) {
					throw new FieldException(quote(text) + " is not a village code (NN.NN.NN.NNNN)");
				}
				return 0;
			case WHOLE:
				return whole(text, MAX_WHOLE);
			case SCORE:
				long score = whole(text, Long.MAX_VALUE);
				if (score > 100) {
					throw new FieldException(quote(text) + " is not a score from 0 to 100");
				}
				return score;
			case YEAR:
				return year(text, text);
			case MONTH:
				return month(text);
			case OPTIONAL_DATE:
				return text.isEmpty() ? EMPTY : date(text);
			case CHOICE:
				if (text.isEmpty()) {
					throw missing();
				}
				int index = this.choices.indexOf(text);
				if (index < 0) {
					throw new FieldException(quote(text) + " is not one of " + String.join(", ", this.choices));
				}
				return index;
			case PROGRAM_SET:
				return programs(text);
			case BOOLEAN:
				if (text.equalsIgnoreCase("true")) {
					return 1;
				}
				if (text.equalsIgnoreCase("false")) {
					return 0;
				}
				throw text.isEmpty() ? missing() : new FieldException(quote(text) + " is not true or false");
			default:
				throw new IllegalStateException(this.kind.name());
		}
	}

	/**
	 * The fast path for the hot columns: parses ASCII bytes {@code [from, to)} when they
	 * are in the plainest valid form, else returns {@link #UNDECIDED}.
	 */
	long parseAscii(byte[] b, int from, int to) {
		switch (this.kind) {
			case WHOLE: {
				int n = to - from;
				if (n == 0 || n > 15) {
					return UNDECIDED;
				}
				long v = 0;
				for (int i = from; i < to; i++) {
					int d = b[i] - '0';
					if (d < 0 || d > 9) {
						return UNDECIDED;
					}
					v = v * 10 + d;
				}
				return v;
			}
			case MONTH: {
				if (to - from != 7 || b[from + 4] != '-') {
					return UNDECIDED;
				}
				int y = digits(b, from, 4);
				int m = digits(b, from + 5, 2);
				if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12) {
					return UNDECIDED;
				}
				return y * 12L + m - 1;
			}
			case OPTIONAL_DATE: {
				if (to == from) {
					return EMPTY;
				}
				if (to - from != 10 || b[from + 4] != '-' || b[from + 7] != '-') {
					return UNDECIDED;
				}
				int y = digits(b, from, 4);
				int m = digits(b, from + 5, 2);
				int d = digits(b, from + 8, 2);
				if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > lengthOfMonth(y, m)) {
					return UNDECIDED;
				}
				return epochDay(y, m, d);
			}
			case PROGRAM_SET: {
				long mask = 0;
				int start = from;
				for (int i = from; i <= to; i++) {
					if (i == to || b[i] == ';') {
						int program = program(b, start, i);
						if (program < 0) {
							return UNDECIDED;
						}
						mask |= 1L << program;
						start = i + 1;
					}
				}
				return mask;
			}
			case REGION_CODE: {
				int n = to - from;
				boolean plain = (n == 2 || (n == 5 && b[from + 2] == '.')) && digits(b, from, 2) >= 0
						&& (n == 2 || digits(b, from + 3, 2) >= 0);
				return plain ? 0 : UNDECIDED;
			}
			case CHOICE: {
				for (int c = 0; c < this.choiceBytes.length; c++) {
					if (Arrays.equals(this.choiceBytes[c], 0, this.choiceBytes[c].length, b, from, to)) {
						return c;
					}
				}
				return UNDECIDED;
			}
			case IDENTIFIER: {
				if (to == from || to - from > this.maxLength) {
					return UNDECIDED;
				}
				for (int i = from; i < to; i++) {
					if (b[i] <= ' ' || b[i] >= 0x7f) {
						return UNDECIDED;
					}
				}
				return 0;
			}
			default:
				return UNDECIDED;
		}
	}

	/**
	 * The program named by ASCII bytes {@code [from, to)}, or −1; the hot path, so no
	 * loop over names.
	 */
	private static int program(byte[] b, int from, int to) {
		int n = to - from;
		if (n == 2) {
			return (b[from] == 'J' && b[from + 1] == 'P') ? JP : -1;
		}
		if (n != 3 || b[from] != 'J') {
			return -1;
		}
		byte c1 = b[from + 1];
		byte c2 = b[from + 2];
		if (c1 == 'K') {
			return (c2 == 'K') ? JKK : (c2 == 'M') ? JKM : (c2 == 'P') ? JKP : -1;
		}
		return (c1 == 'H' && c2 == 'T') ? JHT : -1;
	}

	/** Digits as a number, or −1 when any is not a digit. */
	private static int digits(byte[] b, int from, int count) {
		int v = 0;
		for (int i = from; i < from + count; i++) {
			int d = b[i] - '0';
			if (d < 0 || d > 9) {
				return -1;
			}
			v = v * 10 + d;
		}
		return v;
	}

	private static int lengthOfMonth(int y, int m) {
		return switch (m) {
			case 2 -> ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0) ? 29 : 28;
			case 4, 6, 9, 11 -> 30;
			default -> 31;
		};
	}

	/**
	 * Days since 1970-01-01 without allocating a LocalDate (same as {@code toEpochDay}).
	 */
	static long epochDay(int year, int month, int day) {
		long y = year;
		long m = month;
		long total = 365 * y;
		total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
		total += (367 * m - 362) / 12;
		total += day - 1;
		if (m > 2) {
			total--;
			if (!(((y % 4 == 0) && (y % 100 != 0)) || (y % 400 == 0))) {
				total--;
			}
		}
		return total - 719528;
	}

	private static long whole(String text, long max) {
		if (text.isEmpty()) {
			throw missing();
		}
		if (text.startsWith("-") && text.length() > 1
				&& text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new FieldException(quote(text) + " must not be negative");
		}
		if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new FieldException(quote(text) + " is not a whole number");
		}
		String digits = text.replaceFirst("^0+(?=.)", "");
		if (digits.length() > 15 || Long.parseLong(digits) > max) {
			throw new FieldException(quote(text) + " is too large");
		}
		return Long.parseLong(digits);
	}

	private static long year(String text, String whole) {
		if (text.isEmpty()) {
			throw missing();
		}
		if (!YEAR_TEXT.matcher(text).matches()) {
			throw new FieldException(quote(whole) + " is not a year (YYYY)");
		}
		int y = Integer.parseInt(text);
		if (y < MIN_YEAR || y > MAX_YEAR) {
			throw new FieldException(quote(whole) + " is not a year from " + MIN_YEAR + " to " + MAX_YEAR);
		}
		return y;
	}

	private static long month(String text) {
		if (text.isEmpty()) {
			throw missing();
		}
		if (!MONTH_TEXT.matcher(text).matches()) {
			throw new FieldException(quote(text) + " is not a month (YYYY-MM)");
		}
		long y = year(text.substring(0, 4), text);
		int m = Integer.parseInt(text.substring(5));
		if (m < 1 || m > 12) {
			throw new FieldException(quote(text) + " is not a month (YYYY-MM)");
		}
		return y * 12 + m - 1;
	}

	private static long date(String text) {
		if (!DATE_TEXT.matcher(text).matches()) {
			throw new FieldException(quote(text) + " is not a date (YYYY-MM-DD)");
		}
		int y = (int) year(text.substring(0, 4), text);
		try {
			return LocalDate.of(y, Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8)))
				.toEpochDay();
		}
		catch (DateTimeException ex) {
			throw new FieldException(quote(text) + " is not a real calendar date");
		}
	}

	private static long programs(String text) {
		long mask = 0;
		for (String item : text.split(";", -1)) {
			String name = item.strip();
			if (name.isEmpty() && text.isEmpty()) {
				break;
			}
			int program = PROGRAMS.indexOf(name);
			if (program < 0) {
				throw new FieldException(
						quote(text) + " has " + (name.isEmpty() ? "an empty program" : "unknown program " + quote(name))
								+ " (programs are ;-separated from " + String.join(", ", PROGRAMS) + ")");
			}
			mask |= 1L << program;
		}
		return mask;
	}

	private void checkLength(String text) {
		if (text.length() > this.maxLength) {
			throw new FieldException(quote(text) + " is " + text.length() + " characters long, longer than the "
					+ this.maxLength + " allowed");
		}
	}

	private static FieldException missing() {
		return new FieldException("missing value");
	}

	/** The value as shown in a problem, cut short when long. */
	static String quote(String text) {
		String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
		return "'" + shown + "'";
	}

	@Override
	public String toString() {
		return this.kind == Kind.CHOICE ? "CHOICE" + this.choices : this.kind.name();
	}

	/** A field that is not valid for its type; the message is the reason. */
	static final class FieldException extends RuntimeException {

		private static final long serialVersionUID = 1L;

		FieldException(String reason) {
			super(reason, null, false, false);
		}

	}

}
