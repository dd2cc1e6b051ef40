package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.demo.SharedDemo;

/**
 * The national secretariat sees every province's stage and the work left there, each
 * count linking to the page where it is done; nobody else sees the page.
 */
@IntegrationTest
class EditionProgressIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyProvinceWithItsStageAndCountsLinkingToTheWork() throws Exception {
		int year = SharedDemo.year(this.context);
		Document page = Jsoup.parse(this.mvc
			.perform(get("/edisi/" + year + "/kemajuan").with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(page.select("#progress-table tbody tr")).hasSize(38);
		assertThat(page.select("#progress-34 td").get(1).text()).isEqualTo("Wawancara");
		assertThat(page.select("#progress-75 td").get(1).text()).isEqualTo("Penganugerahan");
		assertThat(page.select("#progress-11 td").get(1).text()).isEqualTo("Sosialisasi");
		long pending = this.jdbc.sql(
				"SELECT COUNT(*) FROM evidence WHERE edition_year = :y AND province_code = '34' AND status = 'MENUNGGU'")
			.param("y", year)
			.query(Long.class)
			.single();
		assertThat(page.select("#progress-34 a[href='/edisi/" + year + "/verifikasi?province=34']").text())
			.isEqualTo(Long.toString(pending));
		assertThat(page.select("#progress-75 a[href='/edisi/" + year + "/hasil/75']").text()).isEqualTo("1");
		assertThat(page.select("#progress-34 a[href='/edisi/" + year + "/seleksi/34']").text()).matches("[1-9]\\d*");
		String provinces = page.select("#progress-chart").attr("data-provinces");
		assertThat(provinces.split("\\|")).hasSize(38);
		assertThat(provinces).contains("75;Gorontalo;");

		this.mvc
			.perform(
					get("/edisi/" + year + "/kemajuan").with(user(this.users.loadUserByUsername(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
	}

}
