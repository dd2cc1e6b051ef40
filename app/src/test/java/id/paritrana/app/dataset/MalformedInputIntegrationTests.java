package id.paritrana.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import id.paritrana.app.DemoUsers;
import id.paritrana.app.IntegrationTest;
import id.paritrana.app.edition.Editions;
import id.paritrana.engine.data.DataSet;

/**
 * Thousands of malformed files (seeded, so any failure can be replayed): wrong encodings,
 * missing and extra columns, stray quotes, huge and negative numbers, impossible dates,
 * unknown codes and NPPs, empty files, a header only, binary garbage, an .xlsx that is
 * not a zip, a very long single line. Every one is refused with clear problems (never an
 * exception, never a stack trace) and stores nothing; through the API every one answers
 * 400.
 */
@IntegrationTest
class MalformedInputIntegrationTests {

	static final int EDITION = 2027;

	static final long SEED = 20_260_101L;

	static final int CASES = 2_000;

	/** One in this many cases also goes through the API. */
	static final int THROUGH_API = 10;

	static final List<DataSet> SETS = List.of(DataSet.MINIMUM_WAGES, DataSet.NONASN, DataSet.REGULATIONS,
			DataSet.VILLAGE_PROTECTION, DataSet.EMPLOYERS, DataSet.EMPLOYER_VULNERABLE, DataSet.REGION_COVERAGE,
			DataSet.VULNERABLE_PROTECTION, DataSet.JURY_SCORES);

	@TempDir
	static Path dir;

	@Autowired
	DatasetImport imports;

	@Autowired
	Editions editions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@BeforeAll
	static void generate() {
		GeneratedData.generate(dir, "--scale", "small", "--seed", "3", "--year", Integer.toString(EDITION - 1));
	}

