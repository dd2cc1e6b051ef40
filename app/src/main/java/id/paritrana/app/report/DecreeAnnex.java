package id.paritrana.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.paritrana.app.result.ResultRow;
import id.paritrana.app.result.Results;
import id.paritrana.app.result.Snapshot;
import id.paritrana.app.system.DocumentCache;
import id.paritrana.app.system.PdfDocuments;
import id.paritrana.engine.rubric.Category;

/**
 * The annex of the decree of a determined level (DESIGN §3 PENETAPAN): the ranked
 * eligible candidates of each category, juara 1–3 marked, under the snapshot's id,
 * revision and SHA-256 — as PDF (one table per category) and XLSX (one sheet per
 * category). Always in Bahasa Indonesia.
 */
@Service
public class DecreeAnnex {

	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final Results results;

	private final PdfDocuments documents;

	private final MessageSource messages;

	private final DocumentCache cache;

	DecreeAnnex(Results results, PdfDocuments documents, MessageSource messages, DocumentCache cache) {
		this.results = results;
		this.cache = cache;
		this.documents = documents;
		this.messages = messages;
	}

	/**
	 * The ranked (eligible, final-ranked) rows of a snapshot by category, in §4 order.
	 */
	Map<Category, List<ResultRow>> ranked(Snapshot snapshot) {
		Map<Category, List<ResultRow>> byCategory = new EnumMap<>(Category.class);
		for (ResultRow row : this.results.rows(snapshot.id())) {
			if (row.finalRank() != null) {
				byCategory.computeIfAbsent(row.category(), c -> new ArrayList<>()).add(row);
			}
		}
		return byCategory;
	}

	/** The annex as a workbook; made once per snapshot, which never changes. */
	public void xlsx(Snapshot snapshot, OutputStream out) throws IOException {
		this.cache.write("annex.xlsx:" + snapshot.id(), o -> writeXlsx(snapshot, o), out);
	}

	/** The annex as a PDF; made once per snapshot, which never changes. */
	public void pdf(Snapshot snapshot, String region, OutputStream out) throws IOException {
		this.cache.write("annex.pdf:" + snapshot.id() + ":" + region, o -> this.documents.render("report/annex",
				INDONESIAN, Map.of("snapshot", snapshot, "region", region, "ranked", ranked(snapshot)), o), out);
	}

	private void writeXlsx(Snapshot snapshot, OutputStream out) {
		try {
			Workbook workbook = new Workbook(out, "Paritrana", "1.0");
			for (Map.Entry<Category, List<ResultRow>> entry : ranked(snapshot).entrySet()) {
				Worksheet sheet = workbook.newWorksheet(entry.getKey().name());
				sheet.value(0, 0, text("report.annex.title") + " — " + text("category." + entry.getKey().name()));
				sheet.value(1, 0,
						text("report.annex.snapshot", String.valueOf(snapshot.id()),
								String.valueOf(snapshot.revision()), snapshot.level().name(), snapshot.scope(),
								String.valueOf(snapshot.editionYear())));
				sheet.value(2, 0, "SHA-256");
				sheet.value(2, 1, snapshot.sha256());
				String[] header = { text("report.annex.rank"), text("report.annex.code"), text("report.annex.name"),
						text("report.annex.desk"), text("report.annex.jury"), text("report.annex.final"),
						text("report.annex.juara") };
				for (int c = 0; c < header.length; c++) {
					sheet.value(4, c, header[c]);
					sheet.style(4, c).bold().set();
				}
				int r = 5;
				for (ResultRow row : entry.getValue()) {
					sheet.value(r, 0, row.finalRank());
					sheet.value(r, 1, row.candidateCode());
					sheet.value(r, 2, row.candidateName());
					number(sheet, r, 3, row.deskScore());
					number(sheet, r, 4, row.juryScore());
					number(sheet, r, 5, row.finalScore());
					if (row.juara() > 0) {
						sheet.value(r, 6, text("portal.juara", String.valueOf(row.juara())));
					}
					r++;
				}
				sheet.width(2, 40);
				sheet.finish();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void number(Worksheet sheet, int row, int column, BigDecimal value) {
		if (value != null) {
			sheet.value(row, column, value);
			sheet.style(row, column).format("0.00").set();
		}
	}

	private String text(String key, Object... args) {
		return this.messages.getMessage(key, args, INDONESIAN);
	}

}
