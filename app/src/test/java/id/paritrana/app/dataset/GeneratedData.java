package id.paritrana.app.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import picocli.CommandLine;

/**
 * Test helper: runs {@code generate} and reads back its files and the area reference
 * data.
 */
final class GeneratedData {

	private final Path directory;

	private GeneratedData(Path directory) {
		this.directory = directory;
	}

	static GeneratedData generate(Path directory, String... args) {
		String[] all = new String[args.length + 2];
		System.arraycopy(args, 0, all, 0, args.length);
		all[args.length] = "--out";
		all[args.length + 1] = directory.toString();
		CommandLine command = new CommandLine(new GenerateCommand());
		command.setOut(new PrintWriter(new StringWriter()));
		int exitCode = command.execute(all);
		if (exitCode != 0) {
			throw new IllegalStateException("generate exited with " + exitCode);
		}
		return new GeneratedData(directory);
	}

	/** The first line of a file, exactly as written. */
	String header(String file) {
		try (var lines = Files.lines(this.directory.resolve(file))) {
			return lines.findFirst().orElseThrow();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	List<Map<String, String>> rows(String file) {
		try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(this.directory.resolve(file))) {
			List<Map<String, String>> rows = new ArrayList<>();
			reader.forEach(row -> rows.add(row.getFieldsAsMap()));
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Set<String> column(String file, String column) {
		return rows(file).stream().map(row -> row.get(column)).collect(Collectors.toSet());
	}

	/** The rows of a reference file of {@code wilayah/}. */
	static List<Map<String, String>> wilayah(String file) {
		try (InputStream in = GeneratedData.class.getResourceAsStream("/wilayah/" + file);
				CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(in)) {
			List<Map<String, String>> rows = new ArrayList<>();
			reader.forEach(row -> rows.add(row.getFieldsAsMap()));
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> wilayahCodes(String file) {
		return wilayah(file).stream().map(row -> row.get("code")).collect(Collectors.toSet());
	}

}
