package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.IntStream;

import id.paritrana.engine.data.SafeCsvBytes;
import id.paritrana.engine.data.SafeCsvWriter;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;

/**
 * {@code results.csv} of DESIGN §7.1 in UTF-8: {@code true}/{@code false}, flags
 * {@code ;}-separated and sorted, scores with exactly 2 decimals, empty where not
 * applicable. Written with {@link SafeCsvBytes} (the bytes of {@link SafeCsvWriter}): a
 * name that starts like a spreadsheet formula is not run as one.
 */
final class ResultsCsv {

	static final String HEADER = "level,scope,category,candidate_code,candidate_name,eligible,flags,desk_score,desk_rank,"
			+ "jury_score,final_score,final_rank";

	/**
	 * Rows formatted per task: large enough to amortise a task, small enough to keep
	 * memory flat.
	 */
	private static final int CHUNK = 16_384;

	private ResultsCsv() {
	}

	/**
	 * Writes every row in order. Chunks of rows are formatted straight to bytes in
	 * parallel, a few at a time, and written in order: formatting 750,000 rows is most of
	 * the work.
	 */
	static void write(Evaluation evaluation, OutputStream out) throws IOException {
		SafeCsvBytes header = new SafeCsvBytes(HEADER.length() + 1, SafeCsvWriter.LineEnding.LF);
		for (String column : HEADER.split(",")) {
			header.field(column);
		}
		header.endRecord().writeTo(out);
		Evaluation.Rows rows = evaluation.rows();
		int chunks = (rows.size() + CHUNK - 1) / CHUNK;
		int batch = 2 * Runtime.getRuntime().availableProcessors();
		for (int first = 0; first < chunks; first += batch) {
			int from = first;
			SafeCsvBytes[] text = new SafeCsvBytes[Math.min(batch, chunks - first)];
			IntStream.range(0, text.length)
				.parallel()
				.forEach(c -> text[c] = format(evaluation, rows, (from + c) * CHUNK,
						Math.min(rows.size(), (from + c + 1) * CHUNK)));
			for (SafeCsvBytes t : text) {
				t.writeTo(out);
			}
		}
		out.flush();
	}

	private static SafeCsvBytes format(Evaluation evaluation, Evaluation.Rows rows, int from, int to) {
		SafeCsvBytes csv = new SafeCsvBytes((to - from) * 96, SafeCsvWriter.LineEnding.LF);
		for (int row = from; row < to; row++) {
			CategoryResult r = evaluation.scored(rows.category()[row]).result();
			int i = rows.candidate()[row];
			CandidateTable t = r.candidates();
			csv.field(r.level().name())
				.field(t.scope(i))
				.field(r.category().name())
				.field(t.code(i))
				.field(t.name(i))
				.field(r.eligible(i) ? "true" : "false")
				.field(String.join(";", r.flags(i)))
				.field(score(r.deskScore(i)))
				.field(rank(r.deskRank(i)))
				.field(score(r.hasJuryScore(i) ? r.juryScore(i) : Double.NaN))
				.field(score(r.finalScore(i)))
				.field(rank(r.finalRank(i)))
				.endRecord();
		}
		return csv;
	}

	/** A rank, or nothing when there is none. */
	static String rank(int rank) {
		return (rank == CategoryResult.NO_RANK) ? "" : Integer.toString(rank);
	}

	/**
	 * A published score with exactly 2 decimals; nothing for NaN (no such score).
	 * Published scores are already rounded to cents, so rounding to the nearest cent only
	 * undoes the binary representation.
	 */
	static String score(double published) {
		if (Double.isNaN(published)) {
			return "";
		}
		long cents = Math.round(published * 100);
		StringBuilder b = new StringBuilder(8);
		if (cents < 0) {
			b.append('-');
			cents = -cents;
		}
		b.append(cents / 100).append('.');
		return b.append((char) ('0' + cents % 100 / 10)).append((char) ('0' + cents % 10)).toString();
	}

}
