package id.paritrana.app.dataset;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.system.BulkWriter;
import id.paritrana.app.system.SafeFileName;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Keys;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.measure.ContributionSums;
import id.paritrana.engine.measure.Employers;
import id.paritrana.engine.measure.MinimumWages;
import id.paritrana.engine.measure.SizeClass;

/**
 * Imports one data set file for an edition (DESIGN §6), all or nothing, in one
 * transaction: the shared reader streams and validates the rows, {@link RowChecks} checks
 * them against other data, and valid rows go straight to the data table in bulk
 * ({@link BulkWriter}). Any problem rolls everything back and returns every problem;
 * otherwise the new version replaces the edition's previous rows of that data set, its
 * metadata is kept, and the import is audited. The command line, the API and the pages
 * all come here.
 */
@Service
public class DatasetImport {

	private static final Logger log = LoggerFactory.getLogger(DatasetImport.class);

	private static final byte[] ZIP = { 'P', 'K', 3, 4 };

	/** How much of a file is sniffed before it is parsed. */
	private static final int HEAD = 64 << 10;

	/**
	 * The id of the current version of data set {@code :set} of edition {@code :year}, as
	 * SQL.
	 */
	static final String CURRENT_VERSION = "(SELECT id FROM dataset_version WHERE edition_year = :year"
			+ " AND dataset = :set AND is_current)";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Editions editions;

	private final AuditLog audit;

	private final AreaCodes areaCodes;

	private final DatasetProperties properties;

	private final ResultGuard guard;

	private final ApplicationEventPublisher events;

	DatasetImport(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Editions editions,
			AuditLog audit, AreaCodes areaCodes, DatasetProperties properties, ResultGuard guard,
			ApplicationEventPublisher events) {
		this.guard = guard;
		this.events = events;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.editions = editions;
		this.audit = audit;
		this.areaCodes = areaCodes;
		this.properties = properties;
	}

	/**
	 * Runs an import.
	 * @throws id.paritrana.app.system.NotFoundException when the edition does not exist
	 * @throws id.paritrana.app.system.InvalidInputException when a level of the edition
	 * is past VERIFIKASI and the request does not override that with a reason
	 * ({@link ResultGuard#guards})
	 */
	public ImportOutcome run(ImportRequest request, ImportProgress progress) {
		Edition edition = this.editions.require(request.editionYear());
		if (ResultGuard.guards(request.dataSet())) {
			this.guard.check(edition.awardYear(), "IMPORT " + request.dataSet().baseName(), request.actor(),
					request.override());
		}
		String name = SafeFileName.of(request.fileName());
		Problems problems = new Problems();
		Optional<DataFile.Format> format = sniff(request, name, problems);
		if (format.isEmpty()) {
			return invalid(name, problems);
		}
		ImportOutcome outcome = this.transactions
			.execute(status -> inTransaction(edition, request, name, format.get(), problems, progress, status));
		if (outcome.imported()) {
			this.events.publishEvent(new DatasetImported(edition.awardYear(), request.dataSet()));
			progress.committed();
			// a first version replaces nothing: no need to scan the table for rows to
			// delete
			if (outcome.version().orElseThrow().version() > 1) {
				try {
					removeSuperseded(edition.awardYear(), request.dataSet());
				}
				catch (DataAccessException ex) {
					// the import stands; the rows are never read and go at the next
					// import
					log.warn("rows replaced by {} of edition {} not deleted yet", request.dataSet().baseName(),
							edition.awardYear(), ex);
				}
			}
		}
		return outcome;
	}

