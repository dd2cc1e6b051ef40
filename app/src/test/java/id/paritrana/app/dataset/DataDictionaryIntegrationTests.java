package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataFile;
import id.paritrana.engine.data.DataReader;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.data.Row;

/**
 * The data dictionary and the templates come from the definitions the import validates
 * with: each template, as CSV and as XLSX, is read by the import's own reader without a
 * problem, and the page names every column of every data set with its allowed values, in
 * both languages.
 */
@IntegrationTest
class DataDictionaryIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Test
	void everyTemplateIsAValidFileOfItsDataSetWithOneExampleRow() throws Exception {
		for (DataSet set : DataSet.values()) {
			for (DataFile.Format format : DataFile.Format.values()) {
				String file = "/data/templat/" + set.baseName() + format.extension();
				byte[] body = this.mvc.perform(get(file).with(as(DemoUsers.ADMIN)))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Disposition",
							org.hamcrest.Matchers.containsString(set.baseName() + format.extension())))
					.andReturn()
					.getResponse()
					.getContentAsByteArray();
				List<Row> rows = new ArrayList<>();
				Problems problems = new Problems();
				boolean read = DataReader.read(set, file, format, new ByteArrayInputStream(body), rows::add, problems);
				assertThat(problems.lines()).as(file).isEmpty();
				assertThat(read).as(file).isTrue();
				assertThat(rows).as(file).hasSize(1);
			}
		}
	}

	@Test
	void thePageNamesEveryColumnWithItsTypeAndAllowedValuesInBothLanguages() throws Exception {
		for (String lang : List.of("id", "en")) {
			String page = this.mvc.perform(get("/data/kamus").param("lang", lang).with(as(DemoUsers.ADMIN)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			// a message missing from a bundle shows as ??key??
			assertThat(page).as(lang).doesNotContain("??");
			for (DataSet set : DataSet.values()) {
				assertThat(page).contains("id=\"set-" + set.baseName() + "\"",
						"/data/templat/" + set.baseName() + ".xlsx");
				for (Column column : set.columns()) {
					assertThat(page).contains("id=\"column-" + set.baseName() + "-" + column.name() + "\"");
					column.type().choices().forEach(choice -> assertThat(page).contains("<code>" + choice));
				}
			}
		}
		String english = this.mvc.perform(get("/data/kamus").param("lang", "en").with(as(DemoUsers.ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Employer registration number (NPP)", "Whole number ≥ 0");
	}

	@Test
	void anUnknownDataSetHasNoTemplateAndOthersMayNotReadTheDictionary() throws Exception {
		this.mvc.perform(get("/data/templat/payroll.csv").with(as(DemoUsers.ADMIN))).andExpect(status().isNotFound());
		this.mvc.perform(get("/data/kamus").with(as(DemoUsers.OPERATOR_PEMDA))).andExpect(status().isForbidden());
		this.mvc.perform(get("/data/templat/employers.xlsx").with(as(DemoUsers.PANITIA_34)))
			.andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(String username) {
		return user(this.userDetails.loadUserByUsername(username));
	}

}
