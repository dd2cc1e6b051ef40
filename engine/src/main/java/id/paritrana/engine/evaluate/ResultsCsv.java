package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.IntStream;

import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;

/**
 * {@code results.csv} of DESIGN §7.1: {@code true}/{@code false}, flags {@code ;}-separated and
 * sorted, scores with exactly 2 decimals, empty where not applicable.
 */
final class ResultsCsv {

	static final String HEADER = "level,scope,category,candidate_code,candidate_name,eligible,flags,desk_score,desk_rank,"
			+ "jury_score,final_score,final_rank";

	private ResultsCsv() {
	}

	/** Rows formatted per task: large enough to amortise a task, small enough to keep memory flat. */
	private static final int CHUNK = 16_384;

	/**
	 * Writes every row in order. Chunks of rows are formatted in parallel, a few at a time,
	 * and written in order: formatting 750,000 rows is most of the work.
	 */
	static void write(Evaluation evaluation, Writer out) throws IOException {
		out.write(HEADER);
		out.write('\n');
		Evaluation.Rows rows = evaluation.rows();
		int chunks = (rows.size() + CHUNK - 1) / CHUNK;
		int batch = 2 * Runtime.getRuntime().availableProcessors();
		for (int first = 0; first < chunks; first += batch) {
			int from = first;
			String[] text = new String[Math.min(batch, chunks - first)];
			IntStream.range(0, text.length)
				.parallel()
				.forEach(c -> text[c] = format(evaluation, rows, (from + c) * CHUNK,
						Math.min(rows.size(), (from + c + 1) * CHUNK)));
			for (String t : text) {
				out.write(t);
			}
		}
		out.flush();
	}

	private static String format(Evaluation evaluation, Evaluation.Rows rows, int from, int to) {
		StringBuilder line = new StringBuilder((to - from) * 100);
		for (int row = from; row < to; row++) {
			CategoryResult r = evaluation.scored(rows.category()[row]).result();
			int i = rows.candidate()[row];
			CandidateTable t = r.candidates();
			line.append(r.level().name()).append(',');
			field(line, t.scope(i)).append(',');
			line.append(r.category().name()).append(',');
			field(line, t.code(i)).append(',');
			field(line, t.name(i)).append(',');
			line.append(r.eligible(i) ? "true," : "false,");
			field(line, String.join(";", r.flags(i))).append(',');
			score(line, r.deskScore(i)).append(',');
			rank(line, r.deskRank(i)).append(',');
			score(line, r.hasJuryScore(i) ? r.juryScore(i) : Double.NaN).append(',');
			score(line, r.finalScore(i)).append(',');
			rank(line, r.finalRank(i)).append('\n');
		}
		return line.toString();
	}

	/**
	 * Appends a published score with exactly 2 decimals; nothing for NaN (no such score).
	 * Published scores are already rounded to cents, so rounding to the nearest cent only
	 * undoes the binary representation.
	 */
	static StringBuilder score(StringBuilder line, double published) {
		if (Double.isNaN(published)) {
			return line;
		}
		long cents = Math.round(published * 100);
		long abs = Math.abs(cents);
		long fraction = abs % 100;
		return line.append(cents < 0 ? "-" : "").append(abs / 100).append(fraction < 10 ? ".0" : ".").append(fraction);
	}

	private static StringBuilder rank(StringBuilder line, int rank) {
		return (rank == CategoryResult.NO_RANK) ? line : line.append(rank);
	}

	/** Appends a CSV field, quoted when it holds a comma, quote or line break. */
	static StringBuilder field(StringBuilder line, String value) {
		for (int k = 0; k < value.length(); k++) {
			char c = value.charAt(k);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return line.append('"').append(value.replace("\"", "\"\"")).append('"');
			}
		}
		return line.append(value);
	}

}