	/**
	 * Deletes the rows of the data set's versions that are no longer current, in a
	 * transaction of its own after the import's: the new version is complete and current
	 * before this starts (every reader takes only the current version's rows), so the
	 * import does not wait for millions of deletions while it holds its transaction, and
	 * a failed or interrupted import never needs them. Rows this leaves behind (the
	 * process stopped in between) are never read and go at the next import of the data
	 * set.
	 * @return how many rows were deleted
	 */
	long removeSuperseded(int year, DataSet set) {
		return this.transactions.execute(status -> {
			lockEdition(year);
			if (set == DataSet.CONTRIBUTIONS) {
				// the sums of the replaced versions go with their rows
				this.jdbc
					.sql("DELETE FROM " + ContributionTotalTable.TABLE + " WHERE edition_year = :year"
							+ " AND version_id <> " + CURRENT_VERSION)
					.param("year", year)
					.param("set", set.baseName())
					.update();
			}
			return (long) this.jdbc
				.sql("DELETE FROM " + DataTable.of(set).table() + " WHERE edition_year = :year AND version_id <> "
						+ CURRENT_VERSION)
				.param("year", year)
				.param("set", set.baseName())
				.update();
		});
	}

	/**
	 * One import per edition at a time: versions are numbered and replaced without races.
	 */
	private void lockEdition(int year) {
		this.editions.lock(year);
	}

	/**
	 * Extension, size and first bytes: an .xlsx must be a zip archive, a .csv must not be
	 * one.
	 */
	private Optional<DataFile.Format> sniff(ImportRequest request, String name, Problems problems) {
		String lower = name.toLowerCase(Locale.ROOT);
		DataFile.Format format = lower.endsWith(".xlsx") ? DataFile.Format.XLSX
				: lower.endsWith(".csv") ? DataFile.Format.CSV : null;
		if (format == null) {
			problems.add(name, 1, "file", "'" + name + "' is neither a .csv nor an .xlsx file");
			return Optional.empty();
		}
		try {
			long size = Files.size(request.file());
			if (size > this.properties.maxFileSize().toBytes()) {
				problems.add(name, 1, "file", "'" + name + "' is larger than the limit of "
						+ this.properties.maxFileSize().toMegabytes() + " MB");
				return Optional.empty();
			}
			byte[] head = new byte[HEAD];
			int n;
			try (InputStream in = Files.newInputStream(request.file())) {
				n = in.readNBytes(head, 0, HEAD);
			}
			boolean zip = n >= 4 && java.util.Arrays.equals(head, 0, 4, ZIP, 0, 4);
			if (format == DataFile.Format.XLSX && size > 0 && !zip) {
				problems.add(name, 1, "file", "'" + name + "' is not an .xlsx workbook (not a zip archive)");
				return Optional.empty();
			}
			if (format == DataFile.Format.CSV && zip) {
				problems.add(name, 1, "file", "'" + name + "' is a zip archive (a workbook?), not CSV text");
				return Optional.empty();
			}
			if (format == DataFile.Format.CSV && !isUtf8Text(head, n)) {
				problems.add(name, 1, "file", "'" + name + "' is not UTF-8 text: binary data, or another encoding"
						+ " (save the file as CSV UTF-8)");
				return Optional.empty();
			}
		}
		catch (IOException ex) {
			problems.add(name, 1, "file", "cannot be read: " + ex.getMessage());
			return Optional.empty();
		}
		return Optional.of(format);
	}

	/**
	 * Whether the first bytes of a file are UTF-8 text without NUL characters (a UTF-16
	 * file has many); the last few bytes may be a character cut by the sniffing.
	 */
	private static boolean isUtf8Text(byte[] head, int n) {
		for (int i = 0; i < n; i++) {
			if (head[i] == 0) {
				return false;
			}
		}
		java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
			.onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
		java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(head, 0, n);
		java.nio.CharBuffer out = java.nio.CharBuffer.allocate(n);
		java.nio.charset.CoderResult result = decoder.decode(in, out, n < HEAD);
		return !result.isError() && (n < HEAD ? !decoder.flush(out).isError() : in.remaining() < 4);
	}

