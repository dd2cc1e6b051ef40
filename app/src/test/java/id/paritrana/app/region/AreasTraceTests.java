package id.paritrana.app.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.Driver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Reading areas asks the database only for columns it has: H2 writes every miss (with its
 * stack trace) to the trace file beside the database, which grew by megabytes a minute
 * under use.
 */
class AreasTraceTests {

	@TempDir
	Path dir;

	@Test
	void readingAreasLeavesNothingInTheTraceFile() throws IOException {
		String url = "jdbc:h2:file:" + this.dir.resolve("areas").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
		JdbcClient jdbc = JdbcClient.create(new SimpleDriverDataSource(new Driver(), url, "sa", ""));
		for (String sql : new String[] { "CREATE TABLE province (code VARCHAR(2) PRIMARY KEY, name VARCHAR(120))",
				"CREATE TABLE regency (code VARCHAR(5) PRIMARY KEY, province_code VARCHAR(2), name VARCHAR(120),"
						+ " kind VARCHAR(10))",
				"CREATE TABLE district (code VARCHAR(8) PRIMARY KEY, regency_code VARCHAR(5), name VARCHAR(120))",
				"CREATE TABLE village (code VARCHAR(13) PRIMARY KEY, district_code VARCHAR(8), name VARCHAR(120))",
				"INSERT INTO province VALUES ('34', 'DI Yogyakarta')",
				"INSERT INTO regency VALUES ('34.71', '34', 'Kota Yogyakarta', 'KOTA')",
				"INSERT INTO district VALUES ('34.71.01', '34.71', 'Mantrijeron')",
				"INSERT INTO village VALUES ('34.71.01.1001', '34.71.01', 'Gedongkiwo')" }) {
			jdbc.sql(sql).update();
		}
		Areas areas = new Areas(jdbc, null);

		Area city = areas.find("34.71").orElseThrow();
		assertThat(city)
			.isEqualTo(new Area("34.71", "Kota Yogyakarta", AreaLevel.KABUPATEN_KOTA, true, "34", "DI Yogyakarta"));
		assertThat(areas.provinces()).extracting(Area::parentCode).containsExactly((String) null);
		assertThat(areas.children(city)).extracting(Area::code).containsExactly("34.71.01");
		assertThat(areas.ancestors(areas.find("34.71.01.1001").orElseThrow())).extracting(Area::code)
			.containsExactly("34", "34.71", "34.71.01");
		assertThat(areas.search("yogya")).extracting(Area::code).containsExactly("34", "34.71");
		jdbc.sql("SHUTDOWN").update();

		Path trace = this.dir.resolve("areas.trace.db");
		assertThat(Files.exists(trace) ? Files.readString(trace) : "").doesNotContain("not found");
	}

}
