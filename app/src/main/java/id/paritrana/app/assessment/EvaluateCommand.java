package id.paritrana.app.assessment;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.InvalidDataException;
import id.paritrana.engine.evaluate.Evaluation;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.InvalidRubricException;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.RubricProblem;
import id.paritrana.engine.rubric.Rubrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate} (DESIGN §7.1): scores the §6 files of a directory with the default (or
 * given) rubrics and writes {@code results.csv}; no Spring context, no database. Exit 0
 * on success, 2 on invalid input with every problem on standard error as
 * {@code file:line: column: reason} — never a stack trace.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
		description = "Score the data files of a directory and write results.csv (no database).")
public final class EvaluateCommand implements Callable<Integer> {

	static final int INVALID_INPUT = 2;

	@Spec
	CommandSpec spec;

	@Option(names = "--data", required = true, paramLabel = "DIR",
			description = "Directory of the data files (DESIGN §6).")
	Path data;

	@Option(names = "--year", required = true, paramLabel = "Y", description = "The year assessed.")
	int year;

	@Option(names = "--rubrics", paramLabel = "DIR", description = "Directory of rubric files replacing the defaults.")
	Path rubrics;

	@Option(names = "--level", paramLabel = "provinsi|nasional", defaultValue = "nasional",
			description = "provinsi: the provincial level only; nasional (default): both levels.")
	String level;

	@Option(names = "--out", paramLabel = "FILE", defaultValue = "results.csv",
			description = "Results file (default: ${DEFAULT-VALUE}).")
	Path out;

	@Option(names = "--explain", paramLabel = "FILE", description = "Also write every candidate's explanation as JSON.")
	Path explain;

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			Level upTo = level();
			if (!Files.isDirectory(this.data)) {
				return invalid(err, List.of("--data: " + this.data + " is not a directory"));
			}
			if (this.year < 1900 || this.year > 2999) {
				return invalid(err, List.of("--year: " + this.year + " is not a year from 1900 to 2999"));
			}
			if (this.rubrics != null && !Files.isDirectory(this.rubrics)) {
				return invalid(err, List.of("--rubrics: " + this.rubrics + " is not a directory"));
			}
			Map<Category, Rubric> rubricSet = (this.rubrics != null) ? Rubrics.loadDirectory(this.rubrics)
					: Rubrics.defaults();
			Evaluation evaluation = Evaluation.run(this.data, this.year, areas(), rubricSet, upTo);
			writeAtomically(this.out, target -> {
				try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
					evaluation.writeResults(stream);
				}
			});
			if (this.explain != null) {
				writeAtomically(this.explain, target -> {
					try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
						evaluation.writeExplanation(stream);
					}
				});
			}
			return 0;
		}
		catch (InvalidDataException ex) {
			return invalid(err, ex.lines());
		}
		catch (InvalidRubricException ex) {
			return invalid(err, ex.problems().stream().map(RubricProblem::toString).toList());
		}
		catch (IllegalArgumentException ex) {
			return invalid(err, List.of(ex.getMessage()));
		}
		catch (IOException | UncheckedIOException ex) {
			return invalid(err, List.of("cannot write: " + ex.getMessage()));
		}
		catch (RuntimeException ex) {
			// a defect, not bad input: still a message rather than a stack trace
			err.println("evaluate failed: " + ex);
			err.flush();
			return 1;
		}
	}

	private Level level() {
		return switch (this.level.toLowerCase(Locale.ROOT)) {
			case "provinsi" -> Level.PROVINSI;
			case "nasional" -> Level.NASIONAL;
			default ->
				throw new IllegalArgumentException("--level: '" + this.level + "' is neither provinsi nor nasional");
		};
	}

	private static int invalid(PrintWriter err, List<String> lines) {
		lines.forEach(err::println);
		err.flush();
		return INVALID_INPUT;
	}

	/** The wilayah master data shipped in the jar. */
	static Areas areas() throws IOException {
		try (InputStream p = resource("provinces.csv");
				InputStream r = resource("regencies.csv");
				InputStream d = resource("districts.csv");
				InputStream v = resource("villages.csv")) {
			return Areas.read(p, r, d, v);
		}
	}

	private static InputStream resource(String name) throws IOException {
		InputStream in = EvaluateCommand.class.getResourceAsStream("/wilayah/" + name);
		if (in == null) {
			throw new IOException("wilayah/" + name + " is missing from the class path");
		}
		return in;
	}

	/**
	 * Writes next to the target, then moves it in place: a failed run leaves no partial
	 * file.
	 */
	private static void writeAtomically(Path target, FileWork work) throws IOException {
		Path absolute = target.toAbsolutePath();
		// a plain sibling (not createTempFile) so the result gets the usual permissions
		Path temporary = absolute
			.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
		// also gone when the run is interrupted (shutdown hooks run on SIGTERM, finally
		// does not)
		temporary.toFile().deleteOnExit();
		try {
			work.write(temporary);
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@FunctionalInterface
	private interface FileWork {

		void write(Path target) throws IOException;

	}

}
