package id.paritrana.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.assessment.Leaderboards;
import id.paritrana.app.dataset.CandidateMeasures;
import id.paritrana.app.dataset.DatasetImport;
import id.paritrana.app.dataset.DatasetVersions;
import id.paritrana.app.demo.DemoPdf;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;
import id.paritrana.app.system.Recomputed;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Evidence uploads through the API (checked by content, size and name, within the
 * operator's scope), their verification (reason required, audited) and the rule that only
 * accepted regulations count for {@code regulation_level}, on H2 and on PostgreSQL when
 * configured.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceIntegrationTests {

	static final int EDITION = 2061;

	@TempDir
	static Path dir;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Editions editions;

	@Autowired
	DatasetVersions versions;

	@Autowired
	DatasetImport imports;

	@Autowired
	Stages stages;

	@Autowired
	UserDetailsService users;

	@Autowired
	CandidateMeasures measures;

	@Autowired
	DeskScores deskScores;

	@Autowired
	Leaderboards leaderboards;

	@Autowired
	EvidenceRecords evidence;

	@Autowired
	Recomputations recomputations;

	@BeforeAll
	void edition() {
		EvidenceTestData.generate(dir, EDITION, "61");
		EvidenceTestData.importInto(dir, EDITION, this.editions, this.versions, this.imports);
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "34", Stages.NATIONAL);
		EvidenceTestData.forgetEvidence(this.jdbc, EDITION);
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");
	}

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static byte[] pdf(String title) {
		return DemoPdf.of(title, "Nomor 1 Tahun 2023");
	}

	MockMultipartHttpServletRequestBuilder upload(String code, String fileName, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart(
				"/api/v1/editions/" + EDITION + "/candidates/" + code + "/evidence");
		request.file(new MockMultipartFile("file", fileName, "application/pdf", content))
			.with(csrf())
			.param("kind", "REGULASI")
			.param("regulationType", "PERDA")
			.param("number", "7")
			.param("documentYear", "2023")
			.param("title", "Peraturan Daerah tentang Jaminan Sosial");
		return request;
	}

	long countAudit(String action, String actor) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND actor = :u")
			.param("a", action)
			.param("u", actor)
			.query(Long.class)
			.single();
	}

	@Test
	void aPdfIsStoredWithItsDigestAndServedAsAnAttachment() throws Exception {
		byte[] content = pdf("Perda Kota Yogyakarta");
		MvcResult result = this.mvc.perform(upload("34.71", "perda.pdf", content).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MENUNGGU"))
			.andExpect(jsonPath("$.pages").value(1))
			.andReturn();
		long id = Long.parseLong(result.getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));
		EvidenceItem item = this.evidence.require(EDITION, id);
		assertThat(item.sha256())
			.isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
		assertThat(item.sizeBytes()).isEqualTo(content.length);
		assertThat(countAudit("EVIDENCE_UPLOADED", DemoUsers.OPERATOR_PEMDA)).isPositive();

		MvcResult download = this.mvc
			.perform(get("/edisi/" + EDITION + "/bukti/" + id + "/berkas").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains("bukti-" + EDITION + "-" + id + "-regulasi.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(content);
		this.mvc
			.perform(
					get("/api/v1/editions/" + EDITION + "/evidence/" + id + "/file").with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
	}

	@Test
	void aFileThatIsNotAPdfByContentIsRefusedWhateverItsName() throws Exception {
		this.mvc
			.perform(upload("34.71", "laporan.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		// the magic alone is not enough: PDFBox must parse it
		this.mvc
			.perform(upload("34.71", "fake.pdf", "%PDF-1.7\nnothing else".getBytes(StandardCharsets.US_ASCII))
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		// a real PDF behind other bytes is not one either
		byte[] real = pdf("Perda");
		byte[] prefixed = new byte[real.length + 4];
		System.arraycopy("MZ\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, prefixed, 0, 4);
		System.arraycopy(real, 0, prefixed, 4, real.length);
		this.mvc.perform(upload("34.71", "x.pdf", prefixed).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedWithAMessage() throws Exception {
		byte[] big = Arrays.copyOf(pdf("Besar"), (int) this.evidence.maxFileSize() + 1);
		this.mvc.perform(upload("34.71", "besar.pdf", big).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("10 MB")));
	}

	@Test
	void hostileDocumentsAreRefusedWithAMessageAndNeverStored() throws Exception {
		long before = this.jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single();
		// a megabyte whose object stream decodes to a gigabyte: refused before PDFBox
		// reads it
		this.mvc
			.perform(upload("34.71", "bom.pdf", HostilePdfs.objectStreamBomb(HostilePdfs.GB))
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("256 MB")));
		this.mvc
			.perform(
					upload("34.71", "skrip.pdf", HostilePdfs.openActionJavaScript()).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("JavaScript")));
		this.mvc.perform(upload("34.71", "zip.pdf", HostilePdfs.zipPolyglot()).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("ZIP")));
		// the form shows the same message beside the file
		this.mvc
			.perform(multipart("/edisi/" + EDITION + "/kandidat/34.71/bukti")
				.file(new MockMultipartFile("file", "bom.pdf", "application/pdf",
						HostilePdfs.withContent("/Filter /Fl#61teDecode",
								HostilePdfs.zlibZeros(new byte[0], HostilePdfs.GB))))
				.param("kind", "REGULASI")
				.param("regulationType", "PERDA")
				.param("number", "8")
				.param("documentYear", "2023")
				.param("title", "Perda")
				.with(csrf())
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().is3xxRedirection())
			.andExpect(result -> assertThat(result.getFlashMap().get("uploadProblems")).asString()
				.contains("evidence.error.pdfTooComplex"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM evidence WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single()).isEqualTo(before);
		// an ordinary document of several pages, with images, is still taken
		this.mvc.perform(upload("34.71", "perda.pdf", HostilePdfs.ordinary(3)).with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pages").value(3));
	}

	@Test
	void hostileFileNamesAreOnlyCleanedLabelsAndNeverServed() throws Exception {
		for (String hostile : new String[] { "../../x.pdf", "<script>alert(1)</script>.pdf", "..\\..\\win.pdf" }) {
			MvcResult result = this.mvc
				.perform(upload("34.71", hostile, pdf("Perda")).with(as(DemoUsers.OPERATOR_PEMDA)))
				.andExpect(status().isOk())
				.andReturn();
			long id = Long.parseLong(result.getResponse().getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1"));
			EvidenceItem item = this.evidence.require(EDITION, id);
			assertThat(item.fileLabel()).doesNotContain("/").doesNotContain("\\").doesNotContain("..");
			String page = this.mvc.perform(get("/edisi/" + EDITION + "/bukti/" + id).with(as(DemoUsers.VERIFIKATOR_34)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("<script>alert(1)</script>");
			this.mvc.perform(get("/edisi/" + EDITION + "/bukti/" + id + "/berkas").with(as(DemoUsers.ADMIN)))
				.andExpect(header().string("Content-Disposition",
						org.hamcrest.Matchers.containsString("bukti-" + EDITION + "-" + id + "-regulasi.pdf")));
		}
	}

	@Test
	void uploadsAndDownloadsOutsideTheUsersScopeAreRefusedAndAudited() throws Exception {
		long deniedBefore = countAudit("ACCESS_DENIED", DemoUsers.OPERATOR_BU);
		this.mvc.perform(upload("34.71", "perda.pdf", pdf("Perda")).with(as(DemoUsers.OPERATOR_BU)))
			.andExpect(status().isForbidden());
		assertThat(countAudit("ACCESS_DENIED", DemoUsers.OPERATOR_BU)).isEqualTo(deniedBefore + 1);
		// the committee and the verifier read but never upload
		this.mvc.perform(upload("34.71", "perda.pdf", pdf("Perda")).with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());

		EvidenceItem elsewhere = this.evidence.uploadAs("test", EDITION, "34.04",
				new EvidenceForm("REGULASI", "PERKADA", "3", "2022", "Perbup Sleman", "", "", ""), "a.pdf", pdf("x"));
		long operatorDenied = countAudit("ACCESS_DENIED", DemoUsers.OPERATOR_PEMDA);
		this.mvc
			.perform(get("/edisi/" + EDITION + "/bukti/" + elsewhere.id() + "/berkas")
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/editions/" + EDITION + "/evidence/" + elsewhere.id() + "/file")
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isForbidden());
		assertThat(countAudit("ACCESS_DENIED", DemoUsers.OPERATOR_PEMDA)).isEqualTo(operatorDenied + 2);
		this.mvc.perform(get("/edisi/" + EDITION + "/bukti/" + elsewhere.id() + "/berkas").with(as(DemoUsers.PENILAI)))
			.andExpect(status().isForbidden());
	}

	@Test
	void evidenceOfAnotherProvinceIsOutsideTheVerifiersScope() throws Exception {
		EvidenceTestData.openLevels(EDITION, this.stages, this.users, "65");
		EvidenceItem item = this.evidence.uploadAs("test", EDITION, "65.01",
				new EvidenceForm("APBD", "", "", "", "APBD Malinau", "", "2023", "150000000"), "apbd.pdf", pdf("APBD"));
		this.mvc
			.perform(get("/edisi/" + EDITION + "/bukti/" + item.id() + "/berkas").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/" + item.id() + "/verification")
				.with(as(DemoUsers.VERIFIKATOR_34))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"DITERIMA\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/api/v1/editions/" + EDITION + "/evidence?province=65").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isForbidden());
		// the queue of the verifier holds its province only, oldest first; the admin's
		// holds all
		String queue = this.mvc
			.perform(get("/api/v1/editions/" + EDITION + "/evidence?size=200").with(as(DemoUsers.VERIFIKATOR_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(queue).doesNotContain("\"provinceCode\":\"65\"").doesNotContain("\"id\":" + item.id() + ",");
		this.mvc
			.perform(get("/api/v1/editions/" + EDITION + "/evidence?province=65&kind=APBD").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem((int) item.id())));
		// the admin verifies everywhere
		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/" + item.id() + "/verification")
				.with(as(DemoUsers.ADMIN))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"DITERIMA\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.item.status").value("DITERIMA"));
	}

	@Test
	void aRejectionNeedsAReasonWhichTheOperatorSees() throws Exception {
		EvidenceItem item = this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, "34.71", new EvidenceForm("MOU",
				"", "12/MOU/2023", "2023", "MoU dengan BPJS Ketenagakerjaan", "BPJS TK", "", ""), "mou.pdf",
				pdf("MoU"));
		this.mvc
			.perform(post("/api/v1/editions/" + EDITION + "/evidence/" + item.id() + "/verification")
				.with(as(DemoUsers.VERIFIKATOR_34))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"decision\":\"DITOLAK\",\"reason\":\"  \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(this.evidence.require(EDITION, item.id()).status()).isEqualTo(EvidenceStatus.MENUNGGU);

		long audited = countAudit("EVIDENCE_VERIFIED", DemoUsers.VERIFIKATOR_34);
		this.mvc
			.perform(
					post("/edisi/" + EDITION + "/bukti/" + item.id() + "/verifikasi").with(as(DemoUsers.VERIFIKATOR_34))
						.with(csrf())
						.param("decision", "DITOLAK")
						.param("reason", "MoU sudah tidak berlaku"))
			.andExpect(status().is3xxRedirection());
		EvidenceItem rejected = this.evidence.require(EDITION, item.id());
		assertThat(rejected.status()).isEqualTo(EvidenceStatus.DITOLAK);
		assertThat(rejected.reason()).isEqualTo("MoU sudah tidak berlaku");
		assertThat(rejected.verifiedBy()).isEqualTo(DemoUsers.VERIFIKATOR_34);
		assertThat(countAudit("EVIDENCE_VERIFIED", DemoUsers.VERIFIKATOR_34)).isEqualTo(audited + 1);
		String change = this.jdbc
			.sql("SELECT before_json || ' -> ' || after_json FROM audit_log WHERE action = 'EVIDENCE_VERIFIED'"
					+ " AND entity_id = :id")
			.param("id", Long.toString(item.id()))
			.query(String.class)
			.single();
		assertThat(change).contains("MENUNGGU").contains("DITOLAK").contains("MoU sudah tidak berlaku");

		this.mvc
			.perform(get("/api/v1/editions/" + EDITION + "/candidates/34.71/evidence")
				.with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + item.id() + ")].reason").value("MoU sudah tidak berlaku"));
		String page = this.mvc.perform(get("/edisi/" + EDITION + "/kandidat/34.71").with(as(DemoUsers.OPERATOR_PEMDA)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("MoU sudah tidak berlaku").contains("evidence-form");
	}

	@Test
	void onlyAnAcceptedRegulationCountsForTheRegulationLevel() {
		String code = "34.71";
		assertThat(level(code)).isEqualTo("NONE");
		double before = deskScore(code);

		EvidenceItem pending = this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, code,
				new EvidenceForm("REGULASI", "PERKADA", "21", "2023", "Perwal Jaminan Sosial", "", "", ""), "p.pdf",
				pdf("Perwal"));
		EvidenceItem rejected = this.evidence.uploadAs(DemoUsers.OPERATOR_PEMDA, EDITION, code,
				new EvidenceForm("REGULASI", "PERDA", "22", "2023", "Perda Jaminan Sosial", "", "", ""), "r.pdf",
				pdf("Perda"));
		DeskScores.Run run = this.deskScores.run(EDITION).orElseThrow();
		EvidenceRecords.Verified no = this.evidence.verifyAs("verifier", EDITION, rejected.id(), "DITOLAK",
				"Belum diundangkan");
		assertThat(no.recomputing()).isTrue();
		Recomputed.await(this.recomputations, EDITION);
		assertThat(this.deskScores.run(EDITION)).as("an unchanged level scores nothing again").contains(run);
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");
		assertThat(level(code)).as("pending and rejected regulations do not count").isEqualTo("NONE");

		EvidenceRecords.Verified yes = this.evidence.verifyAs("verifier", EDITION, pending.id(), "DITERIMA", null);
		assertThat(yes.recomputing()).isTrue();
		Recomputed.await(this.recomputations, EDITION);
		assertThat(level(code)).isEqualTo("PERKADA");
		// regulasi weighs 10 of the 70 desk points: PERKADA scores 80, so the desk score
		// rises by 80 × 10 / 70
		assertThat(deskScore(code) - before).isCloseTo(80.0 * 10 / 70, org.assertj.core.data.Offset.offset(0.011));
		assertThat(this.deskScores.run(EDITION).orElseThrow().computedBy()).isEqualTo("verifier");

		// a full computation agrees with the narrow one
		this.measures.compute(EDITION, "test");
		this.deskScores.compute(EDITION, "test");
		assertThat(level(code)).isEqualTo("PERKADA");

		this.evidence.verifyAs("verifier", EDITION, pending.id(), "DITOLAK", "Salah unggah");
		Recomputed.await(this.recomputations, EDITION);
		assertThat(level(code)).isEqualTo("NONE");
		assertThat(deskScore(code)).isEqualTo(before);
	}

	@Test
	void uploadsAreTakenOnlyWhileTheLevelCollectsOrVerifiesData() {
		// province 75's level was never started: it is in SOSIALISASI
		assertThatThrownBy(() -> this.evidence.uploadAs("test", EDITION, "75.01",
				new EvidenceForm("REGULASI", "PERDA", "1", "2023", "Perda", "", "", ""), "p.pdf", pdf("Perda")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).anyMatch(p -> p.messageKey().equals("evidence.error.stageClosed")));
	}

	@Test
	void aDescriptionIsCheckedFieldByFieldForItsKind() {
		assertThatThrownBy(() -> this.evidence.uploadAs("test", EDITION, "34.71",
				new EvidenceForm("REGULASI", "UNDANG_UNDANG", "", "3000", "", "", "", ""), "p.pdf", pdf("x")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::field)
						.containsExactlyInAnyOrder("title", "regulationType", "number", "year"));
		assertThatThrownBy(() -> this.evidence.uploadAs("test", EDITION, "34.71",
				new EvidenceForm("CSR", "", "", "", "CSR", "", "", ""), "p.pdf", pdf("x")))
			.isInstanceOfSatisfying(InvalidInputException.class,
					ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::messageKey)
						.containsExactly("evidence.error.kindNotFor"));
	}

	@Test
	void theApiIsDescribedInOpenApi() throws Exception {
		String docs = this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(docs).contains("/api/v1/editions/{year}/candidates/{code}/evidence")
			.contains("/api/v1/editions/{year}/evidence/{id}/verification")
			.contains("/api/v1/editions/{year}/evidence/{id}/file")
			.contains("/api/v1/editions/{year}/candidates/{code}/questionnaire")
			.contains("multipart/form-data");
	}

	private String level(String code) {
		return this.jdbc
			.sql("SELECT regulation_level FROM candidate_measure WHERE edition_year = :y AND candidate_code = :c")
			.param("y", EDITION)
			.param("c", code)
			.query(String.class)
			.single();
	}

	private double deskScore(String code) {
		return this.leaderboards.find(EDITION, Level.PROVINSI, Category.PEMKAB_PEMKOT, code)
			.orElseThrow()
			.deskScore()
			.doubleValue();
	}

}
