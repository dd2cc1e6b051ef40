package id.paritrana.app.audit;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;

/** {@code java -jar paritrana.jar audit-verify}: checks the whole audit chain; exit 1 names the first broken entry. */
@Component
@Command(name = "audit-verify", mixinStandardHelpOptions = true,
		description = "Check the audit log's hash chain and name the first broken entry.")
public class AuditVerifyCommand implements Callable<Integer> {

	private final AuditChain chain;

	AuditVerifyCommand(AuditChain chain) {
		this.chain = chain;
	}

	@Override
	public Integer call() {
		AuditVerification result = this.chain.verify();
		if (result.intact()) {
			System.out.println("Audit chain intact: " + result.checked() + " entries checked.");
			return 0;
		}
		System.out.println("Audit chain BROKEN at entry " + result.firstBroken().getAsLong() + ": " + result.reason());
		return 1;
	}

}
