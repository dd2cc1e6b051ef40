package id.paritrana.app.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import de.siegmar.fastcsv.writer.QuoteStrategies;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.evidence.AcceptedRegulations;
import id.paritrana.app.system.BulkWriter;
import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.InvalidDataException;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.measure.ContributionSums;
import id.paritrana.engine.measure.DataDirectory;
import id.paritrana.engine.measure.EmployerMeasures;
import id.paritrana.engine.measure.Employers;
import id.paritrana.engine.measure.MinimumWages;
import id.paritrana.engine.measure.RegionMeasures;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/**
 * The measures of DESIGN §5.1 of every candidate of an edition, stored in
 * {@code candidate_measure}. They are computed by the engine's own streaming accumulators
 * (the code behind {@code evaluate}), fed with the current versions of the edition's data
 * sets streamed out of the database in their file format, so the database and a stateless
 * evaluation of the same files cannot disagree. Never a query per candidate.
 */
@Service
public class CandidateMeasures {

	/** The columns of candidate_measure after the candidate, in this order. */
	private static final Measure[] MEASURES = Measure.values();

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Editions editions;

	private final DatasetVersions versions;

	private final AreaCodes areaCodes;

	private final AuditLog audit;

	private final AcceptedRegulations acceptedRegulations;

	private final ResultGuard guard;

	CandidateMeasures(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Editions editions,
			DatasetVersions versions, AreaCodes areaCodes, AuditLog audit, AcceptedRegulations acceptedRegulations,
			ResultGuard guard) {
		this.guard = guard;
		this.acceptedRegulations = acceptedRegulations;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.editions = editions;
		this.versions = versions;
		this.areaCodes = areaCodes;
		this.audit = audit;
	}

	/**
	 * What a computation stored: how many candidates and measure values, from which
	 * versions, and the seconds spent writing the data sets other than the contributions
	 * out, computing (with the contributions' stored sums, or their rows, streamed out of
	 * the database at the same time), and storing; whether the contributions came from
	 * their sums.
	 */
	public record Computed(int editionYear, long candidates, long values, List<Long> datasetVersionIds,
			double exportSeconds, double computeSeconds, double storeSeconds, boolean contributionsFromSums) {
	}

	/**
	 * Computes and stores the measures of every candidate of the edition, replacing
	 * earlier ones, in one transaction.
	 * @throws id.paritrana.app.system.NotFoundException when the edition does not exist
	 * @throws id.paritrana.app.system.InvalidInputException when a level of the edition
	 * is past VERIFIKASI ({@link ResultGuard})
	 */
	public Computed compute(int editionYear, String actor) {
		return compute(editionYear, actor, Optional.empty());
	}

