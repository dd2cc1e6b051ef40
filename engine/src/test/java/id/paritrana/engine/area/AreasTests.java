package id.paritrana.engine.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The shipped wilayah master data, read in place from the application module. */
class AreasTests {

	static final Areas AREAS = Areas.read(Path.of("../app/src/main/resources/wilayah"));

	@Test
	void countsOfTheMasterData() {
		assertThat(AREAS.provinceCount()).isEqualTo(38);
		assertThat(AREAS.regencyCount()).isEqualTo(514);
		int villages = 0;
		for (int p = 0; p < AREAS.provinceCount(); p++) {
			villages += AREAS.villagesOfProvince(p);
		}
		assertThat(villages).isEqualTo(83_762);
	}

	@Test
	void regenciesBelongToTheirProvinceAndCountTheirVillages() {
		int selatan = AREAS.regency("11.01");
		assertThat(AREAS.provinceCode(AREAS.provinceOf(selatan))).isEqualTo("11");
		assertThat(AREAS.regencyName(selatan)).isEqualTo("Kabupaten Aceh Selatan");
		assertThat(AREAS.isCity(selatan)).isFalse();
		assertThat(AREAS.isCity(AREAS.regency("11.71"))).isTrue();
		assertThat(AREAS.villagesOfRegency(selatan)).isEqualTo(260);
		assertThat(AREAS.regencyOfVillage("11.01.01.2001")).isEqualTo(selatan);
		assertThat(AREAS.regencyOfVillage("11.01.01.9999")).isEqualTo(-1);
		assertThat(AREAS.regenciesOf(AREAS.province("11"))).hasSize(23);
	}

	@Test
	void governmentsNumberProvincesThenRegencies() {
		assertThat(AREAS.government("11")).isEqualTo(AREAS.governmentOfProvince(AREAS.province("11")));
		int g = AREAS.government("12.01");
		assertThat(g).isEqualTo(AREAS.governmentOfRegency(AREAS.regency("12.01")));
		assertThat(AREAS.provinceOfGovernment(g)).isEqualTo(AREAS.province("12"));
		assertThat(AREAS.government("99")).isEqualTo(-1);
		assertThat(AREAS.governmentCount()).isEqualTo(38 + 514);
	}

}
