package id.paritrana.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file holding one data set of DESIGN §6, as CSV or as the first sheet of an XLSX
 * workbook.
 */
public record DataFile(Path path, Format format) {

	/** The two accepted file formats. */
	public enum Format {

		CSV(".csv"), XLSX(".xlsx");

		private final String extension;

		Format(String extension) {
			this.extension = extension;
		}

		public String extension() {
			return this.extension;
		}

	}

	/**
	 * A file of a known format, by its extension.
	 * @throws IllegalArgumentException when the name ends in neither {@code .csv} nor
	 * {@code .xlsx}
	 */
	public static DataFile of(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		for (Format format : Format.values()) {
			if (name.endsWith(format.extension())) {
				return new DataFile(path, format);
			}
		}
		throw new IllegalArgumentException(path + " is neither .csv nor .xlsx");
	}

	/**
	 * The file of a data set in a directory ({@code <base name>.csv} or {@code .xlsx}),
	 * if present; both present is a problem, as it is not clear which one counts.
	 */
	public static Optional<DataFile> find(Path dir, DataSet set, Problems problems) {
		Path csv = dir.resolve(set.baseName() + Format.CSV.extension());
		Path xlsx = dir.resolve(set.baseName() + Format.XLSX.extension());
		boolean hasCsv = Files.isRegularFile(csv);
		boolean hasXlsx = Files.isRegularFile(xlsx);
		if (hasCsv && hasXlsx) {
			problems.add(xlsx.getFileName().toString(), 1, "file",
					"both " + csv.getFileName() + " and " + xlsx.getFileName() + " are present; keep one");
			return Optional.empty();
		}
		if (hasCsv) {
			return Optional.of(new DataFile(csv, Format.CSV));
		}
		return hasXlsx ? Optional.of(new DataFile(xlsx, Format.XLSX)) : Optional.empty();
	}

	/** The file's name, as problems name it. */
	public String name() {
		return this.path.getFileName().toString();
	}

}
