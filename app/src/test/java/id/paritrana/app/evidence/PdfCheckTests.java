package id.paritrana.app.evidence;

import static id.paritrana.app.evidence.HostilePdfs.GB;
import static id.paritrana.app.evidence.HostilePdfs.MB;
import static id.paritrana.app.evidence.HostilePdfs.ascii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import id.paritrana.app.system.InvalidInputException;

/**
 * The check of evidence PDFs refuses, each with its own message, compression bombs (also
 * in object streams, chained, behind escaped names or undeclared), encryption, active
 * content, embedded files, ZIP polyglots, trailing data and too many pages, and accepts
 * ordinary PDFs. Every hostile document is made here; none is ever decoded in full.
 */
class PdfCheckTests {

	private final List<PdfCheck> checks = new ArrayList<>();

	PdfCheck check(EvidenceProperties properties) {
		PdfCheck check = new PdfCheck(properties);
		this.checks.add(check);
		return check;
	}

	PdfCheck check() {
		return check(EvidenceProperties.defaults());
	}

	@AfterEach
	void close() {
		this.checks.forEach(PdfCheck::destroy);
	}

	static void refused(PdfCheck check, byte[] pdf, String key) {
		assertThatThrownBy(() -> check.pages(pdf)).isInstanceOfSatisfying(InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement().satisfies(p -> {
					assertThat(p.field()).isEqualTo("file");
					assertThat(p.messageKey()).isEqualTo(key);
				}));
	}

	@Test
	void ordinaryPdfsWithPagesImagesAndFontsAreAccepted() {
		assertThat(check().pages(HostilePdfs.ordinary(5))).isEqualTo(5);
		assertThat(check().pages(id.paritrana.app.demo.DemoPdf.of("Perda", "Nomor 1"))).isEqualTo(1);
		// hand-made, with a classic cross-reference table and a small deflated content
		// stream
		assertThat(check().pages(HostilePdfs.withContent("/Filter /FlateDecode",
				HostilePdfs.deflate(ascii("BT /F1 12 Tf 72 720 Td (Halo) Tj ET")))))
			.isEqualTo(1);
		// two filters chained, one of them behind an escaped name
		assertThat(check().pages(HostilePdfs.withContent("/Filter [/ASCIIHexDecode /Fl#61teDecode]",
				ascii(java.util.HexFormat.of().formatHex(HostilePdfs.deflate(ascii("BT ET"))) + ">"))))
			.isEqualTo(1);
	}

	@Test
	void anObjectStreamThatDecodesWithinTheBudgetIsAccepted() {
		// the same construction as the bombs below, only smaller: what refuses them is
		// their size
		assertThat(check().pages(HostilePdfs.objectStreamBomb(4 * MB))).isEqualTo(1);
		EvidenceProperties tight = new EvidenceProperties(DataSize.ofMegabytes(10), DataSize.ofMegabytes(2), 500,
				Duration.ofSeconds(10), 1, 1);
		refused(check(tight), HostilePdfs.objectStreamBomb(4 * MB), PdfInspection.TOO_COMPLEX);
	}

	@Test
	void anObjectStreamBombOfAGigabyteIsRefusedBeforePdfboxReadsIt() {
		byte[] bomb = HostilePdfs.objectStreamBomb(GB);
		assertThat(bomb.length).isLessThan((int) (2 * MB));
		refused(check(), bomb, PdfInspection.TOO_COMPLEX);
	}

	@Test
	void anObjectStreamBombOfEightGigabytesIsRefused() {
		byte[] bomb = HostilePdfs.objectStreamBomb(8 * GB);
		assertThat(bomb.length).isBetween((int) (7 * MB), (int) (10 * MB));
		refused(check(), bomb, PdfInspection.TOO_COMPLEX);
	}

	@Test
	void aContentStreamBombIsRefusedHoweverItIsDeclared() {
		byte[] zeros = HostilePdfs.zlibZeros(new byte[0], GB);
		refused(check(), HostilePdfs.withContent("/Filter /FlateDecode", zeros), PdfInspection.TOO_COMPLEX);
		refused(check(), HostilePdfs.withContent("/Filter /Fl#61teDecode", zeros), PdfInspection.TOO_COMPLEX);
		refused(check(), HostilePdfs.withContent("/Filter [/Fl]", zeros), PdfInspection.TOO_COMPLEX);
		// deflated twice: a few kilobytes
		byte[] twice = HostilePdfs.deflate(zeros);
		assertThat(twice.length).isLessThan(100_000);
		refused(check(), HostilePdfs.withContent("/Filter [/FlateDecode /FlateDecode]", twice),
				PdfInspection.TOO_COMPLEX);
		// no filter declared, but zlib data all the same
		refused(check(), HostilePdfs.withContent("", zeros), PdfInspection.TOO_COMPLEX);
		// deflated twice and wrapped in ASCII85
		refused(check(), HostilePdfs.withContent("/Filter [/ASCII85Decode /FlateDecode /FlateDecode]", ascii85(twice)),
				PdfInspection.TOO_COMPLEX);
	}

