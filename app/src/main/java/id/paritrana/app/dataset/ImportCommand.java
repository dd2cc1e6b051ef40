package id.paritrana.app.dataset;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import --edition Y DATASET FILE} (DESIGN §7.1): the same import as the pages and
 * the API, against the configured database, with a progress bar. Invalid input prints
 * every problem as {@code file:line: column: reason} and exits 2; nothing is stored then.
 */
@Component
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import one data set file (CSV or XLSX) for an edition, all or nothing.")
public class ImportCommand implements Callable<Integer> {

	static final int INVALID_INPUT = 2;

	@Spec
	private CommandSpec spec;

	@Option(names = "--edition", required = true, paramLabel = "Y", description = "award year of the edition")
	private int edition;

	@Parameters(index = "0", paramLabel = "DATASET", description = "data set name, e.g. employer-contributions")
	private String dataset;

	@Parameters(index = "1", paramLabel = "FILE", description = "the .csv or .xlsx file")
	private Path file;

	@Option(names = "--no-progress", description = "do not draw a progress bar")
	private boolean noProgress;

	@Option(names = "--override-reason", paramLabel = "TEXT",
			description = "import although a level of the edition is past VERIFIKASI (at least "
					+ ResultGuard.MIN_REASON + " characters; audited)")
	private String overrideReason;

	private final DatasetImport imports;

	private final MessageSource messages;

	ImportCommand(DatasetImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	/**
	 * Prints a refusal's problems in English, one a line; the exit code of refused input.
	 */
	static int refused(InvalidInputException ex, MessageSource messages, PrintWriter err) {
		for (InvalidInputException.Problem p : ex.problems()) {
			err.println(
					p.field() + ": " + messages.getMessage(p.messageKey(), p.args(), p.messageKey(), Locale.ENGLISH));
		}
		err.flush();
		return INVALID_INPUT;
	}

	@Override
	public Integer call() {
		PrintWriter err = this.spec.commandLine().getErr();
		PrintWriter out = this.spec.commandLine().getOut();
		var set = DataSets.byName(this.dataset);
		if (set.isEmpty()) {
			err.println("unknown data set '" + this.dataset + "' (one of " + DataSets.names() + ")");
			return INVALID_INPUT;
		}
		if (!Files.isRegularFile(this.file)) {
			err.println(this.file + ": no such file");
			return INVALID_INPUT;
		}
		String actor = "cli:" + System.getProperty("user.name", "unknown");
		ImportRequest request = new ImportRequest(this.edition, set.get(), this.file.getFileName().toString(),
				this.file, actor, this.overrideReason);
		ImportOutcome outcome;
		long started = System.nanoTime();
		long[] committed = { 0 };
		try {
			outcome = this.noProgress ? this.imports.run(request, new ImportProgress() {

				@Override
				public void bytesRead(long read, long total) {
				}

				@Override
				public void committed() {
					committed[0] = System.nanoTime();
				}

			}) : withProgressBar(request, committed);
		}
		catch (NotFoundException ex) {
			err.println("edition " + this.edition + " does not exist: create it first");
			return INVALID_INPUT;
		}
		catch (InvalidInputException ex) {
			return refused(ex, this.messages, err);
		}
		if (!outcome.imported()) {
			outcome.problems().forEach(p -> err.println(p.toLine(outcome.fileName())));
			if (outcome.problemsNotListed() > 0) {
				err.println(outcome.fileName() + ": " + outcome.problemsNotListed() + " more problems not listed");
			}
			err.println("nothing imported");
			err.flush();
			return INVALID_INPUT;
		}
		DatasetVersion v = outcome.version().orElseThrow();
		long finished = System.nanoTime();
		// until the new version is committed and current; the superseded rows are deleted
		// after that
		double seconds = (committed[0] - started) / 1e9;
		out.printf("imported %s as version %d of %s for edition %d: %d rows, sha256 %s, in %.2f s (%.0f rows/s)%n",
				v.fileName(), v.version(), v.dataset(), v.editionYear(), v.rowCount(), v.sha256(), seconds,
				v.rowCount() / seconds);
		if (v.version() > 1) {
			out.printf("earlier versions' rows deleted after the commit in %.2f s%n", (finished - committed[0]) / 1e9);
		}
		out.flush();
		return 0;
	}

	private ImportOutcome withProgressBar(ImportRequest request, long[] committed) {
		try (ProgressBar bar = new ProgressBarBuilder().setTaskName(request.dataSet().baseName())
			.setStyle(ProgressBarStyle.ASCII)
			.setUnit(" MB", 1 << 20)
			.setInitialMax(Math.max(1, this.file.toFile().length()))
			.showSpeed()
			.build()) {
			return this.imports.run(request, new ImportProgress() {

				@Override
				public void bytesRead(long read, long total) {
					bar.stepTo(read);
				}

				@Override
				public void committed() {
					committed[0] = System.nanoTime();
				}

			});
		}
	}

}
