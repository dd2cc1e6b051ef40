package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code generate} tool through its command line (DESIGN §7.1). */
class GenerateCommandTests {

	private static final String[] FILES = { "region-coverage.csv", "nonasn.csv", "vulnerable-protection.csv",
			"village-protection.csv", "regulations.csv", "employers.csv", "employer-contributions.csv",
			"employer-vulnerable.csv", "minimum-wages.csv", "jury-scores.csv", "README.txt" };

	@TempDir
	Path temp;

	@Test
	void sameArgumentsGiveByteIdenticalFiles() throws IOException {
		Path first = this.temp.resolve("first");
		Path second = this.temp.resolve("second");
		assertThat(run("--scale", "small", "--seed", "42", "--year", "2023", "--out", first.toString()).exitCode)
			.isZero();
		assertThat(run("--scale", "small", "--seed", "42", "--year", "2023", "--out", second.toString()).exitCode)
			.isZero();
		assertThat(digests(first)).containsOnlyKeys(FILES).isEqualTo(digests(second));
	}

	@Test
	void anotherSeedGivesOtherData() throws IOException {
		Path first = this.temp.resolve("first");
		Path second = this.temp.resolve("second");
		run("--scale", "small", "--seed", "42", "--year", "2023", "--out", first.toString());
		run("--scale", "small", "--seed", "43", "--year", "2023", "--out", second.toString());
		Map<String, String> one = digests(first);
		Map<String, String> other = digests(second);
		for (String file : FILES) {
			assertThat(other.get(file)).as(file).isNotEqualTo(one.get(file));
		}
	}

	@Test
	void printsOneLinePerFileAndSaysTheDataIsSynthetic() throws IOException {
		Result result = run("--scale", "small", "--seed", "7", "--year", "2024", "--out", this.temp.toString());
		assertThat(result.exitCode).isZero();
		assertThat(result.out).contains("employer-contributions.csv").contains("rows").contains("jury-scores.csv");
		assertThat(result.out.lines().filter(line -> line.contains(".csv"))).hasSize(10);
		assertThat(Files.readString(this.temp.resolve("README.txt"))).contains("SYNTHETIC")
			.contains("scale small, seed 7, year 2024");
	}

	@Test
	void describesItsOptions() {
		Result result = run("--help");
		assertThat(result.exitCode).isZero();
		assertThat(result.out).contains("--scale", "--seed", "--year", "--out", "--province");
	}

	@Test
	void rejectsAnUnknownScaleWithExitCode2AndNoStackTrace() {
		Result result = run("--scale", "huge", "--seed", "1", "--year", "2023", "--out", this.temp.toString());
		assertThat(result.exitCode).isEqualTo(2);
		assertThat(result.err).contains("expected small, province or national but was 'huge'").doesNotContain("\tat ");
	}

	@Test
	void rejectsAnImplausibleYear() {
		Result result = run("--scale", "small", "--seed", "1", "--year", "99", "--out", this.temp.toString());
		assertThat(result.exitCode).isEqualTo(2);
		assertThat(result.err).contains("year must be between").doesNotContain("\tat ");
	}

	@Test
	void rejectsMissingOptions() {
		Result result = run("--scale", "small");
		assertThat(result.exitCode).isEqualTo(2);
		assertThat(result.err).contains("Missing required options");
	}

	@Test
	void rejectsAnUnknownProvinceAndAProvinceWithAnotherScale() {
		Result unknown = run("--scale", "province", "--province", "99", "--seed", "1", "--year", "2023", "--out",
				this.temp.toString());
		assertThat(unknown.exitCode).isEqualTo(2);
		assertThat(unknown.err).contains("unknown province code '99'");
		Result mixed = run("--scale", "small", "--province", "34", "--seed", "1", "--year", "2023", "--out",
				this.temp.toString());
		assertThat(mixed.exitCode).isEqualTo(2);
		assertThat(mixed.err).contains("only be chosen with scale province");
	}

	@Test
	void reportsAnUnwritableDirectoryWithoutAStackTrace() throws IOException {
		Path file = Files.writeString(this.temp.resolve("not-a-directory"), "x");
		Result result = run("--scale", "small", "--seed", "1", "--year", "2023", "--out", file.toString());
		assertThat(result.exitCode).isEqualTo(1);
		assertThat(result.err).contains("cannot write to").doesNotContain("\tat ");
	}

	private static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		CommandLine command = new CommandLine(new GenerateCommand());
		command.setOut(new PrintWriter(out, true));
		command.setErr(new PrintWriter(err, true));
		int exitCode = command.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	private record Result(int exitCode, String out, String err) {
	}

	private static Map<String, String> digests(Path directory) throws IOException {
		Map<String, String> digests = new TreeMap<>();
		try (Stream<Path> files = Files.list(directory)) {
			for (Path file : files.toList()) {
				digests.put(file.getFileName().toString(), sha256(Files.readAllBytes(file)));
			}
		}
		return digests;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