	@Test
	void runLengthAndLzwAreDecodedAndCountedToo() throws Exception {
		// run length: two bytes for 128 zeros, 64 to 1
		java.io.ByteArrayOutputStream runs = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < 2_200_000; i++) {
			runs.write(129);
			runs.write(0);
		}
		runs.write(128);
		refused(check(), HostilePdfs.withContent("/Filter /RunLengthDecode", runs.toByteArray()),
				PdfInspection.TOO_COMPLEX);
		// LZW: clear, B, T, space, E, T, end, in nine-bit codes
		byte[] lzw = bits(9, 256, 'B', 'T', ' ', 'E', 'T', 257);
		assertThat(new PdfStreamDecoders.LzwInput(new java.io.ByteArrayInputStream(lzw), 1).readAllBytes())
			.isEqualTo(ascii("BT ET"));
		assertThat(check().pages(HostilePdfs.withContent("/Filter /LZWDecode", lzw))).isEqualTo(1);
		// a string seen before stands for all of it: code 258 is "BT"
		assertThat(new PdfStreamDecoders.LzwInput(new java.io.ByteArrayInputStream(bits(9, 'B', 'T', 258, 257)), 1)
			.readAllBytes()).isEqualTo(ascii("BTBT"));
	}

	static byte[] bits(int size, int... codes) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		long buffer = 0;
		int count = 0;
		for (int code : codes) {
			buffer = (buffer << size) | code;
			count += size;
			while (count >= 8) {
				out.write((int) (buffer >> (count - 8)) & 0xff);
				count -= 8;
			}
		}
		if (count > 0) {
			out.write((int) (buffer << (8 - count)) & 0xff);
		}
		return out.toByteArray();
	}

	@Test
	void aLengthOfAnotherObjectIsFollowedAsPdfboxDoes() {
		byte[] zeros = HostilePdfs.zlibZeros(new byte[0], GB);
		byte[] pdf = HostilePdfs
			.classic(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
					"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
					"<< /Filter /FlateDecode /Length 5 0 R >>", Integer.toString(zeros.length)), 4, zeros, "");
		refused(check(), pdf, PdfInspection.TOO_COMPLEX);
		// as some writers do for every stream: sound, and accepted
		byte[] text = HostilePdfs.deflate(ascii("BT /F1 12 Tf 72 720 Td (Halo) Tj ET"));
		assertThat(
				check().pages(HostilePdfs.classic(
						List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
								"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
								"<< /Filter /FlateDecode /Length 5 0 R >>", Integer.toString(text.length)),
						4, text, "")))
			.isEqualTo(1);
	}

	@Test
	void streamsAreFoundWhereverAReaderCouldFindThem() {
		byte[] zeros = HostilePdfs.zlibZeros(new byte[0], GB);
		// an object hidden in the data of an unfiltered stream, for a cross-reference to
		// point at
		byte[] hidden = HostilePdfs.concat(
				ascii("5 0 obj\n<< /Filter /FlateDecode /Length " + zeros.length + " >>\nstream\n"), zeros,
				ascii("\nendstream\nendobj\n"));
		refused(check(), HostilePdfs.withContent("", HostilePdfs.concat(ascii("%"), hidden)),
				PdfInspection.TOO_COMPLEX);
		// spaces and a carriage return after the keyword, comments before it
		byte[] pdf = HostilePdfs.withContent("/Filter /FlateDecode", zeros);
		refused(check(), replaceFirst(pdf, ">>\nstream\n", ">> % note\nstream   \r\n"), PdfInspection.TOO_COMPLEX);
		// no valid length: the data runs to endstream, as PDFBox reads it
		refused(check(), replaceFirst(pdf, "/Length " + zeros.length, "/Length 7"), PdfInspection.TOO_COMPLEX);
		// a stream dictionary that only a lenient reader would read is refused outright
		refused(check(), replaceFirst(pdf, "/Filter /FlateDecode", "/Filter /FlateDecode )"), PdfInspection.STRUCTURE);
	}

	static byte[] replaceFirst(byte[] data, String from, String to) {
		String text = new String(data, java.nio.charset.StandardCharsets.ISO_8859_1);
		int at = text.indexOf(from);
		assertThat(at).as(from).isNotNegative();
		return ascii(text.substring(0, at) + to + text.substring(at + from.length()));
	}

	@Test
	void predictorRowsAreBounded() {
		// a few hundred bytes for which PDFBox allocates two rows of 200 MB to undo the
		// predictor
		refused(check(), HostilePdfs.objectStreamBomb(0, "/DecodeParms << /Predictor 12 /Columns 200000000 >>"),
				PdfInspection.STRUCTURE);
		refused(check(), HostilePdfs.objectStreamBomb(0, "/DecodeParms [<< /Predictor 12 /Columns 9 0 R >>]"),
				PdfInspection.STRUCTURE);
		refused(check(), HostilePdfs.objectStreamBomb(0, "/DecodeParms 9 0 R"), PdfInspection.STRUCTURE);
	}

	@Test
	void filtersThatCannotBeReadBeforehandAreRefused() {
		byte[] data = HostilePdfs.deflate(ascii("BT ET"));
		refused(check(),
				HostilePdfs
					.classic(List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
							"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
							"<< /Filter 5 0 R /Length " + data.length + " >>", "/FlateDecode"), 4, data, ""),
				PdfInspection.STRUCTURE);
		refused(check(), HostilePdfs.withContent("/Filter [/FlateDecode 5 0 R]", data), PdfInspection.STRUCTURE);
		refused(check(), HostilePdfs.withContent("/Filter /Unheard", data), PdfInspection.STRUCTURE);
	}

	@Test
	void encryptedPdfsAreRefused() {
		refused(check(), HostilePdfs.encrypted("user"), PdfInspection.ENCRYPTED);
		// PDFBox would open this one, and decrypt and decode whatever it holds
		refused(check(), HostilePdfs.encrypted(""), PdfInspection.ENCRYPTED);
	}

	@Test
	void javaScriptAndOtherActiveContentIsRefused() {
		// made by PDFBox: the catalog and its action sit in a compressed object stream
		refused(check(), HostilePdfs.openActionJavaScript(), PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /JavaScript /JS (app.alert(1)) >>"),
				PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /J#61vaScript /J#53 (app.alert(1)) >>"),
				PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /Launch /F (cmd.exe) >>"), PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/AcroForm << /Fields [] /XFA (x) >>"), PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /SubmitForm /F (https://example.org) >>"),
				PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /ImportData /F (data.fdf) >>"),
				PdfInspection.ACTIVE);
		refused(check(), HostilePdfs.withCatalog("/OpenAction << /S /RichMediaExecute >>"), PdfInspection.ACTIVE);
	}

	@Test
	void embeddedFilesAreRefused() {
		refused(check(), HostilePdfs.embeddedFile(), PdfInspection.EMBEDDED);
	}

	@Test
	void zipPolyglotsAndTrailingDataAreRefused() {
		refused(check(), HostilePdfs.zipPolyglot(), PdfInspection.POLYGLOT);
		byte[] pdf = HostilePdfs.ordinary(1);
		refused(check(), HostilePdfs.concat(pdf, ascii("<html><script>alert(1)</script></html>")),
				PdfInspection.TRAILING);
		refused(check(), java.util.Arrays.copyOf(pdf, pdf.length - 7), PdfInspection.TRAILING);
		// whitespace after the end is fine
		assertThat(check().pages(HostilePdfs.concat(pdf, ascii("\r\n \0\n")))).isEqualTo(1);
	}

	@Test
	void theNumberOfPagesIsCapped() {
		assertThat(check().pages(HostilePdfs.blankPages(500))).isEqualTo(500);
		refused(check(), HostilePdfs.blankPages(501), PdfCheck.TOO_MANY_PAGES);
	}

	@Test
	void notAPdfIsStillRefusedAsBefore() {
		refused(check(), ascii("<html>not a pdf</html>"), PdfCheck.NOT_PDF);
		refused(check(), ascii("%PDF-1.7\nnothing else\n%%EOF\n"), PdfCheck.NOT_PDF);
	}

	@Test
	void aFullQueueAnswersBusyAndASlowCheckTimesOut() throws Exception {
		// one thread, one place in the queue, a short time: a bomb checked under a huge
		// budget keeps it busy
		EvidenceProperties small = new EvidenceProperties(DataSize.ofMegabytes(10), DataSize.ofGigabytes(64), 500,
				Duration.ofMillis(300), 1, 1);
		PdfCheck check = check(small);
		byte[] bomb = HostilePdfs.objectStreamBomb(8 * GB);
		ExecutorService uploads = Executors.newFixedThreadPool(3);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<String>> answers = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				answers.add(uploads.submit(() -> {
					go.await();
					try {
						check.pages(bomb);
						return "accepted";
					}
					catch (InvalidInputException ex) {
						return ex.problems().get(0).messageKey();
					}
				}));
			}
			go.countDown();
			List<String> keys = new ArrayList<>();
			for (Future<String> answer : answers) {
				keys.add(answer.get());
			}
			assertThat(keys).contains(PdfCheck.TIMEOUT)
				.doesNotContain("accepted")
				.allMatch(k -> k.equals(PdfCheck.TIMEOUT) || k.equals(PdfCheck.BUSY));
		}
		finally {
			uploads.shutdownNow();
		}
	}

	static byte[] ascii85(byte[] data) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < data.length; i += 4) {
			int n = Math.min(4, data.length - i);
			long value = 0;
			for (int j = 0; j < 4; j++) {
				value = (value << 8) | ((j < n) ? (data[i + j] & 0xff) : 0);
			}
			char[] group = new char[5];
			for (int j = 4; j >= 0; j--) {
				group[j] = (char) ('!' + value % 85);
				value /= 85;
			}
			out.append(group, 0, n + 1);
		}
		return ascii(out.append("~>").toString());
	}

}
