package id.paritrana.app.edition;

import java.util.concurrent.Callable;

import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code edition --create Y}: creates the edition of an award year, as the editions page
 * does.
 */
@Component
@Command(name = "edition", mixinStandardHelpOptions = true,
		description = "Create the edition of an award year (it assesses the year before).")
public class EditionCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = "--create", required = true, paramLabel = "Y", description = "award year of the new edition")
	private int year;

	@Option(names = "--name", description = "name shown (default: Paritrana Award Y)")
	private String name;

	private final Editions editions;

	EditionCommand(Editions editions) {
		this.editions = editions;
	}

	@Override
	public Integer call() {
		try {
			Edition e = this.editions.create("cli:" + System.getProperty("user.name", "unknown"), this.year, this.name);
			this.spec.commandLine()
				.getOut()
				.printf("created edition %d (assesses %d): %s%n", e.awardYear(), e.assessmentYear(), e.name());
			return 0;
		}
		catch (InvalidInputException ex) {
			ex.problems().forEach(p -> this.spec.commandLine().getErr().println(p.field() + ": " + p.messageKey()));
			return 2;
		}
	}

}
