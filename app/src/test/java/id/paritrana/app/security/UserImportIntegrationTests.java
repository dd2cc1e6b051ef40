package id.paritrana.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.UploadedTable;

/**
 * Accounts imported from a file on the users page: all or nothing, every row checked as
 * the form checks one account (and within the importer's province), problems by line and
 * column, each account audited and invited; templates that read back; other roles and
 * forms without their CSRF token refused.
 */
@IntegrationTest
class UserImportIntegrationTests {

	static final String HEADER = "username,display_name,role,province_code,government_code,employer_npp,email,"
			+ "language\n";

	/**
	 * Usernames and addresses of this run, so that a database that persists still
	 * differs.
	 */
	static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UserManagement management;

	@Autowired
	Outbox outbox;

	RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	static String name(String base) {
		return base + "." + RUN;
	}

	static String row(String username, String displayName, String role, String province, String government, String npp,
			String email, String language) {
		return String.join(",", username, displayName, role, province, government, npp, email, language) + "\n";
	}

	static MockMultipartHttpServletRequestBuilder upload(String fileName, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/pengguna/impor");
		request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
		return request;
	}

	static MockMultipartHttpServletRequestBuilder csv(String text) {
		return upload("pengguna.csv", text.getBytes(StandardCharsets.UTF_8));
	}

	boolean exists(String username) {
		return this.management.findUsername(username).isPresent();
	}

