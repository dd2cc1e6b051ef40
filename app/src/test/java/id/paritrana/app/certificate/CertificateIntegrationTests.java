package id.paritrana.app.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.PublishedSnapshots;
import id.paritrana.app.edition.Editions;

/**
 * Certificates of a determined level: issued once per snapshot, rendered to a PDF whose
 * text names the recipient and rank and whose QR code decodes to the verification URL;
 * verified publicly, refusing unknown and altered codes; superseded by a revision.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertificateIntegrationTests {

	static final int YEAR = 2072;

	/**
	 * The edition whose level one test revises, so that no other test reads a revised
	 * level.
	 */
	static final int REVISED_YEAR = 2302;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	Certificates certificates;

	@Autowired
	UserDetailsService userDetails;

	@BeforeAll
	void determined() {
		forget();
		for (int year : new int[] { YEAR, REVISED_YEAR }) {
			this.editions.create("test", year, "Piagam " + year);
			long snapshot = snapshot(year, 1, null);
			row(snapshot, 1, "34.71", "Kota Yogyakarta", "81.25", 1);
			row(snapshot, 2, "34.02", "Kabupaten Bantul", "75.00", 2);
			row(snapshot, 3, "34.03", "Kabupaten Kulon Progo", "60.00", 4);
		}
	}

	@AfterAll
	void forget() {
		PublishedSnapshots.forget(this.jdbc, YEAR);
		PublishedSnapshots.forget(this.jdbc, REVISED_YEAR);
	}

	private long snapshot(int year, int revision, String reason) {
		return PublishedSnapshots.snapshot(this.jdbc, year, "PROVINSI", "34", revision, reason);
	}

	private void row(long snapshot, int position, String code, String name, String score, int rank) {
		PublishedSnapshots.row(this.jdbc, snapshot, position, "PEMKAB_PEMKOT", code, name, score, rank, "{}");
	}

	private RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

	private List<Certificate> issued() {
		return issued(YEAR);
	}

	private List<Certificate> issued(int year) {
		return this.certificates.issue("test", year, "34");
	}

	@Test
	void issuesOneCertificatePerJuaraWithAnUnguessableCodeAndOnlyOncePerSnapshot() throws Exception {
		this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/levels/34/certificates").with(as(DemoUsers.PANITIA_34))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
		List<Certificate> issued = issued();
		assertThat(issued).extracting(Certificate::candidateName)
			.containsExactly("Kota Yogyakarta", "Kabupaten Bantul");
		assertThat(issued).extracting(Certificate::place).containsExactly(1, 2);
		assertThat(issued).allSatisfy(c -> assertThat(c.code()).matches("[a-z2-7]{32}"));
		assertThat(issued.get(0).code()).isNotEqualTo(issued.get(1).code());
		// a verifier does not issue; nobody issues for an undetermined level
		this.mvc
			.perform(post("/api/v1/editions/" + YEAR + "/levels/34/certificates").with(as(DemoUsers.VERIFIKATOR_34))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/api/v1/editions/" + YEAR + "/levels/ID/certificates").with(as(DemoUsers.ADMIN)).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePdfNamesTheRecipientAndRankAndItsQrCodeLeadsToTheVerificationPage() throws Exception {
		Certificate first = issued().get(0);
		byte[] pdf = this.mvc
			.perform(get("/edisi/" + YEAR + "/piagam/34/" + first.code() + ".pdf").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kota Yogyakarta", "Juara 1", "Pemerintah Kabupaten/Kota",
					"Daerah Istimewa Yogyakarta", "Paritrana Award " + YEAR, first.snapshotDigest(), first.code());
			BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
			java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
			javax.imageio.ImageIO.write(page, "png", new java.io.File("target/screenshots/certificate-pdf.png"));
			String decoded = new MultiFormatReader()
				.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page))))
				.getText();
			assertThat(decoded).isEqualTo("http://localhost/verifikasi/" + first.code());
		}
		// another province's committee may not download it
		this.mvc
			.perform(get("/edisi/" + YEAR + "/piagam/34/" + first.code() + ".pdf").with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isForbidden());
	}

	@Test
	void verificationShowsTheRecordAndRefusesUnknownOrAlteredCodes() throws Exception {
		Certificate first = issued().get(0);
		String page = this.mvc.perform(get("/verifikasi/" + first.code()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Kota Yogyakarta", "verify-valid", first.snapshotDigest());
		char last = first.code().charAt(31);
		String altered = first.code().substring(0, 31) + (last == 'a' ? 'b' : 'a');
		for (String code : List.of(altered, first.code().toUpperCase(), first.code() + "a", "kode-palsu")) {
			String refused = this.mvc.perform(get("/verifikasi/" + code))
				.andExpect(status().isNotFound())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(refused).contains("Kode tidak valid").doesNotContain("Kota Yogyakarta");
		}
		this.mvc.perform(get("/api/v1/public/certificates/" + first.code()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.recipient").value("Kota Yogyakarta"))
			.andExpect(jsonPath("$.valid").value(true));
		this.mvc.perform(get("/api/v1/public/certificates/" + altered)).andExpect(status().isNotFound());
	}

	@Test
	void aRevisionSupersedesTheEarlierCertificatesAndTheZipHoldsTheCurrentOnes() throws Exception {
		List<Certificate> before = issued(REVISED_YEAR);
		long revised = snapshot(REVISED_YEAR, 2, "Koreksi data cakupan Bantul");
		row(revised, 1, "34.02", "Kabupaten Bantul", "82.00", 1);
		row(revised, 2, "34.71", "Kota Yogyakarta", "81.25", 2);
		row(revised, 3, "34.03", "Kabupaten Kulon Progo", "60.00", 3);
		List<Certificate> after = issued(REVISED_YEAR);
		assertThat(after).extracting(Certificate::revision).containsOnly(2);
		assertThat(after).extracting(Certificate::candidateName)
			.containsExactly("Kabupaten Bantul", "Kota Yogyakarta", "Kabupaten Kulon Progo");
		assertThat(this.certificates.verify(before.get(0).code())).get()
			.extracting(Certificate::valid)
			.isEqualTo(false);
		assertThat(this.mvc.perform(get("/verifikasi/" + before.get(0).code()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("verify-superseded");

		byte[] zip = this.mvc
			.perform(get("/edisi/" + REVISED_YEAR + "/piagam/34/piagam.zip").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<String> names = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				names.add(entry.getName());
				try (PDDocument document = Loader.loadPDF(in.readAllBytes())) {
					assertThat(document.getNumberOfPages()).isEqualTo(1);
				}
			}
		}
		assertThat(names).hasSize(3)
			.allSatisfy(n -> assertThat(n).endsWith(".pdf"))
			.anySatisfy(n -> assertThat(n).contains("juara-1-34.02"));
		String list = this.mvc.perform(get("/edisi/" + REVISED_YEAR + "/piagam/34").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("Kabupaten Kulon Progo", "Digantikan revisi");
	}

}
