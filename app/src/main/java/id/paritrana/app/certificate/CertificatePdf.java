package id.paritrana.app.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.stereotype.Component;

import id.paritrana.app.system.AreaNames;
import id.paritrana.app.system.DocumentCache;
import id.paritrana.app.system.PdfDocuments;
import id.paritrana.engine.rubric.Level;

/**
 * Renders a certificate to PDF: an Indonesian HTML template laid out as PDF, with a QR
 * code (ZXing) of the verification URL embedded as a PNG data URI.
 */
@Component
public class CertificatePdf {

	static final String TEMPLATE = "certificate/piagam";

	/**
	 * Certificates are issued in Bahasa Indonesia, whatever the language of the person
	 * downloading them.
	 */
	static final Locale INDONESIAN = Locale.forLanguageTag("id");

	private final PdfDocuments documents;

	private final AreaNames areas;

	private final DocumentCache cache;

	CertificatePdf(PdfDocuments documents, AreaNames areas, DocumentCache cache) {
		this.documents = documents;
		this.cache = cache;
		this.areas = areas;
	}

	/** The verification URL of a code under a public base URL (no trailing slash). */
	public static String verificationUrl(String baseUrl, String code) {
		return baseUrl + "/verifikasi/" + code;
	}

	/**
	 * Writes the PDF of one certificate, laid out once per certificate and address (an
	 * issued certificate never changes); {@code out} stays open.
	 */
	public void render(Certificate certificate, String baseUrl, OutputStream out) throws IOException {
		out.write(render(certificate, baseUrl));
	}

	/** The PDF of one certificate, laid out once per certificate and address. */
	public byte[] render(Certificate certificate, String baseUrl) {
		return this.cache.get("certificate:" + certificate.code() + "@" + baseUrl,
				out -> lay(certificate, baseUrl, out));
	}

	private void lay(Certificate certificate, String baseUrl, OutputStream out) {
		String url = verificationUrl(baseUrl, certificate.code());
		Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("c", certificate);
		variables.put("url", url);
		variables.put("qr", "data:image/png;base64," + Base64.getEncoder().encodeToString(qrPng(url)));
		variables.put("region", region(certificate));
		variables.put("signatories", signatories(certificate));
		this.documents.render(TEMPLATE, INDONESIAN, variables, out);
	}

	/**
	 * The message keys of the signatories' titles: the national signatories, or the
	 * province's.
	 */
	static List<String> signatories(Certificate certificate) {
		return (certificate.level() == Level.NASIONAL)
				? List.of("certificate.pdf.signatory.national.1", "certificate.pdf.signatory.national.2")
				: List.of("certificate.pdf.signatory.province.1", "certificate.pdf.signatory.province.2");
	}

	private String region(Certificate certificate) {
		return this.areas.ofScope(certificate.scope());
	}

	static byte[] qrPng(String text) {
		try {
			BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
			int scale = 8;
			BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
					BufferedImage.TYPE_BYTE_BINARY);
			for (int y = 0; y < image.getHeight(); y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
				}
			}
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		}
		catch (WriterException | IOException ex) {
			throw new IllegalStateException("QR code of " + text, ex);
		}
	}

}
