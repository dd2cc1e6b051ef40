package id.paritrana.app.result;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;

/**
 * The canonical serialisation of a snapshot and its SHA-256 (docs/determination.md):
 * UTF-8 text, one record per line ending in LF, fields as in CSV (quoted only when they
 * hold a comma, quote or line break), sections in a fixed order, each announced with its
 * number of lines. Anyone holding the snapshot's parts can rebuild it byte for byte and
 * recompute the digest.
 */
final class CanonicalForm {

	static final String RESULTS_HEADER = "level,scope,category,candidate_code,candidate_name,eligible,flags,"
			+ "desk_score,desk_rank,jury_score,final_score,final_rank";

	private CanonicalForm() {
	}

	/** What a snapshot is made of, as stored. */
	record Parts(Snapshot snapshot, List<ResultRow> rows, List<Input> inputs, List<ZoneWinner> zoneAwards) {
	}

	/**
	 * One input: a rubric, a data set version or the jury scores, with its version and
	 * digest.
	 */
	record Input(String kind, String name, int version, String sha256) {
	}

	static String text(Parts parts) {
		Snapshot s = parts.snapshot();
		Lines out = new Lines().add("paritrana-snapshot/1");
		out.add("edition", Integer.toString(s.editionYear()));
		out.add("level", s.level().name());
		out.add("scope", s.scope());
		out.add("revision", Integer.toString(s.revision()));
		out.add("determined_by", s.determinedBy());
		out.add("determined_at", s.determinedAt().toString());
		out.add("reason", (s.reason() == null) ? "" : s.reason());
		out.add("results", Integer.toString(parts.rows().size()));
		out.add(RESULTS_HEADER.split(","));
		int aspects = 0;
		for (ResultRow row : parts.rows()) {
			out.add(resultsFields(row));
			aspects += row.aspectScores().size();
		}
		out.add("aspects", Integer.toString(aspects));
		out.add("category", "candidate_code", "aspect", "score");
		for (ResultRow row : parts.rows()) {
			row.aspectScores()
				.forEach((aspect, score) -> out.add(row.category().name(), row.candidateCode(), aspect,
						score.toPlainString()));
		}
		if (parts.rows().stream().anyMatch(ResultRow::hasIndicatorScores)) {
			// only snapshots that recorded indicator scores have this section: older
			// digests still verify
			int indicators = parts.rows()
				.stream()
				.filter(ResultRow::hasIndicatorScores)
				.mapToInt(r -> r.indicatorScores().size())
				.sum();
			out.add("indicators", Integer.toString(indicators));
			out.add("category", "candidate_code", "indicator", "score");
			for (ResultRow row : parts.rows()) {
				if (row.hasIndicatorScores()) {
					row.indicatorScores()
						.forEach((indicator, score) -> out.add(row.category().name(), row.candidateCode(), indicator,
								score.toPlainString()));
				}
			}
		}
		out.add("inputs", Integer.toString(parts.inputs().size()));
		out.add("kind", "name", "version", "sha256");
		for (Input input : parts.inputs()) {
			out.add(input.kind(), input.name(), Integer.toString(input.version()), input.sha256());
		}
		out.add("zone_awards", Integer.toString(parts.zoneAwards().size()));
		out.add("zone", "candidate_code", "candidate_name", "aspect_score");
		for (ZoneWinner z : parts.zoneAwards()) {
			out.add(z.zone().name(), z.candidateCode(), z.candidateName(), z.aspectScore().toPlainString());
		}
		return out.text();
	}

	/** The fields of one row of results.csv (DESIGN §7.1). */
	static String[] resultsFields(ResultRow row) {
		return new String[] { row.level().name(), row.scope(), row.category().name(), row.candidateCode(),
				row.candidateName(), Boolean.toString(row.eligible()), String.join(";", row.flags()),
				text(row.deskScore()), text(row.deskRank()), text(row.juryScore()), text(row.finalScore()),
				text(row.finalRank()) };
	}

	static String sha256(Parts parts) {
		return sha256(text(parts));
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	private static String text(BigDecimal score) {
		return (score == null) ? "" : score.setScale(2).toPlainString();
	}

	private static String text(Integer rank) {
		return (rank == null) ? "" : rank.toString();
	}

	/**
	 * Lines of canonical CSV through FastCSV: LF endings, a field quoted only when it
	 * holds a comma, quote or line break, its text never altered (the digest is of the
	 * stored values; files to download are written with {@code SafeCsvWriter} instead),
	 * null written as empty. No first field starts with {@code #}, which FastCSV would
	 * quote.
	 */
	static final class Lines {

		private final StringWriter text = new StringWriter();

		private final CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(this.text);

		Lines add(String... fields) {
			this.csv.writeRecord(fields);
			return this;
		}

		String text() {
			try {
				this.csv.flush();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("a StringWriter does not fail", ex);
			}
			return this.text.toString();
		}

	}

	/**
	 * The records after the header of canonical CSV (as {@link Lines} writes it), each a
	 * list of its fields; an empty field is an empty text.
	 */
	static List<List<String>> records(String text) {
		try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(text)) {
			return reader.stream().skip(1).map(CsvRecord::getFields).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("a string does not fail", ex);
		}
	}

}
