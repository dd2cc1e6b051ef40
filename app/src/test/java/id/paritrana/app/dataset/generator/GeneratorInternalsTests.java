package id.paritrana.app.dataset.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.paritrana.app.dataset.generator.Territory.RegionFigures;

import static org.assertj.core.api.Assertions.assertThat;

/** White-box checks of the pieces the generator's guarantees rest on. */
class GeneratorInternalsTests {

	@Test
	void nppsAreEightDigitsAndNeverRepeatForAMillionEmployers() {
		EmployerData employers = new EmployerData(new Settings(Scale.NATIONAL, 3, 2023, null));
		BitSet seen = new BitSet(90_000_000);
		for (long index = 0; index < 1_000_000; index++) {
			long npp = employers.npp(index);
			assertThat(npp).isBetween(10_000_000L, 99_999_999L);
			int slot = (int) (npp - 10_000_000L);
			assertThat(seen.get(slot)).as("NPP %d repeated", npp).isFalse();
			seen.set(slot);
		}
	}

	@Test
	void anotherSeedGivesOtherNpps() {
		EmployerData one = new EmployerData(new Settings(Scale.SMALL, 1, 2023, null));
		EmployerData other = new EmployerData(new Settings(Scale.SMALL, 2, 2023, null));
		assertThat(one.npp(0)).isNotEqualTo(other.npp(0));
	}

	@Test
	void employersAreAllocatedInProportionToWageWorkersAndAddUp() {
		Territory territory = new Territory(Wilayah.load(), new Settings(Scale.NATIONAL, 9, 2023, null));
		List<RegionFigures> regions = territory.allRegions();
		int[] counts = EmployerData.allocate(regions, 750_000);
		assertThat(Arrays.stream(counts).sum()).isEqualTo(750_000);
		long wageWorkers = regions.stream().mapToLong(RegionFigures::wageWorkers).sum();
		for (int i = 0; i < counts.length; i++) {
			double share = 750_000.0 * regions.get(i).wageWorkers() / wageWorkers;
			assertThat((double) counts[i]).isBetween(Math.floor(share), Math.ceil(share));
		}
	}

	@Test
	void territoryCoversTheWholeCountryAtNationalScale() {
		Territory territory = new Territory(Wilayah.load(), new Settings(Scale.NATIONAL, 9, 2023, null));
		assertThat(territory.provinces()).hasSize(38);
		assertThat(territory.allRegions()).hasSize(514);
		assertThat(territory.allRegions().stream().mapToInt(region -> region.regency().villages().size()).sum())
			.isEqualTo(83_762);
	}

	@Test
	void buffersWriteNumbersAndDatesWithoutFormatting() {
		CsvBuffer buffer = new CsvBuffer(4);
		buffer.number(0)
			.comma()
			.number(-42)
			.comma()
			.number(Long.MAX_VALUE)
			.comma()
			.month(2023, 1)
			.comma()
			.date(2024, 12, 5)
			.endRow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		buffer.drainTo(out);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("0,-42,9223372036854775807,2023-01,2024-12-05\n");
		assertThat(buffer.rows()).isEqualTo(1);
	}

}