	/**
	 * As {@link #compute(int, String)}, going ahead with a reason (audited) although a
	 * level of the edition is past VERIFIKASI; the caller checked that the actor may
	 * override.
	 */
	public Computed compute(int editionYear, String actor, Optional<String> overrideReason) {
		Edition edition = this.editions.require(editionYear);
		this.guard.check(editionYear, "MEASURES", actor, overrideReason);
		Path dir;
		try {
			dir = Files.createTempDirectory("paritrana-measures-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			return this.transactions.execute(status -> {
				long started = System.nanoTime();
				List<DatasetVersion> current = this.versions.current(editionYear);
				Optional<DatasetVersion> contributions = Optional.empty();
				for (DatasetVersion v : current) {
					DataSet set = DataSets.byName(v.dataset()).orElseThrow();
					if (set == DataSet.CONTRIBUTIONS) {
						contributions = Optional.of(v);
					}
					else {
						export(v, set, dir);
					}
				}
				addAccepted(accepted(editionYear), dir);
				long exported = System.nanoTime();
				Engine engine = measures(edition, dir, contributions);
				long computedAt = System.nanoTime();
				Computed stored = store(edition, engine, current, actor);
				long done = System.nanoTime();
				Computed computed = new Computed(stored.editionYear(), stored.candidates(), stored.values(),
						stored.datasetVersionIds(), (exported - started) / 1e9, (computedAt - exported) / 1e9,
						(done - computedAt) / 1e9, engine.fromSums());
				this.audit.recordAs(actor, "MEASURES_COMPUTED", "edition", Integer.toString(editionYear), null,
						Map.of("candidates", computed.candidates(), "values", computed.values(), "datasetVersions",
								computed.datasetVersionIds()));
				return computed;
			});
		}
		finally {
			deleteAll(dir);
		}
	}

	/** The regulations accepted outside the imported data set, of the whole edition. */
	private List<AcceptedRegulations.Regulation> accepted(int editionYear) {
		return this.acceptedRegulations.accepted(editionYear);
	}

	/**
	 * Adds accepted regulations to the exported {@code regulations.csv} as verified rows
	 * (the file is created when none was imported). An imported row with the same key is
	 * the same regulation: the accepted one replaces it, verified.
	 */
	static void addAccepted(List<AcceptedRegulations.Regulation> accepted, Path dir) {
		if (accepted.isEmpty()) {
			return;
		}
		Path file = dir.resolve(DataSet.REGULATIONS.baseName() + ".csv");
		java.util.Set<String> keys = accepted.stream().map(CandidateMeasures::key).collect(Collectors.toSet());
		List<List<String>> rows = new java.util.ArrayList<>();
		try {
			if (Files.exists(file)) {
				try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
					boolean header = true;
					for (CsvRecord record : reader) {
						List<String> fields = record.getFields();
						if (header) {
							header = false;
						}
						else if (!keys.contains(String.join("|", fields.subList(0, 4)))) {
							rows.add(fields);
						}
					}
				}
			}
			java.util.Set<String> written = new java.util.HashSet<>();
			for (AcceptedRegulations.Regulation r : accepted) {
				if (written.add(key(r))) {
					rows.add(List.of(r.governmentCode(), r.type(), r.number(), Integer.toString(r.year()), r.title(),
							"true"));
				}
			}
			try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(file)) {
				writer.writeRecord(DataSet.REGULATIONS.columns().stream().map(c -> c.name()).toList());
				for (List<String> row : rows) {
					writer.writeRecord(row);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The data set's key: a regulation is one per government, type, number and year. */
	private static String key(AcceptedRegulations.Regulation r) {
		return r.governmentCode() + "|" + r.type() + "|" + r.number() + "|" + r.year();
	}

	/**
	 * The regulation level of a government (of this category) before and after a refresh;
	 * {@code all} when every government's changed.
	 */
	record RegulationRefresh(String governmentCode, Category category, String before, String after, boolean all) {

		boolean changed() {
			return this.all || !java.util.Objects.equals(this.before, this.after);
		}

	}

	/**
	 * Recomputes the stored {@code regulation_level} of one government after a regulation
	 * of it was accepted or rejected, as {@link #compute} would: the engine's level of
	 * the current regulations data set's verified rows and the accepted regulations
	 * together. When that makes the regulations exist where none did (or the reverse),
	 * every government's level changes from missing to {@code NONE} (or back), set-based.
	 * Nothing happens before the edition's measures are computed.
	 */
	RegulationRefresh refreshRegulationLevel(int editionYear, String governmentCode, String actor) {
		return this.transactions.execute(status -> {
			List<Map.Entry<Category, String>> stored = this.jdbc
				.sql("SELECT category, regulation_level FROM candidate_measure WHERE edition_year = :y"
						+ " AND candidate_code = :c")
				.param("y", editionYear)
				.param("c", governmentCode)
				.query((rs, n) -> Map.entry(Category.valueOf(rs.getString(1)),
						Optional.ofNullable(rs.getString(2)).orElse("")))
				.list();
			if (stored.isEmpty()) {
				return new RegulationRefresh(governmentCode, null, null, null, false);
			}
			Category category = stored.get(0).getKey();
			String before = stored.get(0).getValue().isEmpty() ? null : stored.get(0).getValue();
			Optional<DatasetVersion> imported = DatasetVersions.current(this.jdbc, editionYear, DataSet.REGULATIONS);
			boolean anyAccepted = !accepted(editionYear).isEmpty();
			String after;
			boolean all;
			if (imported.isEmpty() && !anyAccepted) {
				after = null;
				all = before != null;
				this.jdbc.sql("UPDATE candidate_measure SET regulation_level = NULL WHERE edition_year = :y")
					.param("y", editionYear)
					.update();
			}
			else {
				List<String> types = new java.util.ArrayList<>(
						this.acceptedRegulations.accepted(editionYear, governmentCode)
							.stream()
							.map(AcceptedRegulations.Regulation::type)
							.toList());
				imported.ifPresent(v -> types.addAll(this.jdbc
					.sql("SELECT regulation_type FROM data_regulation WHERE edition_year = :y AND version_id = :v"
							+ " AND government_code = :c AND verified = TRUE")
					.param("y", editionYear)
					.param("v", v.id())
					.param("c", governmentCode)
					.query(String.class)
					.list()));
				after = RegionMeasures.regulationLevel(types);
				this.jdbc
					.sql("UPDATE candidate_measure SET regulation_level = :l WHERE edition_year = :y"
							+ " AND candidate_code = :c")
					.param("l", after)
					.param("y", editionYear)
					.param("c", governmentCode)
					.update();
				// the regulations now exist: a government without any is NONE, no longer
				// missing
				all = this.jdbc
					.sql("UPDATE candidate_measure SET regulation_level = 'NONE' WHERE edition_year = :y"
							+ " AND regulation_level IS NULL AND category IN ('PEMPROV', 'PEMKAB_PEMKOT')")
					.param("y", editionYear)
					.update() > 0;
			}
			RegulationRefresh refresh = new RegulationRefresh(governmentCode, category, before, after, all);
			if (refresh.changed()) {
				this.audit.recordAs(actor, "REGULATION_LEVEL_CHANGED", "candidate", editionYear + "/" + governmentCode,
						java.util.Collections.singletonMap("regulationLevel", before),
						java.util.Collections.singletonMap("regulationLevel", after));
			}
			return refresh;
		});
	}

	/**
	 * The stored measures of one candidate: measure id → number (or level); missing
	 * measures absent.
	 */
	public Map<String, Object> of(int editionYear, String candidateCode) {
		Map<String, Object> values = new java.util.TreeMap<>();
		this.jdbc
			.sql("SELECT " + String.join(", ", MEASURE_COLUMNS) + " FROM candidate_measure WHERE edition_year = :y"
					+ " AND candidate_code = :c")
			.param("y", editionYear)
			.param("c", candidateCode)
			.query(rs -> {
				for (Measure m : MEASURES) {
					Object v = rs.getObject(m.id());
					if (v != null) {
						values.put(m.id(), v);
					}
				}
			});
		return values;
	}

	/**
	 * Writes the rows of a data set version as its §6 CSV file: COPY TO on PostgreSQL, a
	 * streamed query elsewhere. (A data table may still hold rows of the version an
	 * import just replaced, until they are deleted after its commit; they are never
	 * read.)
	 */
	private Path export(DatasetVersion version, DataSet set, Path dir) {
		Path file = dir.resolve(set.baseName() + ".csv");
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
			out.write(header(set));
			if (connection.isWrapperFor(PGConnection.class)) {
				connection.unwrap(PGConnection.class).getCopyAPI().copyOut(copyOut(version, set), out);
			}
			else {
				streamQuery(connection, select(version, set), set.columns().size(), out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("export of " + set.baseName() + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		return file;
	}

	private static byte[] header(DataSet set) {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		CsvWriter csv = dataFile(bytes);
		csv.writeRecord(set.columns().stream().map(c -> c.name()).toList());
		try {
			csv.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String select(DatasetVersion version, DataSet set) {
		DataTable table = DataTable.of(set);
		return "SELECT " + table.fileColumns() + " FROM " + table.table() + " WHERE edition_year = "
				+ version.editionYear() + " AND version_id = " + version.id();
	}

	private static String copyOut(DatasetVersion version, DataSet set) {
		return "COPY (" + select(version, set) + ") TO STDOUT WITH (FORMAT csv)";
	}

	/**
	 * The engine's employer measures. The contributions (by far the largest data set)
	 * come from the sums their import stored ({@link ContributionTotalTable}, one row per
	 * employer) when those hold for the current employers and minimum wages; otherwise (a
	 * version imported before the sums were kept, an employer gone or another minimum
	 * wage applying since) from their rows, read straight from COPY TO on PostgreSQL (the
	 * server produces rows while the engine sums them), through a file elsewhere (H2).
	 */
	private EmployerMeasures employerMeasures(Employers employers, int year, Optional<DatasetVersion> contributions,
			DataDirectory files, Optional<MinimumWages> wages, Path dir, Problems problems, boolean[] fromSums) {
		if (contributions.isEmpty()) {
			return EmployerMeasures.compute(employers, year, Optional.empty(), files.file(DataSet.EMPLOYER_VULNERABLE),
					wages, 1, problems);
		}
		String name = DataSet.CONTRIBUTIONS.baseName() + ".csv";
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		try {
			ContributionSums sums = ContributionSums.of(employers, year, wages);
			if (ContributionTotalTable.restore(connection, contributions.get().editionYear(), contributions.get().id(),
					sums)) {
				fromSums[0] = true;
				return EmployerMeasures.compute(sums, files.file(DataSet.EMPLOYER_VULNERABLE), problems);
			}
			InputStream rows;
			if (connection.isWrapperFor(PGConnection.class)) {
				rows = new SequenceInputStream(new ByteArrayInputStream(header(DataSet.CONTRIBUTIONS)),
						new PGCopyInputStream(connection.unwrap(PGConnection.class),
								copyOut(contributions.get(), DataSet.CONTRIBUTIONS)));
			}
			else {
				rows = Files.newInputStream(export(contributions.get(), DataSet.CONTRIBUTIONS, dir));
			}
			try (InputStream in = rows) {
				return EmployerMeasures.compute(employers, year, name, in, files.file(DataSet.EMPLOYER_VULNERABLE),
						wages, problems);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("reading " + name + " failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
	}

	/**
	 * The rows of a query as the CSV COPY TO writes (the one contract of a §6 file read
	 * back): a NULL as an empty field, an empty text as {@code ""}, quotes only where
	 * needed.
	 */
	private static void streamQuery(Connection connection, String select, int columns, OutputStream out)
			throws SQLException, IOException {
		CsvWriter csv = dataFile(out);
		String[] fields = new String[columns];
		try (Statement statement = connection.createStatement()) {
			statement.setFetchSize(10_000);
			try (ResultSet rs = statement.executeQuery(select)) {
				while (rs.next()) {
					for (int i = 0; i < columns; i++) {
						fields[i] = rs.getString(i + 1);
					}
					csv.writeRecord(fields);
				}
			}
		}
		csv.flush();
	}

	/**
	 * A CSV writer of a §6 data file; flushing leaves the stream open for the caller to
	 * close.
	 */
	static CsvWriter dataFile(OutputStream out) {
		return CsvWriter.builder()
			.lineDelimiter(LineDelimiter.LF)
			.quoteStrategy(QuoteStrategies.EMPTY)
			.build(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
	}

	/**
	 * The engine's measures of the exported files and the contributions, as in
	 * {@code evaluate}.
	 */
	private Engine measures(Edition edition, Path dir, Optional<DatasetVersion> contributions) {
		Areas areas = this.areaCodes.areas();
		int year = edition.assessmentYear();
		Problems problems = new Problems();
		DataDirectory files = DataDirectory.of(dir, areas, year, problems);
		Employers employers = files.employers();
		boolean[] fromSums = { false };
		EmployerMeasures employer = employerMeasures(employers, year, contributions, files, files.minimumWages(), dir,
				problems, fromSums);
		RegionMeasures region = files.regionMeasures();
		if (!problems.isEmpty()) {
			// imported data passed the same checks; a problem here means the data sets
			// disagree
			// with each other (e.g. contributions of employers removed by a later
			// employers import)
			throw new InvalidDataException(problems);
		}
		return new Engine(areas, region, employer, fromSums[0]);
	}

	/**
	 * What the engine computed; {@code fromSums} when the contributions came from their
	 * stored sums rather than their rows.
	 */
	private record Engine(Areas areas, RegionMeasures region, EmployerMeasures employer, boolean fromSums) {
	}

	private Computed store(Edition edition, Engine engine, List<DatasetVersion> current, String actor) {
		int y = edition.awardYear();
		this.jdbc.sql("DELETE FROM candidate_measure WHERE edition_year = :y").param("y", y).update();
		this.jdbc.sql("DELETE FROM measure_run WHERE edition_year = :y").param("y", y).update();
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		long candidates = 0;
		long values = 0;
		double[] row = new double[MEASURES.length];
		try (BulkWriter sink = BulkWriter.open(connection, "candidate_measure", MEASURE_COLUMNS)) {
			Areas areas = engine.areas();
			// the candidates as the engine's evaluate has them (§7.1)
			for (Category category : List.of(Category.PEMKAB_PEMKOT, Category.PEMPROV)) {
				for (int g : engine.region().candidates(category)) {
					add(sink, y, category, areas.governmentCode(g), government(engine, g, row),
							engine.region().regulationLevel(g).orElse(null));
					// a government's name and province come from the shipped areas
					sink.none().none().none().endRow();
					candidates++;
				}
			}
			values += candidates * RegionMeasures.MEASURES.size();
			Employers employers = engine.employer().employers();
			for (int e : byNpp(employers)) {
				java.util.Arrays.fill(row, Double.NaN);
				for (Measure m : EmployerMeasures.MEASURES) {
					row[m.ordinal()] = engine.employer().value(m, e);
				}
				add(sink, y, employers.sizeClass(e).category(), employers.npp(e), row, null);
				// the employer's name, province and size class as this computation read
				// them (see V16)
				int province = employers.province(e);
				sink.text(employers.name(e))
					.text((province < 0) ? null : areas.provinceCode(province))
					.text(employers.sizeClass(e).name())
					.endRow();
			}
			candidates += employers.size();
			values += (long) employers.size() * EmployerMeasures.MEASURES.size();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("storing the measures failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		List<Long> ids = current.stream().map(DatasetVersion::id).toList();
		this.jdbc
			.sql("INSERT INTO measure_run (edition_year, computed_by, dataset_version_ids, candidates)"
					+ " VALUES (:y, :by, :ids, :n)")
			.param("y", y)
			.param("by", actor)
			.param("ids", ids.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.param("n", candidates)
			.update();
		return new Computed(y, candidates, values, ids, 0, 0, 0, engine.fromSums());
	}

	/**
	 * The employers in the order of their NPPs: stored in the order of the index on
	 * {@code (edition_year, candidate_code)}, 750,000 rows go in more than twice as fast
	 * as in the order of the employers file (each index entry lands next to the last).
	 */
	private static int[] byNpp(Employers employers) {
		String[] npps = new String[employers.size()];
		for (int e = 0; e < npps.length; e++) {
			npps[e] = employers.npp(e);
		}
		return java.util.stream.IntStream.range(0, npps.length)
			.boxed()
			.sorted(java.util.Comparator.comparing(e -> npps[e]))
			.mapToInt(Integer::intValue)
			.toArray();
	}

	/**
	 * The numeric measures of a government, by measure ordinal; NaN where missing or not
	 * a government measure.
	 */
	private static double[] government(Engine engine, int g, double[] row) {
		java.util.Arrays.fill(row, Double.NaN);
		for (Measure m : RegionMeasures.MEASURES) {
			if (m != Measure.REGULATION_LEVEL) {
				row[m.ordinal()] = engine.region().value(m, g);
			}
		}
		return row;
	}

	private static void deleteAll(Path dir) {
		try (var files = Files.walk(dir)) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
		catch (IOException ex) {
			// temporary files left behind are removed with the temporary directory
		}
	}

	/**
	 * The columns of {@code candidate_measure} a computation writes, the measures by
	 * ordinal.
	 */
	private static final List<String> MEASURE_COLUMNS = java.util.stream.Stream
		.of(java.util.stream.Stream.of("edition_year", "category", "candidate_code"),
				java.util.Arrays.stream(MEASURES).map(Measure::id),
				java.util.stream.Stream.of("candidate_name", "province_code", "size_class"))
		.flatMap(s -> s)
		.toList();

	/**
	 * Stores a candidate's measures: numbers by measure ordinal (NaN, missing, as NULL),
	 * and the regulation level or null; its name, province and size class follow, then
	 * the end of the row.
	 */
	private static void add(BulkWriter out, int year, Category category, String code, double[] values, String level)
			throws SQLException {
		out.number(year).text(category.name()).text(code);
		for (Measure m : MEASURES) {
			if (m == Measure.REGULATION_LEVEL) {
				out.text(level);
			}
			else {
				out.number(values[m.ordinal()]);
			}
		}
	}

}
