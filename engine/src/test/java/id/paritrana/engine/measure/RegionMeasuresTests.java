package id.paritrana.engine.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Measure;

/** The regional and government measures of DESIGN §5.1, against hand-computed values. */
class RegionMeasuresTests {

	@TempDir
	Path dir;

	private final Areas areas = TestFiles.areas();

	private final int aceh = this.areas.governmentOfProvince(this.areas.province("11"));

	private final int acehSelatan = this.areas.governmentOfRegency(this.areas.regency("11.01"));

	private final int acehTenggara = this.areas.governmentOfRegency(this.areas.regency("11.02"));

	private final int acehTimur = this.areas.governmentOfRegency(this.areas.regency("11.03"));

	private RegionMeasures coverageOnly() {
		return compute(true, false, false, false, false);
	}

	private RegionMeasures compute(boolean coverage, boolean nonasn, boolean vulnerable, boolean villages,
			boolean regulations) {
		Problems problems = new Problems();
		RegionMeasures m = RegionMeasures.compute(this.areas, 2023,
				coverage ? TestFiles.write(this.dir, "region-coverage.csv",
						"region_code,year,wage_workers,nonwage_workers,pu_participants,bpu_participants",
						"11.01,2023,1000,2000,400,200", "11.01,2022,1000,2000,300,150", "11.02,2023,500,0,100,0",
						"11.02,2022,500,1000,100,100", "11.03,2021,9,9,9,9") : Optional.empty(),
				nonasn ? TestFiles.write(this.dir, "nonasn.csv", "government_code,group,workers,covered",
						"11.01,HONORER_PEMDA,100,50", "11.01,RT_RW,100,100", "11.02,APARAT_DESA,0,0",
						"11,GURU_HONORER,40,10") : Optional.empty(),
				vulnerable ? TestFiles.write(
						this.dir, "vulnerable-protection.csv", "government_code,funding,workers_protected",
						"11.01,APBD,20", "11.01,APBDES,500", "11,APBD,30") : Optional.empty(),
				villages ? villages() : Optional.empty(),
				regulations ? TestFiles.write(this.dir, "regulations.csv",
						"government_code,type,number,year,title,verified", "11.01,MOU,1,2020,a,true",
						"11.01,PERKADA,2,2021,b,TRUE", "11.01,PERDA,3,2022,c,false", "11,INSTRUKSI,4,2022,d,true")
						: Optional.empty(),
				problems);
		assertThat(problems.lines()).isEmpty();
		return m;
	}

