package id.paritrana.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;

/**
 * The audit log page shows what an entry changed, field by field, and keeps the full JSON
 * at hand.
 */
@IntegrationTest
@Transactional
class AuditLogPageIntegrationTests {

	@Autowired
	AuditLog log;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void anEntryShowsOnlyItsChangedFieldsBeforeAndAfter() throws Exception {
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("stage", "VERIFIKASI");
		before.put("scope", "34");
		Map<String, Object> after = new LinkedHashMap<>(before);
		after.put("stage", "WAWANCARA");
		this.log.recordAs("pemeriksa.tata.letak", "STAGE_ADVANCED", "stage", "2024/34", before, after);

		String html = this.mvc
			.perform(get("/admin/audit").param("actor", "pemeriksa.tata.letak")
				.with(user(this.userDetails.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("1 isian berubah")
			.contains("<th scope=\"row\">tahap</th>")
			.containsPattern("audit-before\"[^>]*><div>Verifikasi</div>")
			.containsPattern("audit-after\"[^>]*><div>Wawancara</div>")
			.doesNotContain("<th scope=\"row\">lingkup</th>")
			.contains("JSON lengkap")
			.contains("{&quot;stage&quot;:&quot;WAWANCARA&quot;,&quot;scope&quot;:&quot;34&quot;}");
	}

}
