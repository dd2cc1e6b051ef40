package id.paritrana.app.result;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The canonical serialisation of a snapshot and its SHA-256 (docs/determination.md): UTF-8 text,
 * one record per line ending in LF, fields as in CSV (quoted only when they hold a comma, quote or
 * line break), sections in a fixed order, each announced with its number of lines. Anyone holding
 * the snapshot's parts can rebuild it byte for byte and recompute the digest.
 */
final class CanonicalForm {

	static final String RESULTS_HEADER = "level,scope,category,candidate_code,candidate_name,eligible,flags,"
			+ "desk_score,desk_rank,jury_score,final_score,final_rank";

	private CanonicalForm() {
	}

	/** What a snapshot is made of, as stored. */
	record Parts(Snapshot snapshot, List<ResultRow> rows, List<Input> inputs, List<ZoneWinner> zoneAwards) {
	}

	/** One input: a rubric, a data set version or the jury scores, with its version and digest. */
	record Input(String kind, String name, int version, String sha256) {
	}

	static String text(Parts parts) {
		Snapshot s = parts.snapshot();
		StringBuilder out = new StringBuilder("paritrana-snapshot/1\n");
		line(out, "edition", Integer.toString(s.editionYear()));
		line(out, "level", s.level().name());
		line(out, "scope", s.scope());
		line(out, "revision", Integer.toString(s.revision()));
		line(out, "determined_by", s.determinedBy());
		line(out, "determined_at", s.determinedAt().toString());
		line(out, "reason", (s.reason() == null) ? "" : s.reason());
		line(out, "results", Integer.toString(parts.rows().size()));
		out.append(RESULTS_HEADER).append('\n');
		int aspects = 0;
		for (ResultRow row : parts.rows()) {
			out.append(resultsLine(row));
			aspects += row.aspectScores().size();
		}
		line(out, "aspects", Integer.toString(aspects));
		line(out, "category", "candidate_code", "aspect", "score");
		for (ResultRow row : parts.rows()) {
			row.aspectScores()
				.forEach((aspect, score) -> line(out, row.category().name(), row.candidateCode(), aspect,
						score.toPlainString()));
		}
		if (parts.rows().stream().anyMatch(ResultRow::hasIndicatorScores)) {
			// only snapshots that recorded indicator scores have this section: older digests still verify
			int indicators = parts.rows()
				.stream()
				.filter(ResultRow::hasIndicatorScores)
				.mapToInt(r -> r.indicatorScores().size())
				.sum();
			line(out, "indicators", Integer.toString(indicators));
			line(out, "category", "candidate_code", "indicator", "score");
			for (ResultRow row : parts.rows()) {
				if (row.hasIndicatorScores()) {
					row.indicatorScores()
						.forEach((indicator, score) -> line(out, row.category().name(), row.candidateCode(), indicator,
								score.toPlainString()));
				}
			}
		}
		line(out, "inputs", Integer.toString(parts.inputs().size()));
		line(out, "kind", "name", "version", "sha256");
		for (Input input : parts.inputs()) {
			line(out, input.kind(), input.name(), Integer.toString(input.version()), input.sha256());
		}
		line(out, "zone_awards", Integer.toString(parts.zoneAwards().size()));
		line(out, "zone", "candidate_code", "candidate_name", "aspect_score");
		for (ZoneWinner z : parts.zoneAwards()) {
			line(out, z.zone().name(), z.candidateCode(), z.candidateName(), z.aspectScore().toPlainString());
		}
		return out.toString();
	}

	/** One row of results.csv (DESIGN §7.1) as it is in the canonical form, with its line break. */
	static String resultsLine(ResultRow row) {
		StringBuilder out = new StringBuilder();
		line(out, resultsFields(row));
		return out.toString();
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

	private static void line(StringBuilder out, String... fields) {
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				out.append(',');
			}
			out.append(field(fields[i]));
		}
		out.append('\n');
	}

	/**
	 * A field of the canonical form, quoted when it holds a comma, quote or line break. Its text is
	 * never altered (the digest is of the stored values); files to download are written with
	 * {@code SafeCsvWriter} instead.
	 */
	static String field(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + value.replace("\"", "\"\"") + '"';
			}
		}
		return value;
	}

}