	/**
	 * 13 of 11.01's 260 villages with at least 100 protected (one at exactly 100), one at
	 * 99.
	 */
	private Optional<id.paritrana.engine.data.DataFile> villages() {
		List<String> lines = new ArrayList<>(List.of("village_code,vulnerable_protected"));
		List<String> codes;
		try (java.util.stream.Stream<String> all = java.nio.file.Files
			.lines(Path.of("../app/src/main/resources/wilayah/villages.csv"))) {
			codes = all.filter(line -> line.startsWith("11.01.")).limit(14).map(line -> line.split(",")[0]).toList();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		for (int v = 0; v < codes.size(); v++) {
			lines.add(codes.get(v) + "," + (v == 0 ? 100 : v == 13 ? 99 : 150));
		}
		return TestFiles.write(this.dir, "village-protection.csv", lines.toArray(String[]::new));
	}

	@Test
	void coverageOfARegencyAndOfItsProvinceOverAllItsRegencies() {
		RegionMeasures m = coverageOnly();
		assertThat(m.value(Measure.PU_COVERAGE_PCT, this.acehSelatan)).isEqualTo(40.0);
		assertThat(m.value(Measure.BPU_COVERAGE_PCT, this.acehSelatan)).isEqualTo(10.0);
		// C(2023) = 600/3000 = 20, C(2022) = 450/3000 = 15
		assertThat(m.value(Measure.COVERAGE_GROWTH_PP, this.acehSelatan)).isCloseTo(5.0, within(1e-9));
		// 11.02: no non-wage workers in 2023
		assertThat(m.value(Measure.BPU_COVERAGE_PCT, this.acehTenggara)).isNaN();
		assertThat(m.value(Measure.PU_COVERAGE_PCT, this.acehTenggara)).isEqualTo(20.0);
		// C(2023) = 100/500 = 20, C(2022) = 200/1500 = 13.333
		assertThat(m.value(Measure.COVERAGE_GROWTH_PP, this.acehTenggara)).isCloseTo(20 - 200.0 / 15, within(1e-9));
		// Aceh: 2023 sums wage 1500, nonwage 2000, pu 500, bpu 200; 2022 sums 1500, 3000,
		// 400, 250
		assertThat(m.value(Measure.PU_COVERAGE_PCT, this.aceh)).isCloseTo(100.0 * 500 / 1500, within(1e-9));
		assertThat(m.value(Measure.BPU_COVERAGE_PCT, this.aceh)).isEqualTo(10.0);
		assertThat(m.value(Measure.COVERAGE_GROWTH_PP, this.aceh)).isCloseTo(100.0 * 700 / 3500 - 100.0 * 650 / 4500,
				within(1e-9));
		// 11.03 has only a 2021 row: not a candidate, nothing measured
		assertThat(m.hasCoverage(this.areas.regency("11.03"))).isFalse();
		assertThat(m.value(Measure.PU_COVERAGE_PCT, this.acehTimur)).isNaN();
		assertThat(m.inputs(Measure.COVERAGE_GROWTH_PP, this.acehSelatan)).containsEntry("participants", 600L)
			.containsEntry("workers_previous_year", 3000L);
	}

	@Test
	void nonAsnCoverageCountsOnlyTheGovernmentsOwnRows() {
		RegionMeasures m = compute(true, true, false, false, false);
		assertThat(m.value(Measure.NONASN_COVERAGE_PCT, this.acehSelatan)).isEqualTo(75.0);
		assertThat(m.value(Measure.NONASN_COVERAGE_PCT, this.acehTenggara)).isNaN();
		assertThat(m.value(Measure.NONASN_COVERAGE_PCT, this.acehTimur)).isNaN();
		assertThat(m.value(Measure.NONASN_COVERAGE_PCT, this.aceh)).isEqualTo(25.0);
	}

	@Test
	void vulnerableWorkersPer1000CountOnlyApbdFundingAndNoRowsAsZero() {
		RegionMeasures m = compute(true, false, true, false, false);
		assertThat(m.value(Measure.VULNERABLE_PER_1000, this.acehSelatan)).isEqualTo(10.0);
		// Aceh: 30 / (2000 + 0) non-wage workers of its regencies
		assertThat(m.value(Measure.VULNERABLE_PER_1000, this.aceh)).isEqualTo(15.0);
		// 11.02: no non-wage workers; 11.03 no coverage row
		assertThat(m.value(Measure.VULNERABLE_PER_1000, this.acehTenggara)).isNaN();
		assertThat(m.value(Measure.VULNERABLE_PER_1000, this.acehTimur)).isNaN();
		assertThat(compute(true, false, false, false, false).value(Measure.VULNERABLE_PER_1000, this.acehSelatan))
			.isNaN();
	}

	@Test
	void villageEcosystemCountsOverAllVillagesOfTheMasterData() {
		RegionMeasures m = compute(false, false, false, true, false);
		assertThat(this.areas.villagesOfRegency(this.areas.regency("11.01"))).isEqualTo(260);
		assertThat(m.value(Measure.VILLAGE_ECOSYSTEM_PCT, this.acehSelatan)).isCloseTo(5.0, within(1e-9));
		assertThat(m.value(Measure.VILLAGE_ECOSYSTEM_PCT, this.aceh)).isCloseTo(100.0 * 13 / 6500, within(1e-9));
		assertThat(m.value(Measure.VILLAGE_ECOSYSTEM_PCT, this.acehTenggara)).isEqualTo(0.0);
		assertThat(coverageOnly().value(Measure.VILLAGE_ECOSYSTEM_PCT, this.acehSelatan)).isNaN();
	}

	@Test
	void regulationLevelIsTheHighestVerifiedType() {
		RegionMeasures m = compute(false, false, false, false, true);
		assertThat(m.regulationLevel(this.acehSelatan)).contains("PERKADA");
		assertThat(m.regulationLevel(this.aceh)).contains("INSTRUKSI");
		assertThat(m.regulationLevel(this.acehTenggara)).contains("NONE");
		assertThat(coverageOnly().regulationLevel(this.acehSelatan)).isEmpty();
	}

	@Test
	void theRegulationLevelOfTypesIsTheOneTheFileGives() {
		// the verified types of 11.01, 11 and 11.02 in the file above
		assertThat(RegionMeasures.regulationLevel(List.of("MOU", "PERKADA"))).isEqualTo("PERKADA");
		assertThat(RegionMeasures.regulationLevel(List.of("INSTRUKSI"))).isEqualTo("INSTRUKSI");
		assertThat(RegionMeasures.regulationLevel(List.of())).isEqualTo("NONE");
		assertThat(RegionMeasures.regulationLevel(List.of("SURAT_EDARAN", "PERDA", "MOU"))).isEqualTo("PERDA");
		assertThatIllegalArgumentException().isThrownBy(() -> RegionMeasures.regulationLevel(List.of("NONE")));
	}

	@Test
	void governmentCandidatesAreTheRegenciesWithCoverageInYearYAndTheirProvinces() {
		RegionMeasures m = coverageOnly();
		// 11.03 has only a 2021 row
		assertThat(m.candidates(Category.PEMKAB_PEMKOT)).containsExactly(this.acehSelatan, this.acehTenggara);
		assertThat(m.candidates(Category.PEMPROV)).containsExactly(this.aceh);
		assertThat(this.areas.governmentCode(this.acehTenggara)).isEqualTo("11.02");
		assertThat(this.areas.governmentCode(this.aceh)).isEqualTo("11");
		RegionMeasures noCoverage = compute(false, true, false, false, false);
		assertThat(noCoverage.candidates(Category.PEMPROV)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> noCoverage.candidates(Category.UKM));
	}

	@Test
	void employersOfEachSizeClassAreCandidatesOfOneCategory() {
		assertThat(SizeClass.BESAR.category()).isEqualTo(Category.BU_BESAR);
		assertThat(SizeClass.MENENGAH.category()).isEqualTo(Category.BU_MENENGAH);
		assertThat(SizeClass.KECIL.category()).isEqualTo(Category.UKM);
		assertThat(SizeClass.MIKRO.category()).isEqualTo(Category.UKM);
	}

}
