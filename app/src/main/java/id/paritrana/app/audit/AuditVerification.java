package id.paritrana.app.audit;

import java.util.OptionalLong;

/**
 * The outcome of checking the audit chain.
 *
 * @param checked how many entries were read
 * @param firstBroken the id of the first entry that fails the check, if any
 * @param reason why it fails (empty when intact)
 */
public record AuditVerification(long checked, OptionalLong firstBroken, String reason) {

	public boolean intact() {
		return this.firstBroken.isEmpty();
	}

}
