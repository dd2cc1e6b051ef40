package id.paritrana.app.assessment;

import java.util.concurrent.Callable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.paritrana.app.dataset.ResultGuard;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code score --edition Y}: computes and stores the desk scores of every candidate of an
 * edition (DESIGN §7.1).
 */
@Component
@Command(name = "score", mixinStandardHelpOptions = true,
		description = "Compute the desk scores and ranks of every candidate of an edition from its stored measures.")
public class ScoreCommand implements Callable<Integer> {

	/** Exit code for input the command cannot work with, as the other tools use it. */
	static final int INVALID_INPUT = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = "--edition", required = true, paramLabel = "Y", description = "award year of the edition")
	private int edition;

	@Option(names = "--override-reason", paramLabel = "TEXT",
			description = "compute although a level of the edition is past VERIFIKASI (at least "
					+ ResultGuard.MIN_REASON + " characters; audited)")
	private String overrideReason;

	private final DeskScores deskScores;

	private final MessageSource messages;

	ScoreCommand(DeskScores deskScores, MessageSource messages) {
		this.deskScores = deskScores;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		var err = this.spec.commandLine().getErr();
		try {
			long started = System.nanoTime();
			DeskScores.Computed c = this.deskScores.computeRequested(this.edition,
					"cli:" + System.getProperty("user.name", "unknown"),
					java.util.Optional.ofNullable(this.overrideReason).filter(r -> !r.isBlank()));
			this.spec.commandLine()
				.getOut()
				.printf("desk scores of edition %d: %d candidates, rubric versions %s, from data set versions %s"
						+ " (read %.1f s, engine %.1f s, store %.1f s) in %.1f s%n", c.run().editionYear(),
						c.run().candidates(), c.run().rubricVersions(), c.run().datasetVersionIds(), c.readSeconds(),
						c.scoreSeconds(), c.storeSeconds(), (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (NotFoundException ex) {
			err.println("edition " + this.edition + " does not exist: create it first");
			return INVALID_INPUT;
		}
		catch (InvalidInputException ex) {
			for (InvalidInputException.Problem p : ex.problems()) {
				err.println(p.field() + ": "
						+ this.messages.getMessage(p.messageKey(), p.args(), p.messageKey(), java.util.Locale.ENGLISH));
			}
			return INVALID_INPUT;
		}
	}

}
