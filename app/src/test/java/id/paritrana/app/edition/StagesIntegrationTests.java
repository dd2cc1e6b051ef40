package id.paritrana.app.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;

@IntegrationTest
class StagesIntegrationTests {

	static final int YEAR = 2911;

	static final String BASE = "/api/v1/editions/" + YEAR + "/levels/";

	@Autowired
	Editions editions;

	@Autowired
	Stages stages;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void freshEdition() {
		EditionTestYears.forget(this.jdbc, YEAR);
		this.editions.create("test", YEAR, null);
	}

	SignedInUser as(String username) {
		return (SignedInUser) this.users.loadUserByUsername(username);
	}

	MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String who, String body) {
		return request.with(csrf()).with(user(as(who))).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	@Test
	void aLevelRunsItsStagesInOrderOneAtATime() throws Exception {
		// the timeline is read by whoever runs the level, as on its page; a juror is
		// refused
		this.mvc.perform(get(BASE + "ID/stages").with(user(as(DemoUsers.PENILAI)))).andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "34/stages").with(user(as(DemoUsers.VERIFIKATOR_34))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(BASE + "34/stages").with(user(as(DemoUsers.PANITIA_34)))).andExpect(status().isOk());
		this.mvc.perform(get(BASE + "ID/stages").with(user(as(DemoUsers.ADMIN))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value("SOSIALISASI"))
			.andExpect(jsonPath("$.stages[0].state").value("BELUM"));
		this.mvc.perform(json(post(BASE + "ID/stages/advance"), DemoUsers.ADMIN, "{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stages[0].state").value("BERJALAN"));
		this.mvc.perform(json(post(BASE + "ID/stages/advance"), DemoUsers.ADMIN, "{}"))
			.andExpect(jsonPath("$.current").value("PENDATAAN"))
			.andExpect(jsonPath("$.stages[0].state").value("SELESAI"))
			.andExpect(jsonPath("$.stages[1].state").value("BERJALAN"))
			.andExpect(jsonPath("$.stages[2].state").value("BELUM"));
		for (int i = 0; i < 4; i++) {
			this.stages.advance(as(DemoUsers.ADMIN), YEAR, Stages.NATIONAL);
		}
		// PENETAPAN is done by determining the results, which locks the level
		assertThat(this.stages.current(YEAR, Stages.NATIONAL)).isEqualTo(Stage.PENETAPAN);
		assertThatThrownBy(() -> this.stages.advance(as(DemoUsers.ADMIN), YEAR, Stages.NATIONAL))
			.isInstanceOf(InvalidInputException.class);
		this.levelLocks.markDetermined("test", YEAR, Stages.NATIONAL);
		assertThat(this.stages.current(YEAR, Stages.NATIONAL)).isEqualTo(Stage.PENGANUGERAHAN);
		this.stages.advance(as(DemoUsers.ADMIN), YEAR, Stages.NATIONAL);
		assertThat(this.stages.stages(YEAR, Stages.NATIONAL)).allMatch(s -> s.state() == StageState.SELESAI);
		assertThat(this.stages.current(YEAR, Stages.NATIONAL)).isEqualTo(Stage.PENGANUGERAHAN);
		this.mvc.perform(json(post(BASE + "ID/stages/advance"), DemoUsers.ADMIN, "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value("Semua tahap tingkat ini sudah selesai."));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'STAGE_ADVANCED' AND entity_id = :id")
			.param("id", YEAR + "/ID")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(8);
	}

	@Test
	void aProvincialCommitteeRunsOnlyItsOwnProvinceAndNeverMovesBack() throws Exception {
		this.mvc.perform(json(post(BASE + "34/stages/advance"), DemoUsers.PANITIA_34, "{}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("34"))
			.andExpect(jsonPath("$.stages[0].state").value("BERJALAN"));
		this.mvc.perform(json(post(BASE + "33/stages/advance"), DemoUsers.PANITIA_34, "{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(BASE + "ID/stages/advance"), DemoUsers.PANITIA_34, "{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(BASE + "34/stages/advance"), DemoUsers.VERIFIKATOR_34, "{}"))
			.andExpect(status().isForbidden());
		this.mvc.perform(json(post(BASE + "34/stages/advance"), DemoUsers.PANITIA_34, "{}"))
			.andExpect(jsonPath("$.current").value("PENDATAAN"));
		this.mvc
			.perform(json(post(BASE + "34/stages/back"), DemoUsers.PANITIA_34,
					"{\"stage\": \"SOSIALISASI\", \"reason\": \"salah\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(json(put(BASE + "34/stages/WAWANCARA"), DemoUsers.PANITIA_34,
					"{\"plannedStart\": \"2911-06-01\", \"plannedEnd\": \"2911-06-20\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stages[4].plannedStart").value("2911-06-01"));
		this.mvc
			.perform(json(put(BASE + "34/stages/WAWANCARA"), DemoUsers.PANITIA_34,
					"{\"plannedStart\": \"2911-06-21\", \"plannedEnd\": \"2911-06-20\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("plannedEnd"));
		this.mvc.perform(json(post(BASE + "99/stages/advance"), DemoUsers.ADMIN, "{}"))
			.andExpect(status().isNotFound());
		assertThat(this.stages.levels(YEAR)).containsExactly("ID", "34");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'ACCESS_DENIED' AND entity_id = :id")
			.param("id", "POST " + BASE + "33/stages/advance")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theNationalSecretariatMovesBackWithAReasonAudited() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.stages.advance(as(DemoUsers.ADMIN), YEAR, "34");
		}
		this.mvc.perform(json(post(BASE + "34/stages/back"), DemoUsers.ADMIN, "{\"stage\": \"PENDATAAN\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(json(post(BASE + "34/stages/back"), DemoUsers.ADMIN,
					"{\"stage\": \"WAWANCARA\", \"reason\": \"belum dimulai\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("stage"));
		this.mvc
			.perform(json(post(BASE + "34/stages/back"), DemoUsers.ADMIN,
					"{\"stage\": \"PENDATAAN\", \"reason\": \"data BPJS direvisi\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.current").value("PENDATAAN"))
			.andExpect(jsonPath("$.stages[1].state").value("BERJALAN"))
			.andExpect(jsonPath("$.stages[2].state").value("BELUM"));
		Map<String, Object> audit = this.jdbc
			.sql("SELECT before_json, after_json FROM audit_log WHERE action = 'STAGE_MOVED_BACK' AND entity_id = :id"
					+ " ORDER BY id DESC")
			.param("id", YEAR + "/34")
			.query()
			.listOfRows()
			.get(0);
		assertThat((String) audit.get("before_json")).contains("\"VERIFIKASI\":\"BERJALAN");
		assertThat((String) audit.get("after_json")).contains("\"VERIFIKASI\":\"BELUM").contains("data BPJS direvisi");
	}

	@Autowired
	LevelLocks levelLocks;

	@Test
	void theNationalLevelStartsSeleksiOnlyAfterTheStartedProvincesAreDetermined() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.stages.advance(as(DemoUsers.ADMIN), YEAR, Stages.NATIONAL);
		}
		this.stages.advance(as(DemoUsers.PANITIA_34), YEAR, "34");
		this.mvc.perform(json(post(BASE + "ID/stages/advance"), DemoUsers.ADMIN, "{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString(": 34.")));
		assertThat(this.stages.current(YEAR, Stages.NATIONAL)).isEqualTo(Stage.VERIFIKASI);
		// SOSIALISASI running → PENETAPAN running takes five more steps
		for (int i = 0; i < 5; i++) {
			this.stages.advance(as(DemoUsers.PANITIA_34), YEAR, "34");
		}
		assertThat(this.stages.current(YEAR, "34")).isEqualTo(Stage.PENETAPAN);
		// PENETAPAN ends with a determination (or a closure), not with the advance button
		assertThatThrownBy(() -> this.stages.advance(as(DemoUsers.PANITIA_34), YEAR, "34"))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("result.error.determineFirst");
		assertThatThrownBy(() -> this.levelLocks.close(as(DemoUsers.PANITIA_34), YEAR, "34", "tidak ada peserta"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.levelLocks.close(as(DemoUsers.ADMIN), YEAR, "34", " "))
			.isInstanceOf(InvalidInputException.class);
		LevelLocks.Lock closed = this.levelLocks.close(as(DemoUsers.ADMIN), YEAR, "34", "tidak ada peserta");
		assertThat(closed.kind()).isEqualTo(LevelLocks.Kind.CLOSED);
		assertThat(this.levelLocks.isDetermined(YEAR, "34")).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'LEVEL_CLOSED' AND entity_id = :id")
			.param("id", YEAR + "/34")
			.query(Long.class)
			.single()).isEqualTo(1);
		this.stages.advance(as(DemoUsers.ADMIN), YEAR, Stages.NATIONAL);
		assertThat(this.stages.current(YEAR, Stages.NATIONAL)).isEqualTo(Stage.SELEKSI);
	}

	@Test
	void theStagesPageIsForWhoeverRunsTheLevel() throws Exception {
		this.mvc.perform(get("/edisi/" + YEAR + "/tahap/34").with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"stage-advance\"")))
			.andExpect(content().string(not(containsString("id=\"stage-back-form\""))));
		this.mvc.perform(get("/edisi/" + YEAR + "/tahap/31").with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/edisi/" + YEAR + "/tahap/34/lanjut").with(csrf()).with(user(as(DemoUsers.PANITIA_34))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.stages.stages(YEAR, "34").get(0).state()).isEqualTo(StageState.BERJALAN);
		this.mvc
			.perform(post("/edisi/" + YEAR + "/tahap/34/mundur").with(csrf())
				.with(user(as(DemoUsers.ADMIN)))
				.param("stage", "SOSIALISASI"))
			.andExpect(flash().attributeExists("problems"));
		this.mvc.perform(get("/edisi/" + YEAR + "/tahap?provinsi=34").with(user(as(DemoUsers.ADMIN))))
			.andExpect(redirectedUrl("/edisi/" + YEAR + "/tahap/34"));
	}

}