	long audited(String action, String actor) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = :a AND actor = :u")
			.param("a", action)
			.param("u", actor)
			.query(Long.class)
			.single();
	}

	@Test
	void anAdministratorImportsAccountsThatAreAuditedAndInvited() throws Exception {
		String verifier = name("imp.verif");
		String operator = name("imp.op");
		String employer = name("imp.bu");
		long created = audited("USER_CREATED", DemoUsers.ADMIN);
		long imports = audited("USERS_IMPORTED", DemoUsers.ADMIN);
		String file = HEADER
				+ row(verifier, "Verifikator Sleman", "VERIFIKATOR", "34", "", "", verifier + "@example.go.id", "")
				+ row(operator, "Operator Sleman", "operator_pemda", "", "34.04", "", operator + "@example.go.id", "en")
				+ row(employer, "\"Operator PT Maju, Tbk\"", "OPERATOR_BADAN_USAHA", "34", "", "67807051",
						employer + "@Example.co.id", "id");

		this.mvc.perform(csv(file).with(csrf()).with(as(DemoUsers.ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/pengguna"))
			.andExpect(flash().attribute("imported", 3));

		UserAccount v = this.management.findUsername(verifier).orElseThrow();
		assertThat(v.role()).isEqualTo(Role.VERIFIKATOR);
		assertThat(v.provinceCode()).isEqualTo("34");
		assertThat(v.language()).isEqualTo("id");
		UserAccount o = this.management.findUsername(operator).orElseThrow();
		assertThat(o.role()).isEqualTo(Role.OPERATOR_PEMDA);
		assertThat(o.governmentCode()).isEqualTo("34.04");
		assertThat(o.provinceCode()).isEqualTo("34");
		assertThat(o.language()).isEqualTo("en");
		UserAccount e = this.management.findUsername(employer).orElseThrow();
		assertThat(e.displayName()).isEqualTo("Operator PT Maju, Tbk");
		assertThat(e.employerNpp()).isEqualTo("67807051");
		assertThat(e.email()).isEqualTo(employer + "@example.co.id");
		for (String username : List.of(verifier, operator, employer)) {
			assertThat(this.outbox.of(username, 10)).as("the invitation of " + username)
				.singleElement()
				.satisfies(m -> assertThat(m.kind()).isEqualTo("invitation"));
		}
		assertThat(audited("USER_CREATED", DemoUsers.ADMIN) - created).isEqualTo(3);
		assertThat(audited("USERS_IMPORTED", DemoUsers.ADMIN) - imports).isEqualTo(1);
	}

	@Test
	void aWorkbookIsReadAsTheCsvIsAndAFormulaInItIsRefused() throws Exception {
		String operator = name("imp.xlsx");
		this.mvc
			.perform(upload("pengguna.xlsx",
					xlsx(new Object[] { operator, "Operator Bantul", "OPERATOR_BADAN_USAHA", 34, "", 12345678,
							operator + "@example.go.id", "id" }))
				.with(csrf())
				.with(as(DemoUsers.ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 1));
		assertThat(this.management.findUsername(operator).orElseThrow().employerNpp()).isEqualTo("12345678");

		String refused = name("imp.rumus");
		String page = this.mvc
			.perform(upload("pengguna.xlsx",
					xlsx(new Object[] { refused, "Operator Rumus", "VERIFIKATOR", "34", "", "", "=LOWER(A2)", "" }))
				.with(csrf())
				.with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"import-problems\"").contains("sel berisi rumus");
		assertThat(problemRow(page, 2, "email")).contains("=LOWER(A2)");
		assertThat(exists(refused)).isFalse();
	}

	@Test
	void anyProblemCreatesNoAccountAndEachIsShownWithItsLineAndColumn() throws Exception {
		String good = name("imp.baik");
		String twice = name("imp.dua");
		String file = HEADER + row(good, "Baik", "VERIFIKATOR", "34", "", "", good + "@example.go.id", "")
				+ row(twice, "Satu", "KETUA", "34", "", "", twice + "@example.go.id", "")
				+ row(twice, "Dua", "VERIFIKATOR", "34", "", "", name("imp.lain") + "@example.go.id", "")
				+ row(DemoUsers.ADMIN, "Admin lagi", "ADMIN_NASIONAL", "", "", "", name("imp.a") + "@example.go.id", "")
				+ row(name("imp.tanpa"), "Tanpa e-mail", "VERIFIKATOR", "34", "", "", "", "")
				+ row(name("imp.prov"), "Provinsi salah", "VERIFIKATOR", "99", "", "", name("imp.p") + "@example.go.id",
						"")
				+ row(name("imp.mail"), "E-mail salah", "PENILAI", "", "", "", "bukan-email", "")
				+ row(name("imp.bhs"), "Bahasa", "PENILAI", "", "", "", name("imp.b") + "@example.go.id", "fr")
				+ row(name("imp.sama"), "Sama", "PENILAI", "", "", "", good + "@EXAMPLE.go.id", "");
		String page = this.mvc.perform(csv(file).with(csrf()).with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Tidak ada pengguna yang dibuat dari pengguna.csv");
		assertThat(problemRow(page, 3, "role")).contains("peran tidak dikenal");
		assertThat(problemRow(page, 4, "username")).contains("sama dengan baris 3");
		assertThat(problemRow(page, 5, "username")).contains("Nama pengguna sudah dipakai");
		assertThat(problemRow(page, 6, "email")).contains("alamat e-mail wajib diisi");
		assertThat(problemRow(page, 7, "province_code")).contains("Kode provinsi 99 tidak dikenal");
		assertThat(problemRow(page, 8, "email")).contains("Alamat e-mail tidak valid");
		assertThat(problemRow(page, 9, "language")).contains("id atau en");
		assertThat(problemRow(page, 10, "email")).contains("sama dengan baris 2");
		assertThat(exists(good)).as("a good row is not created beside bad ones").isFalse();
		assertThat(exists(twice)).isFalse();
	}

	@Test
	void aProvincialCommitteeImportsOnlyWhatItsFormAllows() throws Exception {
		String outside = name("imp.luar");
		String committee = name("imp.panitia");
		String own = name("imp.milik");
		String page = this.mvc
			.perform(csv(HEADER
					+ row(outside, "Verifikator Jatim", "VERIFIKATOR", "35", "", "", outside + "@example.go.id", "")
					+ row(committee, "Panitia", "PANITIA_PROVINSI", "34", "", "", committee + "@example.go.id", "")
					+ row(own, "Verifikator DIY", "VERIFIKATOR", "34", "", "", own + "@example.go.id", ""))
				.with(csrf())
				.with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problemRow(page, 2, "role")).contains("di luar kewenangan Anda");
		assertThat(problemRow(page, 3, "role")).contains("di luar kewenangan Anda");
		assertThat(exists(own)).isFalse();

		this.mvc
			.perform(csv(HEADER + row(own, "Verifikator DIY", "VERIFIKATOR", "34", "", "", own + "@example.go.id", ""))
				.with(csrf())
				.with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 1));
		assertThat(exists(own)).isTrue();
	}

	@Test
	void otherRolesAndAFormWithoutItsTokenAreRefused() throws Exception {
		String username = name("imp.tolak");
		String file = HEADER + row(username, "Ditolak", "PENILAI", "", "", "", username + "@example.go.id", "");
		for (String who : List.of(DemoUsers.VERIFIKATOR_34, DemoUsers.OPERATOR_PEMDA, DemoUsers.PENILAI)) {
			this.mvc.perform(csv(file).with(csrf()).with(as(who))).andExpect(status().isForbidden());
			this.mvc.perform(get("/admin/pengguna/templat.csv").with(as(who))).andExpect(status().isForbidden());
		}
		this.mvc.perform(csv(file).with(as(DemoUsers.ADMIN))).andExpect(status().isForbidden());
		assertThat(exists(username)).isFalse();
	}

	@Test
	void aFileOfAnotherKindOrTooLargeIsRefusedAsAWhole() throws Exception {
		String page = this.mvc
			.perform(
					upload("pengguna.txt", "x".getBytes(StandardCharsets.UTF_8)).with(csrf()).with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problemRow(page, 1, "berkas")).contains("bukan berkas .csv atau .xlsx");
		byte[] large = (HEADER + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8);
		page = this.mvc.perform(upload("pengguna.csv", large).with(csrf()).with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(problemRow(page, 1, "berkas")).contains("lebih besar dari batas 1024 KB");
	}

	@Test
	void theTemplatesHoldTheColumnsAndAnExampleTheImportAccepts() throws Exception {
		String csv = this.mvc.perform(get("/admin/pengguna/templat.csv").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("pengguna.csv")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith(HEADER.strip()).contains("operator.sleman,Operator Kabupaten Sleman");
		byte[] xlsx = this.mvc.perform(get("/admin/pengguna/templat.xlsx").with(as(DemoUsers.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		// the example passes every check: renamed (the template may have been imported
		// as it is already), it imports
		String renamed = name("imp.contoh");
		String fromCsv = csv.replace("operator.sleman,", renamed + ",").replace("operator.sleman@", renamed + "@");
		this.mvc.perform(csv(fromCsv).with(csrf()).with(as(DemoUsers.ADMIN)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("imported", 1));
		assertThat(this.management.findUsername(renamed).orElseThrow().governmentCode()).isEqualTo("34.04");
		// the workbook holds the same header and example, codes as text
		UploadedTable.Table table = UploadedTable.read(
				new MockMultipartFile("file", "pengguna.xlsx", "application/octet-stream", xlsx), UserImport.COLUMNS,
				UserImport.LIMITS);
		assertThat(table.problems()).isEmpty();
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.value("username")).isEqualTo("operator.sleman");
			assertThat(row.value("government_code")).isEqualTo("34.04");
			assertThat(row.value("role")).isEqualTo("OPERATOR_PEMDA");
		});
	}

	/** A workbook of the header and the given rows. */
	static byte[] xlsx(Object[]... rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("pengguna");
		String[] header = HEADER.strip().split(",");
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
		}
		for (int r = 0; r < rows.length; r++) {
			for (int c = 0; c < rows[r].length; c++) {
				Object value = rows[r][c];
				if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (value instanceof String text && text.startsWith("=")) {
					sheet.formula(r + 1, c, text.substring(1));
				}
				else if (value != null && !value.toString().isEmpty()) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	/** The problems table's rows as HTML. */
	static List<String> problemRows(String page) {
		return java.util.regex.Pattern
			.compile("<tr class=\"import-problem\">(.*?)</tr>", java.util.regex.Pattern.DOTALL)
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	/** The problem row of a line and column, as HTML; fails when there is none. */
	static String problemRow(String page, long line, String column) {
		return problemRows(page).stream()
			.filter(r -> r.contains("<td>" + line + "</td>") && r.contains("<td>" + column + "</td>"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(
					"no problem at line " + line + ", column " + column + " in " + problemRows(page)));
	}

}
