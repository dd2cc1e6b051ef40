package id.paritrana.app.dataset;

import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.data.InvalidDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code measures --edition Y}: computes and stores the §5.1 measures of every candidate
 * of an edition.
 */
@Component
@Command(name = "measures", mixinStandardHelpOptions = true,
		description = "Compute the measures of every candidate of an edition from its imported data sets.")
public class MeasuresCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--edition", required = true, paramLabel = "Y", description = "award year of the edition")
	private int edition;

	@Option(names = "--override-reason", paramLabel = "TEXT",
			description = "compute although a level of the edition is past VERIFIKASI (at least "
					+ ResultGuard.MIN_REASON + " characters; audited)")
	private String overrideReason;

	private final CandidateMeasures measures;

	private final MessageSource messages;

	MeasuresCommand(CandidateMeasures measures, MessageSource messages) {
		this.measures = measures;
		this.messages = messages;
	}

	@Override
	public Integer call() {
		var err = this.spec.commandLine().getErr();
		try {
			long started = System.nanoTime();
			CandidateMeasures.Computed c = this.measures.compute(this.edition,
					"cli:" + System.getProperty("user.name", "unknown"),
					Optional.ofNullable(this.overrideReason).filter(r -> !r.isBlank()));
			this.spec.commandLine()
				.getOut()
				.printf("measures of edition %d: %d candidates, %d values, from data set versions %s"
						+ " (other data sets out %.1f s, contributions %s through the engine %.1f s, store %.1f s)"
						+ " in %.1f s%n", c.editionYear(), c.candidates(), c.values(), c.datasetVersionIds(),
						c.exportSeconds(), c.contributionsFromSums() ? "from their stored sums" : "rows streamed",
						c.computeSeconds(), c.storeSeconds(), (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (NotFoundException ex) {
			err.println("edition " + this.edition + " does not exist: create it first");
			return ImportCommand.INVALID_INPUT;
		}
		catch (InvalidInputException ex) {
			return ImportCommand.refused(ex, this.messages, err);
		}
		catch (InvalidDataException ex) {
			ex.lines().forEach(err::println);
			return ImportCommand.INVALID_INPUT;
		}
	}

}
