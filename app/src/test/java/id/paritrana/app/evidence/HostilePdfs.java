package id.paritrana.app.evidence;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;

/**
 * PDFs made in the test, sound and hostile: compression bombs are written without ever
 * holding their decoded bytes (a deflated megabyte of zeros, flushed so that it stands
 * alone, repeated).
 */
final class HostilePdfs {

	static final long MB = 1024 * 1024;

	static final long GB = 1024 * MB;

	private HostilePdfs() {
	}

	// --- compression bombs ---

	/**
	 * A zlib stream of {@code prefix} then {@code zeros} NUL bytes (whole megabytes),
	 * written directly.
	 */
	static byte[] zlibZeros(byte[] prefix, long zeros) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0x78);
		out.write(0xDA);
		out.writeBytes(rawChunk(prefix));
		byte[] megabyte = rawChunk(new byte[(int) MB]);
		for (long i = 0; i < zeros / MB; i++) {
			out.writeBytes(megabyte);
		}
		// an empty final block with fixed codes, then the Adler-32 of everything
		out.write(0x03);
		out.write(0x00);
		Adler32 adler = new Adler32();
		adler.update(prefix);
		long a = adler.getValue() & 0xffff;
		long b = adler.getValue() >>> 16;
		b = (b + a * ((zeros / MB * MB) % 65521)) % 65521;
		long sum = (b << 16) | a;
		out.write((int) (sum >>> 24));
		out.write((int) (sum >>> 16) & 0xff);
		out.write((int) (sum >>> 8) & 0xff);
		out.write((int) sum & 0xff);
		return out.toByteArray();
	}

	/** Raw deflate of the bytes, fully flushed: it refers to nothing before it. */
	private static byte[] rawChunk(byte[] data) {
		Deflater deflater = new Deflater(9, true);
		deflater.setInput(data);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		while (true) {
			int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
			out.write(buffer, 0, n);
			if (n < buffer.length && deflater.needsInput()) {
				break;
			}
		}
		deflater.end();
		return out.toByteArray();
	}

	static byte[] deflate(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(9))) {
			deflater.write(data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * A valid PDF whose catalog and page tree live in an object stream (FlateDecode) that
	 * decodes to them followed by {@code zeros} NUL bytes (whitespace to a PDF reader).
	 */
	static byte[] objectStreamBomb(long zeros) {
		return objectStreamBomb(zeros, "");
	}

	/** The same, with more entries in the object stream's dictionary. */
	static byte[] objectStreamBomb(long zeros, String objectStreamEntries) {
		String catalog = "<< /Type /Catalog /Pages 3 0 R >>";
		String pages = "<< /Type /Pages /Kids [4 0 R] /Count 1 >>";
		String header = "2 0 3 " + (catalog.length() + 1) + " ";
		byte[] content = ascii(header + catalog + " " + pages + " ");
		byte[] data = zlibZeros(content, zeros);
		Writer pdf = new Writer();
		long[] offsets = new long[6];
		offsets[1] = pdf.object(1, "<< /Type /ObjStm /N 2 /First " + header.length() + " /Filter /FlateDecode /Length "
				+ data.length + " " + objectStreamEntries + " >>", data);
		offsets[4] = pdf.object(4, "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>", null);
		ByteArrayOutputStream xref = new ByteArrayOutputStream();
		int[][] entries = { { 0, 0, 0xffff }, { 1, (int) offsets[1], 0 }, { 2, 1, 0 }, { 2, 1, 1 },
				{ 1, (int) offsets[4], 0 }, { 1, pdf.size(), 0 } };
		for (int[] e : entries) {
			xref.write(e[0]);
			xref.write(e[1] >>> 24);
			xref.write(e[1] >>> 16);
			xref.write(e[1] >>> 8);
			xref.write(e[1]);
			xref.write(e[2] >>> 8);
			xref.write(e[2]);
		}
		int start = pdf.size();
		pdf.object(5, "<< /Type /XRef /Size 6 /W [1 4 2] /Root 2 0 R /Length " + xref.size() + " >>",
				xref.toByteArray());
		pdf.text("startxref\n" + start + "\n%%EOF\n");
		return pdf.bytes();
	}

	/**
	 * A one-page PDF (classic cross-reference table) whose content stream is the given
	 * dictionary and data.
	 */
	static byte[] withContent(String streamEntries, byte[] data) {
		return classic(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
				"<< " + streamEntries + " /Length " + data.length + " >>"), 4, data, "");
	}

	/** A one-page PDF with a catalog of extra entries. */
	static byte[] withCatalog(String catalogEntries) {
		return classic(List.of("<< /Type /Catalog /Pages 2 0 R " + catalogEntries + " >>",
				"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"),
				0, null, "");
	}

	/**
	 * Objects 1… (the one numbered {@code streamObject} with the data as its stream), a
	 * table and a trailer.
	 */
	static byte[] classic(List<String> objects, int streamObject, byte[] data, String trailerEntries) {
		Writer pdf = new Writer();
		long[] offsets = new long[objects.size() + 1];
		for (int i = 1; i <= objects.size(); i++) {
			offsets[i] = pdf.object(i, objects.get(i - 1), (i == streamObject) ? data : null);
		}
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 " + offsets.length + "\n0000000000 65535 f \n");
		for (int i = 1; i < offsets.length; i++) {
			table.append(String.format("%010d 00000 n \n", offsets[i]));
		}
		table.append("trailer\n<< /Size " + offsets.length + " /Root 1 0 R " + trailerEntries + " >>\nstartxref\n"
				+ xref + "\n%%EOF\n");
		pdf.text(table.toString());
		return pdf.bytes();
	}

	private static final class Writer {

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		Writer() {
			text("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
		}

		long object(int number, String dictionary, byte[] stream) {
			int offset = this.out.size();
			text(number + " 0 obj\n" + dictionary + "\n");
			if (stream != null) {
				text("stream\n");
				this.out.writeBytes(stream);
				text("\nendstream\n");
			}
			text("endobj\n");
			return offset;
		}

		void text(String text) {
			this.out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
		}

		int size() {
			return this.out.size();
		}

		byte[] bytes() {
			return this.out.toByteArray();
		}

	}

	// --- documents made with PDFBox ---

	/**
	 * An ordinary document: several pages of text in standard fonts, a lossless and a
	 * JPEG image.
	 */
	static byte[] ordinary(int pageCount) {
		try (PDDocument document = new PDDocument()) {
			BufferedImage picture = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
			Graphics2D g = picture.createGraphics();
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 320, 200);
			g.setColor(new Color(0, 90, 160));
			g.fillOval(40, 20, 240, 160);
			g.dispose();
			PDImageXObject lossless = LosslessFactory.createFromImage(document, picture);
			PDImageXObject jpeg = JPEGFactory.createFromImage(document, picture);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			PDType1Font serif = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
			for (int p = 1; p <= pageCount; p++) {
				PDPage page = new PDPage(PDRectangle.A4);
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(bold, 14);
					content.newLineAtOffset(60, 770);
					content.showText("Peraturan Daerah halaman " + p);
					content.setFont(serif, 11);
					for (int line = 0; line < 30; line++) {
						content.newLineAtOffset(0, -16);
						content
							.showText("Pasal " + line + ": pekerja rentan dilindungi jaminan sosial ketenagakerjaan.");
					}
					content.endText();
					content.drawImage((p % 2 == 0) ? lossless : jpeg, 60, 80, 160, 100);
				}
			}
			document.getDocumentInformation().setTitle("Peraturan Daerah");
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A document of that many blank pages. */
	static byte[] blankPages(int count) {
		try (PDDocument document = new PDDocument()) {
			for (int i = 0; i < count; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A PDFBox document (objects in compressed object streams) that runs JavaScript when
	 * opened.
	 */
	static byte[] openActionJavaScript() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('hello');"));
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDFBox document carrying an embedded file. */
	static byte[] embeddedFile() {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			PDEmbeddedFile file = new PDEmbeddedFile(document,
					new java.io.ByteArrayInputStream(ascii("MZ not really a program")));
			file.setSubtype("application/octet-stream");
			PDComplexFileSpecification spec = new PDComplexFileSpecification();
			spec.setFile("setup.exe");
			spec.setEmbeddedFile(file);
			PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
			tree.setNames(java.util.Map.of("setup.exe", spec));
			PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
			names.setEmbeddedFiles(tree);
			document.getDocumentCatalog().setNames(names);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A document with an owner password and that user password (empty: opens without
	 * one).
	 */
	static byte[] encrypted(String userPassword) {
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage(PDRectangle.A4));
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", userPassword,
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			return save(document);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A sound PDF with a ZIP archive laid before its end, whose comment is the PDF's last
	 * line.
	 */
	static byte[] zipPolyglot() {
		byte[] pdf = ordinary(1);
		byte[] end = ascii("%%EOF\n");
		int cut = lastIndexOf(pdf, end);
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("payload.html"));
			out.write(ascii("<script>alert(1)</script>"));
			out.closeEntry();
			out.setComment("\n%%EOF\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ByteArrayOutputStream polyglot = new ByteArrayOutputStream();
		polyglot.write(pdf, 0, cut);
		polyglot.writeBytes(zip.toByteArray());
		return polyglot.toByteArray();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Arrays.stream(parts).forEach(out::writeBytes);
		return out.toByteArray();
	}

	private static byte[] save(PDDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		document.save(out);
		return out.toByteArray();
	}

	static int lastIndexOf(byte[] data, byte[] pattern) {
		List<Integer> found = new ArrayList<>();
		outer: for (int i = data.length - pattern.length; i >= 0; i--) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			found.add(i);
			break;
		}
		return found.isEmpty() ? -1 : found.get(0);
	}

	static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
