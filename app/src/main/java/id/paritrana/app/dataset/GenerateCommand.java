package id.paritrana.app.dataset;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import id.paritrana.app.dataset.generator.DatasetGenerator;
import id.paritrana.app.dataset.generator.DatasetGenerator.FileWritten;
import id.paritrana.app.dataset.generator.Scale;
import id.paritrana.app.dataset.generator.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code generate}: deterministic synthetic data in the formats of DESIGN §6 (§7.1). Runs
 * without Spring or a database. Bad arguments exit with 2 and a one-line reason.
 */
@Command(name = "generate",
		description = "Write deterministic synthetic data for one edition: every data set file, clearly marked synthetic.")
public class GenerateCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "show this help and exit")
	private boolean help;

	@Option(names = "--scale", required = true, converter = ScaleConverter.class, paramLabel = "SCALE",
			description = "small (3 provinces, a few hundred employers), province (one province) "
					+ "or national (38 provinces, 750,000 employers)")
	private Scale scale;

	@Option(names = "--seed", required = true, paramLabel = "N",
			description = "seed of every random stream: the same seed gives the same bytes")
	private long seed;

	@Option(names = "--year", required = true, paramLabel = "Y",
			description = "the assessment year Y of the edition (coverage for Y and Y-1, contributions for Y)")
	private int year;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "directory to write the files to")
	private Path out;

	@Option(names = "--province", paramLabel = "NN",
			description = "province code for --scale province (default 51, Bali)")
	private String province;

	@Override
	public Integer call() {
		Settings settings;
		try {
			settings = new Settings(this.scale, this.seed, this.year, this.province);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(this.spec.commandLine(), ex.getMessage());
		}
		DatasetGenerator generator = new DatasetGenerator();
		if (this.province != null && !generator.knowsProvince(this.province)) {
			throw new ParameterException(this.spec.commandLine(), "unknown province code '" + this.province + "'");
		}
		PrintWriter stdout = this.spec.commandLine().getOut();
		long start = System.nanoTime();
		try {
			generator.generate(settings, this.out, file -> stdout.println(line(file)));
		}
		catch (UncheckedIOException ex) {
			this.spec.commandLine().getErr().println("generate: cannot write to " + this.out + ": " + ex.getCause());
			return 1;
		}
		stdout.printf(Locale.ROOT, "synthetic %s data (seed %d, year %d) written to %s in %.1f s%n",
				settings.scale().label(), this.seed, this.year, this.out, (System.nanoTime() - start) / 1e9);
		stdout.flush();
		return 0;
	}

	private static String line(FileWritten file) {
		return String.format(Locale.ROOT, "%-28s %,11d rows %7.1f s", file.name(), file.rows(), file.seconds());
	}

	/** Accepts the lower-case scale names of the command line. */
	static final class ScaleConverter implements ITypeConverter<Scale> {

		@Override
		public Scale convert(String value) {
			for (Scale candidate : Scale.values()) {
				if (candidate.label().equals(value)) {
					return candidate;
				}
			}
			throw new TypeConversionException("expected small, province or national but was '" + value + "'");
		}

	}

}
