package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;

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

	static void write(Evaluation evaluation, Writer out) throws IOException {
		out.write(HEADER);
		out.write('\n');
		StringBuilder line = new StringBuilder(256);
		for (int[] row : evaluation.rows()) {
			CategoryResult r = evaluation.scored(row[0]).result();
			int i = row[1];
			CandidateTable t = r.candidates();
			line.setLength(0);
			line.append(r.level()).append(',');
			line.append(field(t.scope(i))).append(',');
			line.append(r.category()).append(',');
			line.append(field(t.code(i))).append(',');
			line.append(field(t.name(i))).append(',');
			line.append(r.eligible(i)).append(',');
			line.append(field(String.join(";", r.flags(i)))).append(',');
			line.append(score(r.deskScore(i))).append(',');
			line.append(rank(r.deskRank(i))).append(',');
			line.append(r.hasJuryScore(i) ? score(r.juryScore(i)) : "").append(',');
			line.append(score(r.finalScore(i))).append(',');
			line.append(rank(r.finalRank(i))).append('\n');
			out.append(line);
		}
		out.flush();
	}

	/** A published score with exactly 2 decimals; empty for NaN (no such score). */
	static String score(double published) {
		return Double.isNaN(published) ? ""
				: BigDecimal.valueOf(published).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	private static String rank(int rank) {
		return (rank == CategoryResult.NO_RANK) ? "" : Integer.toString(rank);
	}

	/** A CSV field, quoted when it holds a comma, quote or line break. */
	static String field(String value) {
		for (int k = 0; k < value.length(); k++) {
			char c = value.charAt(k);
			if (c == ',' || c == '"' || c == '\n' || c == '\r') {
				return '"' + value.replace("\"", "\"\"") + '"';
			}
		}
		return value;
	}

}
