package id.paritrana.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.paritrana.app.IntegrationTest;

@IntegrationTest
class AreaIntegrationTests {

	@Autowired
	Areas areas;

	@Autowired
	AreaLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWholeCountryIsLoaded() {
		assertThat(this.areas.counts()).isEqualTo(new AreaCounts(38, 514, 98, 7_285, 83_762));
	}

	@Test
	void loadingAgainChangesNothing() {
		this.loader.loadIfEmpty();
		assertThat(this.areas.counts().villages()).isEqualTo(83_762);
	}

	@Test
	void everyRegencyBelongsToALoadedProvinceAndEveryVillageToADistrict() {
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM village v LEFT JOIN district d ON d.code = v.district_code"
					+ " WHERE d.code IS NULL")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(DISTINCT province_code) FROM regency").query(Long.class).single())
			.isEqualTo(38);
	}

	@Test
	void walksFromAProvinceDownToAVillageAndBack() {
		Area westJava = this.areas.find("32").orElseThrow();
		assertThat(westJava.name()).isEqualTo("Jawa Barat");
		Area bandung = this.areas.children(westJava)
			.stream()
			.filter(a -> a.code().equals("32.73"))
			.findFirst()
			.orElseThrow();
		assertThat(bandung.city()).isTrue();
		assertThat(bandung.level()).isEqualTo(AreaLevel.KABUPATEN_KOTA);
		Area district = this.areas.children(bandung).get(0);
		Area village = this.areas.children(district).get(0);
		assertThat(village.level()).isEqualTo(AreaLevel.DESA_KELURAHAN);
		assertThat(this.areas.ancestors(village)).extracting(Area::code)
			.containsExactly("32", "32.73", district.code());
		assertThat(this.areas.children(village)).isEmpty();
	}

	@Test
	void searchFindsByNameOrCodeAcrossLevelsWithItsContext() {
		assertThat(this.areas.search("bandung")).extracting(Area::code).contains("32.04", "32.73");
		assertThat(this.areas.search("32.73.01")).first().extracting(Area::code).isEqualTo("32.73.01");
		Area village = this.areas.search("Keude Bakongan").get(0);
		assertThat(village.context()).endsWith("Aceh");
		assertThat(this.areas.search("x")).isEmpty();
		assertThat(this.areas.search("%_%")).isEmpty();
	}

	@Test
	void unknownOrMalformedCodesAreNotFound() {
		assertThat(this.areas.find("99")).isEmpty();
		assertThat(this.areas.find("32.7")).isEmpty();
		assertThat(this.areas.find("'; DROP TABLE village; --")).isEmpty();
	}

}