	private ImportOutcome inTransaction(Edition edition, ImportRequest request, String name, DataFile.Format format,
			Problems problems, ImportProgress progress, TransactionStatus status) {
		DataSet set = request.dataSet();
		DataTable table = DataTable.of(set);
		int year = edition.awardYear();
		lockEdition(year);
		Keys npps = new Keys();
		Employers.Builder employers = Employers.builder(DataSet.EMPLOYERS.baseName() + ".csv", this.areaCodes.areas());
		if (set == DataSet.CONTRIBUTIONS || set == DataSet.EMPLOYER_VULNERABLE) {
			employers(year, npps, (set == DataSet.CONTRIBUTIONS) ? employers : null);
		}
		if (npps.size() == 0 && (set == DataSet.CONTRIBUTIONS || set == DataSet.EMPLOYER_VULNERABLE)) {
			problems.add(name, 1, "npp",
					"edition " + year + " has no employers yet: import " + DataSet.EMPLOYERS.baseName() + " first");
			return invalid(name, problems);
		}
		int version = this.jdbc.sql(
				"SELECT COALESCE(MAX(version), 0) + 1 FROM dataset_version WHERE edition_year = :year AND dataset = :set")
			.param("year", year)
			.param("set", set.baseName())
			.query(Integer.class)
			.single();
		// the previous version's rows stay until this version is committed and current
		long versionId = insertVersion(year, set, version, name, request.actor());
		RowChecks checks = RowChecks.of(set, this.areaCodes.areas(), edition.assessmentYear(), npps);
		// the contributions are summed per employer as they pass, for the measures
		ContributionSums sums = (set == DataSet.CONTRIBUTIONS)
				? ContributionSums.of(employers.build(), edition.assessmentYear(), minimumWages(year, edition)) : null;
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		long[] rows = { 0 };
		String sha256;
		BulkWriter sink = null;
		try {
			sink = BulkWriter.open(connection, table.table(), table.insertColumns());
			BulkWriter writer = sink;
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long size = Files.size(request.file());
			try (InputStream file = Files.newInputStream(request.file());
					InputStream in = new DigestInputStream(new Counting(file, size, progress), digest)) {
				DataReader.read(set, name, format, in, row -> {
					boolean valid = row.isValid() & checks.check(row);
					if (valid && problems.isEmpty()) {
						try {
							table.write(writer, year, versionId, row);
							if (sums != null) {
								sums.accept(row);
							}
						}
						catch (SQLException ex) {
							throw new IllegalStateException("writing " + table.table() + " failed", ex);
						}
						rows[0]++;
					}
				}, problems);
				// the reader may stop early (a bad header); the digest covers the whole
				// file
				in.transferTo(OutputStream.nullOutputStream());
			}
			sha256 = HexFormat.of().formatHex(digest.digest());
			if (!problems.isEmpty()) {
				sink.abort();
				status.setRollbackOnly();
				return invalid(name, problems);
			}
			sink.close();
			if (sums != null && problems.isEmpty()) {
				ContributionTotalTable.write(connection, year, versionId, sums);
			}
			if (!problems.isEmpty()) {
				// the sums saw a problem the checks did not: nothing is stored
				status.setRollbackOnly();
				return invalid(name, problems);
			}
		}
		catch (IOException ex) {
			abort(sink, status);
			problems.add(name, 1, "file", "cannot be read: " + ex.getMessage());
			return invalid(name, problems);
		}
		catch (SQLException | NoSuchAlgorithmException ex) {
			abort(sink, status);
			throw new IllegalStateException("import of " + set.baseName() + " failed", ex);
		}
		catch (RuntimeException ex) {
			abort(sink, status);
			throw ex;
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		return ImportOutcome.imported(makeCurrent(year, set, versionId, sha256, rows[0], request.actor()));
	}

	private static void abort(BulkWriter sink, TransactionStatus status) {
		if (sink != null) {
			sink.abort();
		}
		status.setRollbackOnly();
	}

	/**
	 * Adds the NPPs of the edition's current employers to {@code npps} and, when
	 * {@code employers} is given, the employers with their region and size class.
	 */
	private void employers(int year, Keys npps, Employers.Builder employers) {
		String columns = (employers != null) ? "npp, region_code, size_class" : "npp";
		this.jdbc
			.sql("SELECT " + columns + " FROM data_employer WHERE edition_year = :year AND version_id = "
					+ CURRENT_VERSION)
			.param("year", year)
			.param("set", DataSet.EMPLOYERS.baseName())
			.query(rs -> {
				String npp = rs.getString(1);
				npps.add(npp);
				if (employers != null) {
					employers.add(npp, null, rs.getString(2), SizeClass.valueOf(rs.getString(3)));
				}
			});
	}

	/**
	 * The minimum wages of the edition's assessment year, from the current version of
	 * {@code minimum-wages}; empty when it has none.
	 */
	private Optional<MinimumWages> minimumWages(int year, Edition edition) {
		StringBuilder csv = new StringBuilder("region_code,year,monthly_minimum_wage\n");
		boolean[] any = { false };
		this.jdbc
			.sql("SELECT region_code, data_year, monthly_minimum_wage FROM data_minimum_wage WHERE edition_year = :year"
					+ " AND version_id = " + CURRENT_VERSION)
			.param("year", year)
			.param("set", DataSet.MINIMUM_WAGES.baseName())
			.query(rs -> {
				any[0] = true;
				csv.append(rs.getString(1))
					.append(',')
					.append(rs.getLong(2))
					.append(',')
					.append(rs.getLong(3))
					.append('\n');
			});
		if (!any[0] && DatasetVersions.current(this.jdbc, year, DataSet.MINIMUM_WAGES).isEmpty()) {
			return Optional.empty();
		}
		Problems problems = new Problems();
		MinimumWages wages = MinimumWages.read(DataSet.MINIMUM_WAGES.baseName() + ".csv",
				new java.io.ByteArrayInputStream(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				edition.assessmentYear(), this.areaCodes.areas(), problems);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("the stored minimum wages do not read back: " + problems.lines());
		}
		return Optional.of(wages);
	}

	private long insertVersion(int year, DataSet set, int version, String name, String actor) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql(
				"INSERT INTO dataset_version (edition_year, dataset, version, file_name, sha256, row_count, imported_by,"
						+ " is_current) VALUES (:year, :set, :version, :name, '', 0, :by, FALSE)")
			.param("year", year)
			.param("set", set.baseName())
			.param("version", version)
			.param("name", name)
			.param("by", actor)
			.update(key, "id");
		return key.getKey().longValue();
	}

