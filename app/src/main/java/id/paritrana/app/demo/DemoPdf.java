package id.paritrana.app.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small real PDFs (a title and lines of text on one A4 page) standing in for scanned
 * evidence.
 */
public final class DemoPdf {

	private DemoPdf() {
	}

	/** A one-page PDF with a title and lines of plain (Latin-1) text. */
	public static byte[] of(String title, String... lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.newLineAtOffset(60, 770);
				text.setFont(bold, 14);
				text.showText(title);
				text.setFont(regular, 11);
				for (String line : lines) {
					text.newLineAtOffset(0, -18);
					text.showText(line);
				}
				text.endText();
			}
			document.getDocumentInformation().setTitle(title);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
