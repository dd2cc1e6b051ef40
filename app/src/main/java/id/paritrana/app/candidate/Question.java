package id.paritrana.app.candidate;

import java.util.List;

import id.paritrana.app.evidence.OwnerKind;

/**
 * One question of a candidate's questionnaire: its id (the message key's last part and
 * the answer's name), what kind of answer it takes, the limit of that answer, and whether
 * a submitted questionnaire must answer it.
 */
public record Question(String id, Type type, long max, boolean required) {

	/** Kinds of answer. */
	public enum Type {

		/** One line of text of at most {@code max} characters. */
		TEXT,
		/** Several lines of text of at most {@code max} characters. */
		LONG_TEXT,
		/**
		 * A telephone number: digits, spaces, {@code +} and {@code -}, at most
		 * {@code max} characters.
		 */
		PHONE,
		/** A whole number from 0 to {@code max}. */
		WHOLE

	}

	private static final List<Question> CONTACT = List.of(new Question("contact_name", Type.TEXT, 100, true),
			new Question("contact_position", Type.TEXT, 100, true),
			new Question("contact_phone", Type.PHONE, 30, true));

	/**
	 * A local government's questions: its programme for vulnerable workers, in rupiah and
	 * villages.
	 */
	static final List<Question> GOVERNMENT = concat(CONTACT,
			List.of(new Question("vulnerable_programme", Type.LONG_TEXT, 2000, true),
					new Question("apbd_allocation", Type.WHOLE, 1_000_000_000_000_000L, true),
					new Question("villages_100", Type.WHOLE, 100_000, true),
					new Question("innovations", Type.LONG_TEXT, 2000, false)));

	/** An employer's questions: its CSR for vulnerable workers and its supply chain. */
	static final List<Question> EMPLOYER = concat(CONTACT,
			List.of(new Question("csr_programme", Type.LONG_TEXT, 2000, true),
					new Question("vendors", Type.WHOLE, 1_000_000, true),
					new Question("vendors_covered", Type.WHOLE, 1_000_000, true),
					new Question("supply_chain_policy", Type.LONG_TEXT, 2000, false)));

	/** The questions a candidate of that kind answers. */
	public static List<Question> of(OwnerKind kind) {
		return (kind == OwnerKind.PEMERINTAH) ? GOVERNMENT : EMPLOYER;
	}

	private static List<Question> concat(List<Question> a, List<Question> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
