package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a reader sees of numbers, times, units, flags and audit records, in Indonesian and
 * in English.
 */
class FormatsTests {

	static final Locale ID = Locale.forLanguageTag("id");

	/**
	 * 2024-03-01 01:02:03.456789 UTC: 08.02 in Jakarta, 09.02 in Makassar, 10.02 in
	 * Jayapura.
	 */
	static final Instant MOMENT = Instant.parse("2024-03-01T01:02:03.456789Z");

	final Formats fmt = new Formats(messages(), null, JsonMapper.builder().build());

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void numbersUseTheSeparatorsOfTheReadersLanguage() {
		LocaleContextHolder.setLocale(ID);
		assertThat(this.fmt.score(1234.5)).isEqualTo("1.234,50");
		assertThat(this.fmt.whole(1234567)).isEqualTo("1.234.567");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.score(1234.5)).isEqualTo("1,234.50");
		assertThat(this.fmt.whole(1234567)).isEqualTo("1,234,567");
	}

	@Test
	void timesAreInTheZoneOfTheProvinceToTheMinute() {
		LocaleContextHolder.setLocale(ID);
		assertThat(this.fmt.time(MOMENT)).contains("08.02").endsWith(" WIB").doesNotContain("03.456");
		assertThat(this.fmt.time(MOMENT, "34.71")).contains("08.02").endsWith(" WIB");
		assertThat(this.fmt.time(MOMENT, "75")).contains("09.02").endsWith(" WITA");
		assertThat(this.fmt.time(MOMENT, "65.01")).endsWith(" WITA");
		assertThat(this.fmt.time(MOMENT, "91")).contains("10.02").endsWith(" WIT");
		assertThat(this.fmt.time(MOMENT, "ID")).endsWith(" WIB");
		assertThat(this.fmt.time(MOMENT, "84242787")).as("an NPP is no area code").endsWith(" WIB");
		assertThat(this.fmt.time(MOMENT)).contains("Mar 2024");
		assertThat(this.fmt.time(null)).isEmpty();
	}

	@Test
	void measuresCarryTheirUnits() {
		LocaleContextHolder.setLocale(ID);
		assertThat(this.fmt.measure(61.2, "pu_coverage_pct")).isEqualTo("61,20%");
		assertThat(this.fmt.measure(12, "months_reported")).isEqualTo("12 bulan");
		assertThat(this.fmt.measure(1500000.0, "arrears")).isEqualTo("Rp1.500.000");
		assertThat(this.fmt.measure(3.5, "vulnerable_per_1000")).isEqualTo("3,50 per 1.000");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.measure(12, "months_reported")).isEqualTo("12 months");
		assertThat(this.fmt.measure(1.25, "coverage_growth_pp")).isEqualTo("1.25 percentage points");
	}

	@Test
	void flagsAndCodesAreReadable() {
		LocaleContextHolder.setLocale(ID);
		assertThat(this.fmt.flag("DATA_TIDAK_TERSEDIA:rantai_pasok")).isEqualTo("Data tidak tersedia: rantai pasok");
		assertThat(this.fmt.flag("TIDAK_MEMENUHI:arrears")).isEqualTo("Tidak memenuhi: tunggakan iuran harus nol");
		assertThat(this.fmt.code("PEMKAB_PEMKOT")).isEqualTo("Pemerintah Kabupaten/Kota");
		assertThat(this.fmt.code("SURAT_EDARAN")).isEqualTo("Surat edaran");
		assertThat(this.fmt.auditAction("STAGE_ADVANCED")).isEqualTo("Tahap dilanjutkan");
		Map<String, Integer> versions = new LinkedHashMap<>();
		versions.put("PEMPROV", 1);
		versions.put("UKM", 2);
		assertThat(this.fmt.versions(versions)).isEqualTo("Pemerintah Provinsi 1, Usaha Kecil dan Mikro 2");
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		assertThat(this.fmt.auditAction("STAGE_ADVANCED")).isEqualTo("Stage advanced");
	}

	@Test
	void anAuditRecordIsReadAsNamedValues() {
		LocaleContextHolder.setLocale(ID);
		assertThat(
				this.fmt.record("{\"category\":\"UKM\",\"stage\":{\"state\":\"SELESAI\"},\"note\":null,\"ok\":true}"))
			.doesNotContain("{", "}", "null")
			.anySatisfy(line -> assertThat(line).endsWith(": Usaha Kecil dan Mikro"))
			.anySatisfy(line -> assertThat(line).endsWith(": Selesai"))
			.anySatisfy(line -> assertThat(line).endsWith(": —"))
			.anySatisfy(line -> assertThat(line).endsWith(": ya"));
		assertThat(this.fmt.record(null)).isEmpty();
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