	private DatasetVersion makeCurrent(int year, DataSet set, long versionId, String sha256, long rows, String actor) {
		Optional<DatasetVersion> previous = DatasetVersions.current(this.jdbc, year, set);
		this.jdbc
			.sql("UPDATE dataset_version SET is_current = FALSE WHERE edition_year = :year AND dataset = :set"
					+ " AND is_current")
			.param("year", year)
			.param("set", set.baseName())
			.update();
		this.jdbc.sql("UPDATE dataset_version SET is_current = TRUE, sha256 = :sha, row_count = :rows WHERE id = :id")
			.param("sha", sha256)
			.param("rows", rows)
			.param("id", versionId)
			.update();
		DatasetVersion version = DatasetVersions.byId(this.jdbc, versionId);
		this.audit.recordAs(actor, "DATASET_IMPORTED", "dataset_version", Long.toString(versionId),
				previous.map(DatasetImport::summary).orElse(null), summary(version));
		return version;
	}

	private static Map<String, Object> summary(DatasetVersion v) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("edition", v.editionYear());
		s.put("dataset", v.dataset());
		s.put("version", v.version());
		s.put("file", v.fileName());
		s.put("sha256", v.sha256());
		s.put("rows", v.rowCount());
		return s;
	}

	private static ImportOutcome invalid(String name, Problems problems) {
		List<ImportProblem> list = problems.list().stream().map(ImportProblem::of).toList();
		return ImportOutcome.invalid(name, list, problems.notListed());
	}

	/** Counts the bytes read and tells the progress listener. */
	private static final class Counting extends FilterInputStream {

		private final long total;

		private final ImportProgress progress;

		private long read;

		Counting(InputStream in, long total, ImportProgress progress) {
			super(in);
			this.total = total;
			this.progress = progress;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				advance(1);
			}
			return b;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			int n = super.read(b, off, len);
			if (n > 0) {
				advance(n);
			}
			return n;
		}

		private void advance(long n) {
			this.read += n;
			this.progress.bytesRead(this.read, this.total);
		}

	}

}
