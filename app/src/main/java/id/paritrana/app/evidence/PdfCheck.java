package id.paritrana.app.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import id.paritrana.app.system.InvalidInputException;

/**
 * Whether uploaded bytes are a PDF, by their content and never by the file's name or the
 * browser's content type: they begin with {@code %PDF-} and Apache PDFBox parses them into a
 * document of at least one page.
 */
final class PdfCheck {

	private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private PdfCheck() {
	}

	/**
	 * The number of pages of a valid PDF.
	 * @throws InvalidInputException ({@code file}) when the bytes are not one
	 */
	static int pages(byte[] content) {
		if (content.length < MAGIC.length || !Arrays.equals(content, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			throw notPdf();
		}
		try (PDDocument document = Loader.loadPDF(content)) {
			int pages = document.getNumberOfPages();
			if (pages < 1) {
				throw notPdf();
			}
			return pages;
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw notPdf();
		}
	}

	private static InvalidInputException notPdf() {
		return new InvalidInputException("file", "evidence.error.notPdf");
	}

}
