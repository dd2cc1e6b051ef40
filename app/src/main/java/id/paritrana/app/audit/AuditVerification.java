package id.paritrana.app.audit;

import java.util.OptionalLong;

/**
 * The outcome of checking the audit chain.
 *
 * @param outcome intact, broken, or not checked (e.g. the key is not the chain's)
 * @param checked how many entries were read
 * @param keyed how many of them carry a MAC that was checked
 * @param firstBroken the id of the first entry that fails the check, if broken
 * @param reason why it is broken or could not be checked (empty when intact)
 */
public record AuditVerification(Outcome outcome, long checked, long keyed, OptionalLong firstBroken, String reason) {

	/** What the check found. */
	public enum Outcome {

		/** Every hash, link and MAC matches. */
		INTACT,

		/** An entry (named) or the head fails the check. */
		BROKEN,

		/** The chain could not be checked, e.g. with a key that is not the chain's. */
		NOT_CHECKED

	}

	static AuditVerification intact(long checked, long keyed) {
		return new AuditVerification(Outcome.INTACT, checked, keyed, OptionalLong.empty(), "");
	}

	static AuditVerification broken(long checked, long keyed, long entry, String reason) {
		return new AuditVerification(Outcome.BROKEN, checked, keyed, OptionalLong.of(entry), reason);
	}

	static AuditVerification notChecked(long checked, long keyed, String reason) {
		return new AuditVerification(Outcome.NOT_CHECKED, checked, keyed, OptionalLong.empty(), reason);
	}

	public boolean intact() {
		return this.outcome == Outcome.INTACT;
	}

	public boolean broken() {
		return this.outcome == Outcome.BROKEN;
	}

}
