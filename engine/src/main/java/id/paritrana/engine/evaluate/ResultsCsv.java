package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.IntStream;

import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;

/**
 * {@code results.csv} of DESIGN §7.1 in UTF-8: {@code true}/{@code false}, flags
 * {@code ;}-separated and sorted, scores with exactly 2 decimals, empty where not applicable.
 */
final class ResultsCsv {

	static final String HEADER = "level,scope,category,candidate_code,candidate_name,eligible,flags,desk_score,desk_rank,"
			+ "jury_score,final_score,final_rank";

	/** Rows formatted per task: large enough to amortise a task, small enough to keep memory flat. */
	private static final int CHUNK = 16_384;

	private ResultsCsv() {
	}

	/**
	 * Writes every row in order. Chunks of rows are formatted straight to bytes in parallel,
	 * a few at a time, and written in order: formatting 750,000 rows is most of the work.
	 */
	static void write(Evaluation evaluation, OutputStream out) throws IOException {
		out.write((HEADER + "\n").getBytes(StandardCharsets.US_ASCII));
		Evaluation.Rows rows = evaluation.rows();
		int chunks = (rows.size() + CHUNK - 1) / CHUNK;
		int batch = 2 * Runtime.getRuntime().availableProcessors();
		for (int first = 0; first < chunks; first += batch) {
			int from = first;
			Bytes[] text = new Bytes[Math.min(batch, chunks - first)];
			IntStream.range(0, text.length)
				.parallel()
				.forEach(c -> text[c] = format(evaluation, rows, (from + c) * CHUNK,
						Math.min(rows.size(), (from + c + 1) * CHUNK)));
			for (Bytes t : text) {
				out.write(t.bytes, 0, t.length);
			}
		}
		out.flush();
	}

	private static Bytes format(Evaluation evaluation, Evaluation.Rows rows, int from, int to) {
		Bytes line = new Bytes((to - from) * 96);
		for (int row = from; row < to; row++) {
			CategoryResult r = evaluation.scored(rows.category()[row]).result();
			int i = rows.candidate()[row];
			CandidateTable t = r.candidates();
			line.text(r.level().name()).comma();
			line.field(t.scope(i)).comma();
			line.text(r.category().name()).comma();
			line.field(t.code(i)).comma();
			line.field(t.name(i)).comma();
			line.text(r.eligible(i) ? "true" : "false").comma();
			line.field(String.join(";", r.flags(i))).comma();
			line.score(r.deskScore(i)).comma();
			line.rank(r.deskRank(i)).comma();
			line.score(r.hasJuryScore(i) ? r.juryScore(i) : Double.NaN).comma();
			line.score(r.finalScore(i)).comma();
			line.rank(r.finalRank(i)).newLine();
		}
		return line;
	}

	/** A growable UTF-8 byte buffer with the few formats of a results row. */
	static final class Bytes {

		byte[] bytes;

		int length;

		Bytes(int capacity) {
			this.bytes = new byte[Math.max(capacity, 64)];
		}

		private void room(int n) {
			if (this.length + n > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, Math.max(this.bytes.length * 2, this.length + n));
			}
		}

		private Bytes put(char c) {
			room(1);
			this.bytes[this.length++] = (byte) c;
			return this;
		}

		Bytes comma() {
			return put(',');
		}

		Bytes newLine() {
			return put('\n');
		}

		/** Text as UTF-8. */
		Bytes text(String s) {
			return put(s.getBytes(StandardCharsets.UTF_8));
		}

		private Bytes put(byte[] utf8) {
			room(utf8.length);
			System.arraycopy(utf8, 0, this.bytes, this.length, utf8.length);
			this.length += utf8.length;
			return this;
		}

		/** A CSV field, quoted when it holds a comma, quote or line break. */
		Bytes field(String value) {
			// getBytes is an intrinsic copy for the usual ASCII text; scanning bytes beats charAt
			byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
			for (byte c : utf8) {
				if (c == ',' || c == '"' || c == '\n' || c == '\r') {
					return put('"').text(value.replace("\"", "\"\"")).put('"');
				}
			}
			return put(utf8);
		}

		Bytes number(long v) {
			if (v < 0) {
				put('-');
				v = -v;
			}
			if (v >= 10) {
				number(v / 10);
			}
			return put((char) ('0' + (v % 10)));
		}

		/** A rank, or nothing when there is none. */
		Bytes rank(int rank) {
			return (rank == CategoryResult.NO_RANK) ? this : number(rank);
		}

		/**
		 * A published score with exactly 2 decimals; nothing for NaN (no such score).
		 * Published scores are already rounded to cents, so rounding to the nearest cent only
		 * undoes the binary representation.
		 */
		Bytes score(double published) {
			if (Double.isNaN(published)) {
				return this;
			}
			long cents = Math.round(published * 100);
			if (cents < 0) {
				put('-');
				cents = -cents;
			}
			number(cents / 100).put('.');
			return put((char) ('0' + cents % 100 / 10)).put((char) ('0' + cents % 10));
		}

		@Override
		public String toString() {
			return new String(this.bytes, 0, this.length, StandardCharsets.UTF_8);
		}

	}

}
