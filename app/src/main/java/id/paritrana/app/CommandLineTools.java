package id.paritrana.app;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import id.paritrana.app.assessment.EvaluateCommand;
import id.paritrana.app.assessment.ScoreCommand;
import id.paritrana.app.audit.AuditKeyException;
import id.paritrana.app.audit.AuditVerifyCommand;
import id.paritrana.app.dataset.GenerateCommand;
import id.paritrana.app.dataset.ImportCommand;
import id.paritrana.app.dataset.MeasuresCommand;
import id.paritrana.app.edition.EditionCommand;
import id.paritrana.app.security.CreateAdminCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tools of the one executable jar (DESIGN §7.1). A tool is a picocli
 * {@link Command}; stateless tools run without Spring or a database, the others run
 * inside a non-web application context so they share the web application's services.
 */
final class CommandLineTools {

	/** Tools that need neither Spring nor a database. */
	private static final List<Class<?>> STANDALONE = List.of(EvaluateCommand.class, GenerateCommand.class);

	/** Tools that run against the configured database; they are Spring beans. */
	private static final List<Class<?>> WITH_DATABASE = List.of(CreateAdminCommand.class, AuditVerifyCommand.class,
			EditionCommand.class, ImportCommand.class, MeasuresCommand.class, ScoreCommand.class);

	private CommandLineTools() {
	}

	/**
	 * Whether the arguments name a tool (or ask for the list of tools) rather than start
	 * the server.
	 */
	static boolean isCommand(String[] args) {
		return args.length > 0 && (find(args[0]).isPresent() || isHelp(args[0]));
	}

	static int run(String[] args) {
		if (isHelp(args[0])) {
			usage(new PrintWriter(System.out, true));
			return 0;
		}
		Class<?> tool = find(args[0]).orElseThrow();
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		if (STANDALONE.contains(tool)) {
			return new CommandLine(tool).execute(rest);
		}
		ConfigurableApplicationContext context;
		try {
			// the running server, not a short-lived tool, handles the events left
			// incomplete
			context = new SpringApplicationBuilder(Paritrana.class).web(WebApplicationType.NONE)
				.properties("spring.modulith.events.republish-outstanding-events-on-restart=false")
				.logStartupInfo(false)
				.run(springArguments(tool));
		}
		catch (RuntimeException ex) {
			// a database that cannot be reached or a missing key: one line, exit 2, no
			// stack trace
			System.err.println((tool == AuditVerifyCommand.class ? "Audit chain could not be checked: "
					: name(tool) + ": could not start: ") + startupProblem(ex));
			return 2;
		}
		try (context) {
			return new CommandLine(tool, new SpringFactory(context)).execute(rest);
		}
	}

	/**
	 * Spring's own arguments for a tool's context: a failed start is reported by
	 * {@link #run} in one line, not logged with its stack trace; {@code audit-verify}
	 * never creates an audit key.
	 */
	private static String[] springArguments(Class<?> tool) {
		List<String> arguments = new java.util.ArrayList<>(List.of("--spring.main.banner-mode=off",
				"--logging.level.org.springframework.boot.SpringApplication=OFF",
				"--logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter=OFF",
				"--logging.level.org.springframework.boot.autoconfigure.logging=OFF",
				"--logging.level.org.springframework.context=ERROR", "--logging.level.com.zaxxer.hikari=OFF"));
		if (tool == AuditVerifyCommand.class) {
			// its output is its verdict (e.g. for cron): warnings only, and never a new
			// key
			arguments.add("--logging.level.root=WARN");
			arguments.add("--logging.level.id.paritrana=WARN");
			arguments.add("--logging.level.org.flywaydb=ERROR");
			arguments.add("--paritrana.audit.create-key-file=false");
		}
		return arguments.toArray(String[]::new);
	}

	/**
	 * Why a tool's context did not start, in one line: the key, the database, or the root
	 * cause.
	 */
	static String startupProblem(Throwable failure) {
		Throwable root = failure;
		SQLException database = null;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuditKeyException) {
				return oneLine(cause.getMessage());
			}
			if (database == null && cause instanceof SQLException sql) {
				database = sql;
			}
			root = cause;
		}
		if (database != null) {
			return "the database cannot be opened: " + oneLine(database.getMessage());
		}
		return oneLine(root.getClass().getSimpleName() + ": " + root.getMessage());
	}

	private static String oneLine(String message) {
		if (message == null) {
			return "(no message)";
		}
		String first = message.strip().lines().findFirst().orElse("");
		return first.length() > 300 ? first.substring(0, 300) + "…" : first;
	}

	private static Optional<Class<?>> find(String name) {
		return all().stream().filter(tool -> name(tool).equals(name)).findFirst();
	}

	private static List<Class<?>> all() {
		return java.util.stream.Stream.concat(STANDALONE.stream(), WITH_DATABASE.stream()).toList();
	}

	private static String name(Class<?> tool) {
		return tool.getAnnotation(Command.class).name();
	}

	private static boolean isHelp(String arg) {
		return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
	}

	private static void usage(PrintWriter out) {
		out.println("Usage: java -jar paritrana.jar [TOOL [OPTIONS]]");
		out.println("Without a tool, serves the web application on port 8080.");
		out.println();
		out.println("Tools:");
		for (Class<?> tool : all()) {
			String[] description = tool.getAnnotation(Command.class).description();
			out.printf("  %-14s %s%n", name(tool), description.length > 0 ? description[0] : "");
		}
		out.println();
		out.println("java -jar paritrana.jar TOOL --help  describes one tool.");
	}

	/** Lets picocli take tool instances from the application context. */
	private record SpringFactory(ConfigurableApplicationContext context) implements CommandLine.IFactory {

		@Override
		public <K> K create(Class<K> type) throws Exception {
			try {
				return this.context.getBean(type);
			}
			catch (org.springframework.beans.BeansException ex) {
				return CommandLine.defaultFactory().create(type);
			}
		}

	}

}
