package id.paritrana.app;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code ApplicationModules.verify()} for SQL: every table of the migrations belongs to
 * one module ({@link #OWNERS}), and only that module's SQL names it (after FROM, JOIN,
 * INTO, UPDATE, TABLE or COPY in a string literal or text block of its main sources).
 * Another module asks the owner's public API instead, so a table's rules (which data-set
 * version is current, what a write validates and audits) live in one place. See
 * docs/table-ownership.md.
 */
class TableOwnershipTests {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	static final Path SOURCES = Path.of("src/main/java/id/paritrana/app");

	/** The module owning each table of the migrations; a new table gets its line here. */
	static final Map<String, String> OWNERS = owners(
			entry("region", List.of("province", "regency", "district", "village")),
			entry("security",
					List.of("app_user", "api_token", "spring_session", "spring_session_attributes", "sign_in_link")),
			entry("audit", List.of("audit_log", "audit_head")),
			entry("system", List.of("health_probe", "event_publication", "recomputation", "outbox_message")),
			entry("edition", List.of("edition", "edition_choice", "edition_rubric", "edition_stage", "level_lock")),
			entry("dataset",
					List.of("dataset_version", "data_region_coverage", "data_nonasn", "data_vulnerable_protection",
							"data_village_protection", "data_regulation", "data_employer", "data_contribution",
							"data_employer_vulnerable", "data_minimum_wage", "data_jury_score", "contribution_total",
							"candidate_measure", "measure_run")),
			entry("assessment", List.of("desk_score", "desk_score_run", "nominee")),
			entry("jury",
					List.of("jury_sheet", "jury_score", "panel_member", "conflict_declaration", "jury_assignment",
							"interview_slot", "sheet_reminder")),
			entry("candidate", List.of("questionnaire")), entry("evidence", List.of("evidence")),
			entry("result", List.of("result_snapshot", "result_row", "result_input", "result_zone_award", "promotion")),
			entry("certificate", List.of("certificate")));

	static final Pattern CREATE_TABLE = Pattern.compile("CREATE TABLE\\s+([a-z_][a-z0-9_]*)");

	static final Pattern NAMED = Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE|COPY)\\s+([a-z_][a-z0-9_]*)\\b");

	@Test
	void everyTableOfTheMigrationsHasAnOwner() {
		Set<String> tables = new TreeSet<>();
		for (Path migration : files(MIGRATIONS, ".sql")) {
			Matcher m = CREATE_TABLE.matcher(read(migration));
			while (m.find()) {
				tables.add(m.group(1));
			}
		}
		assertThat(tables).as("tables of the migrations without an owner in TableOwnershipTests.OWNERS")
			.isSubsetOf(OWNERS.keySet());
		assertThat(OWNERS.keySet()).as("owned tables no migration creates").isSubsetOf(tables);
	}

	@Test
	void noModuleNamesAnotherModulesTableInItsSql() {
		List<String> violations = crossings().stream().map(c -> {
			String table = c.substring(c.indexOf(' ') + 1);
			return c + " (owned by " + OWNERS.get(table) + ")";
		}).toList();
		assertThat(violations).as("SQL naming another module's table: use the owner's API").isEmpty();
	}

	@Test
	void theScannerFindsTablesInStringsAndTextBlocksOnly() {
		String source = """
				// SELECT x FROM nominee in a comment
				String a = "SELECT * FROM desk_score d JOIN " + "nominee n";
				String b = \"""
				    INSERT INTO jury_sheet (a)
				    SELECT 1 FROM (SELECT 1) t\""";
				char c = '"';
				String d = "UPDATE \\"quoted\\" SET x = 1; DELETE FROM evidence";
				""";
		assertThat(tables(source)).containsExactly("desk_score", "nominee", "jury_sheet", "evidence");
	}

	/**
	 * Every "module/File.java table" where a module's main source names a table another
	 * module owns.
	 */
	static Set<String> crossings() {
		Set<String> crossings = new TreeSet<>();
		for (Path file : files(SOURCES, ".java")) {
			Path relative = SOURCES.relativize(file);
			String module = (relative.getNameCount() > 1) ? relative.getName(0).toString() : "";
			for (String table : tables(read(file))) {
				String owner = OWNERS.get(table);
				if (owner != null && !owner.equals(module)) {
					crossings.add(relative.toString().replace('\\', '/') + " " + table);
				}
			}
		}
		return crossings;
	}

	/**
	 * The known tables named after an SQL keyword in the string literals of a Java
	 * source, in order.
	 */
	static List<String> tables(String source) {
		// literals are joined with a space: SQL is often split across concatenated
		// strings
		Matcher m = NAMED.matcher(String.join(" ", literals(source)));
		List<String> tables = new ArrayList<>();
		while (m.find()) {
			if (OWNERS.containsKey(m.group(1))) {
				tables.add(m.group(1));
			}
		}
		return tables;
	}

	/**
	 * The contents of the string literals and text blocks of a Java source, skipping
	 * comments and chars.
	 */
	static List<String> literals(String s) {
		List<String> literals = new ArrayList<>();
		int i = 0;
		while (i < s.length()) {
			if (s.startsWith("//", i)) {
				int end = s.indexOf('\n', i);
				i = (end < 0) ? s.length() : end;
			}
			else if (s.startsWith("/*", i)) {
				int end = s.indexOf("*/", i + 2);
				i = (end < 0) ? s.length() : end + 2;
			}
			else if (s.startsWith("\"\"\"", i)) {
				int end = i + 3;
				while (end < s.length() && !s.startsWith("\"\"\"", end)) {
					end += (s.charAt(end) == '\\') ? 2 : 1;
				}
				literals.add(s.substring(i + 3, Math.min(end, s.length())));
				i = end + 3;
			}
			else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
				char quote = s.charAt(i);
				int end = i + 1;
				while (end < s.length() && s.charAt(end) != quote && s.charAt(end) != '\n') {
					end += (s.charAt(end) == '\\') ? 2 : 1;
				}
				if (quote == '"') {
					literals.add(s.substring(i + 1, Math.min(end, s.length())));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return literals;
	}

	@SafeVarargs
	private static Map<String, String> owners(Map.Entry<String, List<String>>... modules) {
		Map<String, String> owners = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> module : modules) {
			for (String table : module.getValue()) {
				String before = owners.put(table, module.getKey());
				if (before != null) {
					throw new IllegalStateException(table + " has two owners: " + before + " and " + module.getKey());
				}
			}
		}
		return owners;
	}

	private static List<Path> files(Path dir, String suffix) {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted(Comparator.naturalOrder()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
