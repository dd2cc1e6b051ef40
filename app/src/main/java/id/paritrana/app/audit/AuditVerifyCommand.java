package id.paritrana.app.audit;

import java.util.concurrent.Callable;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar paritrana.jar audit-verify}: checks the whole audit chain, hashes and
 * MACs. Exit 0 intact, 1 broken (names the first broken entry and why), 2 could not check
 * (database unreachable, key missing or wrong).
 */
@Component
@Command(name = "audit-verify", mixinStandardHelpOptions = true,
		description = "Check the audit log's hash chain and MACs: exit 0 intact, 1 broken, 2 could not check.",
		exitCodeListHeading = "Exit codes:%n", exitCodeList = { "0:intact", "1:broken: the first broken entry is named",
				"2:could not check: database" + " unreachable, audit key missing or wrong" })
public class AuditVerifyCommand implements Callable<Integer> {

	public static final int INTACT = 0;

	public static final int BROKEN = 1;

	public static final int NOT_CHECKED = 2;

	private final AuditChain chain;

	@Spec
	CommandSpec spec;

	AuditVerifyCommand(AuditChain chain) {
		this.chain = chain;
	}

	@Override
	public Integer call() {
		AuditVerification result;
		try {
			result = this.chain.verify();
		}
		catch (DataAccessException ex) {
			this.spec.commandLine()
				.getErr()
				.println("Audit chain could not be checked: the database cannot be read: "
						+ oneLine(ex.getMostSpecificCause().getMessage()));
			return NOT_CHECKED;
		}
		return switch (result.outcome()) {
			case INTACT -> {
				this.spec.commandLine()
					.getOut()
					.println("Audit chain intact: " + result.checked() + " entries checked, " + result.keyed()
							+ " of them keyed.");
				yield INTACT;
			}
			case BROKEN -> {
				this.spec.commandLine()
					.getOut()
					.println(
							"Audit chain BROKEN at entry " + result.firstBroken().getAsLong() + ": " + result.reason());
				yield BROKEN;
			}
			case NOT_CHECKED -> {
				this.spec.commandLine().getErr().println("Audit chain could not be checked: " + result.reason());
				yield NOT_CHECKED;
			}
		};
	}

	static String oneLine(String message) {
		if (message == null) {
			return "(no message)";
		}
		String first = message.strip().lines().findFirst().orElse("");
		return first.length() > 300 ? first.substring(0, 300) + "…" : first;
	}

}
