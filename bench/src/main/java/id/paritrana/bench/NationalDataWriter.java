package id.paritrana.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a national-scale data set (DESIGN §6) for the evaluate benchmark when the
 * {@code generate} command is not available: 750,000 employers of the real
 * regencies/cities and their 12 months of contributions (~9 M rows), plus region
 * coverage, minimum wages and employer contributions to vulnerable workers.
 * Deterministic: same arguments, same bytes.
 *
 * <p>
 * Usage: {@code NationalDataWriter OUT_DIR YEAR WILAYAH_DIR [EMPLOYERS]}
 */
public final class NationalDataWriter {

	private static final String[] SIZES = { "BESAR", "MENENGAH", "KECIL", "MIKRO" };

	private static final String[] PROGRAMS = { "JKK;JKM;JHT;JP", "JKK;JKM;JHT;JP;JKP", "JKK;JKM;JHT", "JKK;JKM",
			"JHT;JKK;JKM;JP" };

	private NationalDataWriter() {
	}

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args[0]);
		int year = Integer.parseInt(args[1]);
		Path wilayah = Path.of(args[2]);
		int employers = (args.length > 3) ? Integer.parseInt(args[3]) : 750_000;
		Files.createDirectories(out);
		List<String> regencies = new ArrayList<>();
		List<String> provinces = new ArrayList<>();
		for (String line : Files.readAllLines(wilayah.resolve("regencies.csv")).subList(1, 515)) {
			regencies.add(line.substring(0, line.indexOf(',')));
		}
		for (String line : Files.readAllLines(wilayah.resolve("provinces.csv"))) {
			if (!line.startsWith("code")) {
				provinces.add(line.substring(0, line.indexOf(',')));
			}
		}
		SplittableRandom random = new SplittableRandom(20231);
		try (Out w = new Out(out.resolve("minimum-wages.csv"))) {
			w.line("region_code,year,monthly_minimum_wage");
			for (String p : provinces) {
				w.line(p + "," + year + "," + (2_000_000 + random.nextInt(3_000_000)));
			}
			for (String r : regencies) {
				if (random.nextInt(3) > 0) {
					w.line(r + "," + year + "," + (2_200_000 + random.nextInt(3_000_000)));
				}
			}
		}
		try (Out w = new Out(out.resolve("region-coverage.csv"))) {
			w.line("region_code,year,wage_workers,nonwage_workers,pu_participants,bpu_participants");
			for (String r : regencies) {
				for (int y = year - 1; y <= year; y++) {
					long wage = 20_000 + random.nextInt(400_000);
					long nonwage = 30_000 + random.nextInt(600_000);
					w.line(r + "," + y + "," + wage + "," + nonwage + "," + (wage * random.nextInt(90) / 100) + ","
							+ (nonwage * random.nextInt(30) / 100));
				}
			}
		}
		byte[] size = new byte[employers];
		try (Out w = new Out(out.resolve("employers.csv"))) {
			w.line("npp,name,region_code,sector,size_class");
			for (int e = 0; e < employers; e++) {
				int roll = random.nextInt(100);
				size[e] = (byte) ((roll < 2) ? 0 : (roll < 10) ? 1 : (roll < 40) ? 2 : 3);
				w.line(npp(e) + ",PT Usaha Nusantara " + e + "," + regencies.get(random.nextInt(regencies.size())) + ","
						+ (char) ('A' + random.nextInt(21)) + "," + SIZES[size[e]]);
			}
		}
		try (Out w = new Out(out.resolve("employer-vulnerable.csv"))) {
			w.line("npp,vulnerable_workers_protected,vendors,vendors_covered");
			for (int e = 0; e < employers; e += 7) {
				int vendors = random.nextInt(20);
				w.line(npp(e) + "," + random.nextInt(50) + "," + vendors + ","
						+ (vendors == 0 ? 0 : random.nextInt(vendors + 1)));
			}
		}
		try (Out w = new Out(out.resolve("employer-contributions.csv"))) {
			w.line("npp,month,workers_total,workers_registered,programs,wage_reported_total,contribution_due,"
					+ "contribution_paid,paid_date");
			StringBuilder b = new StringBuilder(160);
			for (int e = 0; e < employers; e++) {
				int base = switch (size[e]) {
					case 0 -> 100 + random.nextInt(5000);
					case 1 -> 20 + random.nextInt(80);
					case 2 -> 5 + random.nextInt(15);
					default -> 1 + random.nextInt(4);
				};
				int skipped = (random.nextInt(30) == 0) ? random.nextInt(12) : -1;
				String npp = npp(e);
				for (int m = 1; m <= 12; m++) {
					if (m == skipped + 1) {
						continue;
					}
					int total = base + random.nextInt(1 + base / 10);
					int registered = total - random.nextInt(1 + total / 8);
					long wage = (long) registered * (2_000_000 + random.nextInt(4_000_000));
					long due = wage * 57 / 1000;
					long paid = (random.nextInt(25) == 0) ? due / 2 : due;
					int day = 1 + random.nextInt(20);
					b.setLength(0);
					b.append(npp).append(',').append(year).append('-').append(m < 10 ? "0" : "").append(m).append(',');
					b.append(total).append(',').append(registered).append(',');
					b.append(PROGRAMS[random.nextInt(PROGRAMS.length)]).append(',');
					b.append(wage).append(',').append(due).append(',').append(paid).append(',');
					if (random.nextInt(50) != 0) {
						int py = (m == 12) ? year + 1 : year;
						int pm = (m == 12) ? 1 : m + 1;
						b.append(py)
							.append('-')
							.append(pm < 10 ? "0" : "")
							.append(pm)
							.append('-')
							.append(day < 10 ? "0" : "")
							.append(day);
					}
					w.line(b);
				}
			}
		}
	}

	private static String npp(int e) {
		return "NPP" + (10_000_000 + e);
	}

	/** A buffered ASCII line writer. */
	private static final class Out implements AutoCloseable {

		private final OutputStream out;

		Out(Path file) throws IOException {
			this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
		}

		void line(CharSequence text) throws IOException {
			this.out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
			this.out.write('\n');
		}

		@Override
		public void close() throws IOException {
			this.out.close();
		}

	}

}
