package id.paritrana.app.dataset;

import java.util.List;

/**
 * Regulations verified outside the imported {@code regulations.csv}: the evidence a verifier
 * accepted (DESIGN §5.1, only verified regulations count for {@code regulation_level}). The
 * measures read them as {@code verified = true} rows of the regulations data set, so the
 * stored measures equal {@code evaluate} on the files with those rows added. Implemented by the
 * module that keeps the evidence, so this module need not know it.
 */
public interface AcceptedRegulations {

	/** One accepted regulation, in the terms of a {@code regulations.csv} row. */
	record Regulation(String governmentCode, String type, String number, int year, String title) {

		/** The data set's key: a regulation is one per government, type, number and year. */
		String key() {
			return this.governmentCode + "|" + this.type + "|" + this.number + "|" + this.year;
		}

	}

	/** The accepted regulations of an edition, of every government. */
	List<Regulation> accepted(int editionYear);

	/** The accepted regulations of one government in an edition. */
	List<Regulation> accepted(int editionYear, String governmentCode);

}
