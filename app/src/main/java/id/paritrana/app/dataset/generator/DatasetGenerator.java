package id.paritrana.app.dataset.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import id.paritrana.app.dataset.generator.EmployerData.Chunk;
import id.paritrana.app.dataset.generator.EmployerData.Nominee;
import id.paritrana.app.dataset.generator.Territory.ProvinceFigures;
import id.paritrana.app.dataset.generator.Territory.RegionFigures;

/**
 * Writes every data set of DESIGN §6 for one edition, deterministically: the same
 * {@link Settings} give byte-identical files. Employers are generated per regency/city on
 * all cores, but each regency draws from its own random stream and the chunks are written
 * in regency order, so thread scheduling never shows in the output.
 */
public final class DatasetGenerator {

	/**
	 * One file written: its name, data rows (header not counted) and the seconds it took.
	 */
	public record FileWritten(String name, long rows, double seconds) {
	}

	private final Wilayah wilayah;

	public DatasetGenerator() {
		this.wilayah = Wilayah.load();
	}

	/** Whether the reference data has a province with this code. */
	public boolean knowsProvince(String code) {
		return this.wilayah.provinces().stream().anyMatch(province -> province.code().equals(code));
	}

	public List<FileWritten> generate(Settings settings, Path directory, Consumer<FileWritten> progress) {
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Territory territory = new Territory(this.wilayah, settings);
		RegionalData regional = new RegionalData(territory, settings);
		List<FileWritten> written = new ArrayList<>();
		Consumer<FileWritten> report = file -> {
			written.add(file);
			progress.accept(file);
		};
		write(directory, "region-coverage.csv", RegionalData.REGION_COVERAGE, regional::regionCoverage, report);
		write(directory, "minimum-wages.csv", RegionalData.MINIMUM_WAGES, regional::minimumWages, report);
		write(directory, "nonasn.csv", RegionalData.NONASN, regional::nonAsn, report);
		write(directory, "vulnerable-protection.csv", RegionalData.VULNERABLE, regional::vulnerable, report);
		write(directory, "village-protection.csv", RegionalData.VILLAGES, regional::villages, report);
		write(directory, "regulations.csv", RegionalData.REGULATIONS, regional::regulations, report);
		Map<String, List<Nominee>> besar = new LinkedHashMap<>();
		Map<String, List<Nominee>> menengah = new LinkedHashMap<>();
		employers(directory, settings, territory, besar, menengah, report);
		JuryData jury = new JuryData(territory, settings);
		write(directory, "jury-scores.csv", JuryData.HEADER, file -> jury.write(file, besar, menengah), report);
		readme(directory, settings, territory, written);
		return List.copyOf(written);
	}

	private static void write(Path directory, String name, String header, Consumer<CsvFile> rows,
			Consumer<FileWritten> report) {
		long start = System.nanoTime();
		try (CsvFile file = CsvFile.create(directory, name, header)) {
			rows.accept(file);
			file.close();
			report.accept(new FileWritten(name, file.rows(), seconds(start)));
		}
	}

	/**
	 * The three employer files, from regency chunks computed in parallel and appended in
	 * order.
	 */
	private static void employers(Path directory, Settings settings, Territory territory,
			Map<String, List<Nominee>> besar, Map<String, List<Nominee>> menengah, Consumer<FileWritten> report) {
		long start = System.nanoTime();
		EmployerData data = new EmployerData(settings);
		List<RegionFigures> regions = territory.allRegions();
		int[] counts = EmployerData.allocate(regions, settings.scale().employers());
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
			Thread thread = new Thread(task, "generator");
			thread.setDaemon(true);
			return thread;
		});
		try (CsvFile employers = CsvFile.create(directory, "employers.csv", EmployerData.EMPLOYERS);
				CsvFile contributions = CsvFile.create(directory, "employer-contributions.csv",
						EmployerData.CONTRIBUTIONS);
				CsvFile vulnerable = CsvFile.create(directory, "employer-vulnerable.csv",
						EmployerData.EMPLOYER_VULNERABLE)) {
			// A bounded window keeps memory flat: at most two chunks per core wait to be
			// written.
			Deque<Future<Chunk>> pending = new ArrayDeque<>();
			Deque<String> pendingProvinces = new ArrayDeque<>();
			long firstIndex = 0;
			int next = 0;
			for (ProvinceFigures province : territory.provinces()) {
				for (RegionFigures region : territory.regions(province)) {
					long first = firstIndex;
					int count = counts[next++];
					firstIndex += count;
					pending.add(pool.submit(() -> data.generate(province, region, first, count)));
					pendingProvinces.add(province.province().code());
					if (pending.size() >= 2 * threads) {
						append(pending.poll(), pendingProvinces.poll(), employers, contributions, vulnerable, besar,
								menengah);
					}
				}
			}
			while (!pending.isEmpty()) {
				append(pending.poll(), pendingProvinces.poll(), employers, contributions, vulnerable, besar, menengah);
			}
			employers.close();
			contributions.close();
			vulnerable.close();
			double seconds = seconds(start);
			report.accept(new FileWritten(employers.name(), employers.rows(), seconds));
			report.accept(new FileWritten(contributions.name(), contributions.rows(), seconds));
			report.accept(new FileWritten(vulnerable.name(), vulnerable.rows(), seconds));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static void append(Future<Chunk> future, String province, CsvFile employers, CsvFile contributions,
			CsvFile vulnerable, Map<String, List<Nominee>> besar, Map<String, List<Nominee>> menengah) {
		Chunk chunk;
		try {
			chunk = future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while generating employers", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
		employers.append(chunk.employers());
		contributions.append(chunk.contributions());
		vulnerable.append(chunk.vulnerable());
		besar.computeIfAbsent(province, key -> new ArrayList<>()).addAll(chunk.besar());
		menengah.computeIfAbsent(province, key -> new ArrayList<>()).addAll(chunk.menengah());
	}

	/**
	 * Says plainly that the data is synthetic, so nobody mistakes it for BPJS TK data.
	 */
	private static void readme(Path directory, Settings settings, Territory territory, List<FileWritten> files) {
		StringBuilder text = new StringBuilder();
		text.append("SYNTHETIC DATA - NOT REAL\n\n")
			.append("These files were generated by Paritrana (java -jar paritrana.jar generate) with\n")
			.append("  scale ")
			.append(settings.scale().label())
			.append(settings.province() != null ? " (province " + settings.province() + ")" : "")
			.append(", seed ")
			.append(settings.seed())
			.append(", year ")
			.append(settings.year())
			.append("\nfor the edition assessing the year ")
			.append(settings.year())
			.append(". Every figure, employer, name and NPP is invented; only the area codes are\n")
			.append("real (Kemendagri, via idn-area-data, ODbL 1.0). The same arguments give the same bytes.\n\nProvinces:");
		for (ProvinceFigures province : territory.provinces()) {
			text.append("\n  ")
				.append(province.province().code())
				.append(' ')
				.append(province.province().name())
				.append(" (")
				.append(territory.regions(province).size())
				.append(" regencies/cities)");
		}
		text.append("\n\nFiles:\n");
		for (FileWritten file : files) {
			text.append("  ").append(file.name()).append(" (").append(file.rows()).append(" rows)\n");
		}
		try {
			Files.writeString(directory.resolve("README.txt"), text, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