	@Test
	void everyMalformedFileIsRefusedClearlyAndStoresNothing() throws Exception {
		if (this.editions.find(EDITION).isEmpty()) {
			this.editions.create("test", EDITION, null);
		}
		for (DataSet set : List.of(DataSet.EMPLOYERS, DataSet.MINIMUM_WAGES)) {
			Path file = dir.resolve(set.baseName() + ".csv");
			assertThat(this.imports
				.run(new ImportRequest(EDITION, set, file.getFileName().toString(), file, "test"), ImportProgress.NONE)
				.imported()).isTrue();
		}
		String before = snapshot();
		Random random = new Random(SEED);
		Path cases = Files.createDirectories(dir.resolve("cases"));
		int[] kinds = new int[Mutation.values().length];
		for (int i = 0; i < CASES; i++) {
			DataSet set = SETS.get(random.nextInt(SETS.size()));
			Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
			if (mutation == Mutation.IMPOSSIBLE_DATE) {
				set = DataSet.CONTRIBUTIONS;
			}
			kinds[mutation.ordinal()]++;
			List<String> lines = Files.readAllLines(dir.resolve(set.baseName() + ".csv"));
			Mutated mutated = mutation.apply(lines, set, random);
			String name = set.baseName() + mutated.extension();
			Path file = cases.resolve(i + "-" + name);
			Files.write(file, mutated.bytes());
			String label = "case " + i + " (" + mutation + " of " + set.baseName() + ", seed " + SEED + ")";
			ImportOutcome outcome = this.imports.run(new ImportRequest(EDITION, set, name, file, "test"),
					ImportProgress.NONE);
			assertThat(outcome.imported()).as(label).isFalse();
			assertThat(outcome.problems()).as(label).isNotEmpty().allSatisfy(p -> {
				assertThat(p.line()).isPositive();
				assertThat(p.column()).isNotBlank();
				assertThat(p.reason()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
			});
			if (i % THROUGH_API == 0) {
				MvcResult result = this.mvc
					.perform(multipart("/api/v1/editions/{y}/datasets/{set}", EDITION, set.baseName())
						.file(new MockMultipartFile("file", name, "application/octet-stream", mutated.bytes()))
						.with(csrf())
						.with(user(this.users.loadUserByUsername(DemoUsers.ADMIN))))
					.andReturn();
				assertThat(result.getResponse().getStatus()).as(label).isEqualTo(400);
				assertThat(result.getResponse().getContentAsString()).as(label)
					.contains("\"problems\"")
					.doesNotContain("Exception");
			}
			Files.delete(file);
		}
		assertThat(snapshot()).as("nothing stored").isEqualTo(before);
		assertThat(java.util.stream.IntStream.of(kinds).min().getAsInt()).as("every kind of mutation was tried")
			.isGreaterThan(50);
	}

	/** Versions and row counts of every data table of the edition. */
	private String snapshot() {
		StringBuilder s = new StringBuilder();
		s.append(this.jdbc.sql("SELECT COUNT(*) FROM dataset_version WHERE edition_year = :y")
			.param("y", EDITION)
			.query(Long.class)
			.single());
		for (DataSet set : DataSet.values()) {
			s.append(',')
				.append(this.jdbc.sql("SELECT COUNT(*) FROM " + DataTable.of(set).table() + " WHERE edition_year = :y")
					.param("y", EDITION)
					.query(Long.class)
					.single());
		}
		return s.toString();
	}

	record Mutated(byte[] bytes, String extension) {

		static Mutated csv(List<String> lines) {
			return new Mutated((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), ".csv");
		}

	}

	/** Ways to break a valid file; each leaves it certainly invalid. */
	enum Mutation {

		LATIN1_TEXT {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				// a Latin-1 é (0xE9) inside a field is not UTF-8
				String csv = String.join("\n", lines) + "\n";
				int at = csv.indexOf('\n', random.nextInt(csv.length() - 1)) + 1;
				at = Math.min(at, csv.length() - 1);
				byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
				byte[] out = new byte[bytes.length + 1];
				System.arraycopy(bytes, 0, out, 0, at);
				out[at] = (byte) 0xE9;
				System.arraycopy(bytes, at, out, at + 1, bytes.length - at);
				return new Mutated(out, ".csv");
			}
		},
		UTF16 {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return new Mutated((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_16), ".csv");
			}
		},
		MISSING_COLUMN {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				int drop = random.nextInt(set.columns().size());
				List<String> out = new ArrayList<>();
				for (String line : lines) {
					List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
					if (fields.size() == set.columns().size()) {
						fields.remove(drop);
					}
					out.add(String.join(",", fields));
				}
				return Mutated.csv(out);
			}
		},
		EXTRA_COLUMN {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				List<String> out = new ArrayList<>();
				out.add(lines.get(0) + ",extra_" + random.nextInt(1000));
				lines.stream().skip(1).forEach(l -> out.add(l + "," + random.nextInt()));
				return Mutated.csv(out);
			}
		},
		EXTRA_FIELD_IN_A_ROW {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				List<String> out = new ArrayList<>(lines);
				int row = 1 + random.nextInt(lines.size() - 1);
				out.set(row, out.get(row) + ",surplus");
				return Mutated.csv(out);
			}
		},
		STRAY_QUOTE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				List<String> out = new ArrayList<>(lines);
				int row = 1 + random.nextInt(lines.size() - 1);
				out.set(row, "\"" + out.get(row));
				return Mutated.csv(out);
			}
		},
		HUGE_NUMBER {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return replaceNumber(lines, set, random, "9".repeat(16 + random.nextInt(40)));
			}
		},
		NEGATIVE_NUMBER {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return replaceNumber(lines, set, random, "-" + (1 + random.nextInt(1000)));
			}
		},
		UNKNOWN_CODE_OR_DUPLICATE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				// the first column of every data set here is a code (or a key) that must
				// exist or be well-formed
				List<String> out = new ArrayList<>(lines);
				int row = 1 + random.nextInt(lines.size() - 1);
				String[] fields = out.get(row).split(",", -1);
				fields[0] = switch (set) {
					case JURY_SCORES -> "KABUPATEN";
					// the NPP of another row: a duplicate key
					case EMPLOYERS -> out.get(row == 1 ? 2 : 1).split(",", -1)[0];
					case EMPLOYER_VULNERABLE -> "NPP" + random.nextInt(1_000_000);
					case VILLAGE_PROTECTION -> "99.99.99.9999";
					default -> random.nextBoolean() ? "99.99" : "9";
				};
				out.set(row, String.join(",", fields));
				return Mutated.csv(out);
			}
		},
		/**
		 * Of the contributions file: a date that is not in the calendar, or a month
		 * outside the year.
		 */
		IMPOSSIBLE_DATE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				List<String> out = new ArrayList<>(lines);
				int row = 1 + random.nextInt(lines.size() - 1);
				String[] fields = out.get(row).split(",", -1);
				String[] dates = { "2023-02-30", "2024-02-30", "2023-04-31", "2023-13-01", "2023-00-10" };
				if (random.nextBoolean()) {
					fields[8] = dates[random.nextInt(dates.length)];
				}
				else {
					fields[1] = (EDITION - 3) + "-0" + (1 + random.nextInt(9));
				}
				out.set(row, String.join(",", fields));
				return Mutated.csv(out);
			}
		},
		EMPTY_FILE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return new Mutated(new byte[0], random.nextBoolean() ? ".csv" : ".xlsx");
			}
		},
		HEADER_ONLY {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return Mutated.csv(List.of(lines.get(0)));
			}
		},
		BINARY_GARBAGE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				byte[] bytes = new byte[1 + random.nextInt(64 << 10)];
				random.nextBytes(bytes);
				return new Mutated(bytes, ".csv");
			}
		},
		XLSX_NOT_A_ZIP {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				byte[] bytes = random.nextBoolean() ? Mutated.csv(lines).bytes() : new byte[1 + random.nextInt(4096)];
				if (bytes.length < 100) {
					random.nextBytes(bytes);
				}
				return new Mutated(bytes, ".xlsx");
			}
		},
		ZIP_THAT_IS_NOT_A_WORKBOOK {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				try (ZipOutputStream zip = new ZipOutputStream(out)) {
					zip.putNextEntry(new ZipEntry("data.csv"));
					zip.write(Mutated.csv(lines).bytes());
					zip.closeEntry();
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
				byte[] bytes = out.toByteArray();
				if (random.nextBoolean()) {
					// and cut short
					bytes = java.util.Arrays.copyOf(bytes, bytes.length / 2);
				}
				return new Mutated(bytes, random.nextBoolean() ? ".xlsx" : ".csv");
			}
		},
		VERY_LONG_LINE {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				String line = "x".repeat((1 << 20) + random.nextInt(4 << 20));
				return Mutated.csv(random.nextBoolean() ? List.of(line) : List.of(lines.get(0), line));
			}
		},
		WRONG_EXTENSION {
			@Override
			Mutated apply(List<String> lines, DataSet set, Random random) {
				return new Mutated(Mutated.csv(lines).bytes(), random.nextBoolean() ? ".txt" : "");
			}
		};

		abstract Mutated apply(List<String> lines, DataSet set, Random random);

		/**
		 * Puts the text in a whole-number column of a random row; employers have none, so
		 * there it goes into size_class, where a number is no size class either.
		 */
		static Mutated replaceNumber(List<String> lines, DataSet set, Random random, String text) {
			List<Integer> numeric = new ArrayList<>();
			set.columns().forEach(c -> {
				if (c.type().kind() == id.paritrana.engine.data.FieldType.Kind.WHOLE
						|| c.type().kind() == id.paritrana.engine.data.FieldType.Kind.SCORE) {
					numeric.add(c.index());
				}
			});
			if (numeric.isEmpty()) {
				numeric.add(set.columns().size() - 1);
			}
			List<String> header = List.of(lines.get(0).split(",", -1));
			List<String> out = new ArrayList<>(lines);
			int row = 1 + random.nextInt(lines.size() - 1);
			String[] fields = out.get(row).split(",", -1);
			int column = numeric.get(random.nextInt(numeric.size()));
			fields[header.indexOf(set.columns().get(column).name())] = text;
			out.set(row, String.join(",", fields));
			return Mutated.csv(out);
		}

	}

}
