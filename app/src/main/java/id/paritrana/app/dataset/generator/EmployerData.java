package id.paritrana.app.dataset.generator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import id.paritrana.app.dataset.generator.Territory.ProvinceFigures;
import id.paritrana.app.dataset.generator.Territory.RegionFigures;

/**
 * Employers of one regency/city with their twelve months of contributions and their
 * contribution to vulnerable workers. Most employers comply; a minority fails in exactly
 * the ways DESIGN §5.1 measures (late, unpaid or partial payments, missing programs,
 * wages under the minimum, missing months, under-registration), more often the lower
 * their latent quality.
 */
final class EmployerData {

	static final String EMPLOYERS = "npp,name,region_code,sector,size_class";

	static final String CONTRIBUTIONS = "npp,month,workers_total,workers_registered,programs,wage_reported_total,"
			+ "contribution_due,contribution_paid,paid_date";

	static final String EMPLOYER_VULNERABLE = "npp,vulnerable_workers_protected,vendors,vendors_covered";

	static final String BESAR = "BESAR";

	static final String MENENGAH = "MENENGAH";

	static final String KECIL = "KECIL";

	static final String MIKRO = "MIKRO";

	private static final int JKK = 1;

	private static final int JKM = 2;

	private static final int JHT = 4;

	private static final int JP = 8;

	private static final int JKP = 16;

	/** Programs as written, indexed by their bit set, in the order JKK;JKM;JHT;JP;JKP. */
	private static final byte[][] PROGRAMS = programs();

	/**
	 * KBLI 2020 sections A–U, weighted roughly like the registered employers of BPJS TK.
	 */
	private static final double[] SECTOR_WEIGHTS = { 6, 1, 14, 0.3, 0.5, 7, 30, 5, 10, 2, 2, 1, 3, 4, 0.5, 3, 2, 1, 6,
			0.5, 0.1 };

	/**
	 * JKK premium in basis points by sector: 24 (very low risk) to 174 (very high:
	 * mining, construction).
	 */
	private static final int[] SECTOR_JKK = { 127, 174, 89, 89, 89, 174, 54, 89, 54, 24, 24, 24, 24, 54, 24, 24, 54, 54,
			54, 24, 24 };

	private static final byte[][] SECTOR_LETTERS = sectorLetters();

	/**
	 * Nominees kept per size class and regency: more than any province's shortlist needs.
	 */
	private static final int NOMINEES_KEPT = 5;

	/** NPPs are eight digits: 10,000,000 plus a number below 90,000,000. */
	private static final long NPP_SPACE = 90_000_000L;

	/** Half the bits of the Feistel domain, 2^28 ≥ {@link #NPP_SPACE}. */
	private static final int HALF_BITS = 14;

	private static final long HALF_MASK = (1L << HALF_BITS) - 1;

	/** An employer the jury is likely to meet: compliant, with its latent quality. */
	record Nominee(String code, double quality) {
	}

	/**
	 * Rows of one regency's employers, and its likely nominees, ready to append in order.
	 */
	record Chunk(CsvBuffer employers, CsvBuffer contributions, CsvBuffer vulnerable, List<Nominee> besar,
			List<Nominee> menengah) {
	}

	private final Settings settings;

	private final long nppKey;

	EmployerData(Settings settings) {
		this.settings = settings;
		this.nppKey = Seeds.mix(settings.seed() ^ 0x4E5050L);
	}

	/**
	 * Employers per region by largest remainder, proportional to the region's wage
	 * workers.
	 */
	static int[] allocate(List<RegionFigures> regions, int total) {
		double sum = regions.stream().mapToDouble(RegionFigures::wageWorkers).sum();
		int[] counts = new int[regions.size()];
		double[] remainders = new double[regions.size()];
		int given = 0;
		for (int i = 0; i < counts.length; i++) {
			double exact = total * regions.get(i).wageWorkers() / sum;
			counts[i] = (int) exact;
			remainders[i] = exact - counts[i];
			given += counts[i];
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
		for (int i = 0; given < total; i++, given++) {
			counts[order.get(i)]++;
		}
		return counts;
	}

	/**
	 * The NPP of the employer with this running index: a keyed permutation of the index,
	 * so NPPs never repeat yet look random. A Feistel network permutes 28-bit numbers;
	 * walking the cycle until the value is below 90,000,000 keeps it a permutation of
	 * that range.
	 */
	long npp(long index) {
		long value = index;
		do {
			value = feistel(value);
		}
		while (value >= NPP_SPACE);
		return 10_000_000L + value;
	}

	private long feistel(long value) {
		long left = value >>> HALF_BITS;
		long right = value & HALF_MASK;
		for (int round = 0; round < 4; round++) {
			long mixed = (Seeds.mix(right ^ (this.nppKey + round)) & HALF_MASK);
			long next = left ^ mixed;
			left = right;
			right = next;
		}
		return (left << HALF_BITS) | right;
	}

	Chunk generate(ProvinceFigures province, RegionFigures region, long firstIndex, int count) {
		SplittableRandom random = Seeds.random(this.settings.seed(), "employers", region.regency().code());
		Chunk chunk = new Chunk(new CsvBuffer(count * 64), new CsvBuffer(count * 12 * 80), new CsvBuffer(count * 8),
				new ArrayList<>(), new ArrayList<>());
		byte[] regionCode = region.regency().code().getBytes(StandardCharsets.UTF_8);
		long minimumWage = region.minimumWage(province);
		for (int k = 0; k < count; k++) {
			employer(random, chunk, npp(firstIndex + k), regionCode, minimumWage);
		}
		return new Chunk(chunk.employers(), chunk.contributions(), chunk.vulnerable(), best(chunk.besar()),
				best(chunk.menengah()));
	}

	private static List<Nominee> best(List<Nominee> nominees) {
		return nominees.stream()
			.sorted(Comparator.comparingDouble(Nominee::quality).reversed().thenComparing(Nominee::code))
			.limit(NOMINEES_KEPT)
			.toList();
	}

	/**
	 * How one employer behaves over the year: the months and ways in which it fails, if
	 * any.
	 */
	private record Conduct(boolean compliant, int programs, int reducedPrograms, int reducedFrom, int lateMonths,
			int unpaidMonths, int partialMonths, int underWageUntil, int absentMonths, double registeredShare,
			double growth, long wagePerWorker, long lowWagePerWorker) {
	}

	private void employer(SplittableRandom random, Chunk chunk, long npp, byte[] regionCode, long minimumWage) {
		double roll = random.nextDouble();
		String size;
		int headcount;
		if (roll < 0.01) {
			size = BESAR;
			headcount = (int) Math.round(100 * Math.exp(random.nextDouble() * Math.log(50)));
		}
		else if (roll < 0.05) {
			size = MENENGAH;
			headcount = random.nextInt(20, 100);
		}
		else if (roll < 0.30) {
			size = KECIL;
			headcount = random.nextInt(5, 20);
		}
		else {
			size = MIKRO;
			headcount = random.nextInt(1, 5);
		}
		int sector = RegionalData.pick(random, SECTOR_WEIGHTS);
		chunk.employers()
			.number(npp)
			.comma()
			.text(CompanyNames.name(random, size, sector))
			.comma()
			.raw(regionCode)
			.comma()
			.raw(SECTOR_LETTERS[sector])
			.comma()
			.text(size)
			.endRow();
		double quality = random.nextDouble();
		Conduct conduct = conduct(random, size, quality, minimumWage);
		months(random, chunk.contributions(), npp, headcount, SECTOR_JKK[sector], conduct);
		vulnerable(random, chunk.vulnerable(), npp, size, headcount, quality);
		if (conduct.compliant() && size.equals(BESAR)) {
			chunk.besar().add(new Nominee(Long.toString(npp), quality));
		}
		else if (conduct.compliant() && size.equals(MENENGAH)) {
			chunk.menengah().add(new Nominee(Long.toString(npp), quality));
		}
	}

	private static Conduct conduct(SplittableRandom random, String size, double quality, long minimumWage) {
		// Failures are twice as likely as the base rate for the worst employers, never
		// for the best.
		double risk = 2 * (1 - quality);
		boolean underRegistered = random.nextDouble() < 0.12 * risk;
		boolean missingProgram = random.nextDouble() < (size.equals(BESAR) ? 0.03 : 0.06) * risk;
		boolean late = random.nextDouble() < 0.10 * risk;
		boolean unpaid = random.nextDouble() < 0.03 * risk;
		boolean partial = random.nextDouble() < 0.03 * risk;
		boolean underWage = random.nextDouble() < 0.06 * risk;
		boolean missingMonths = random.nextDouble() < 0.04 * risk;

		int required = required(size);
		boolean extraJkp = random.nextDouble() < switch (size) {
			case BESAR, MENENGAH -> 0.4;
			case KECIL -> 0.15;
			default -> 0.05;
		};
		int programs = required | (extraJkp ? JKP : 0);
		// The program most often left out is the last one the size class requires (JP for
		// the larger firms).
		int reduced = programs & ~Integer.highestOneBit(required);
		int reducedFrom = missingProgram ? (random.nextBoolean() ? 1 : random.nextInt(2, 13)) : 13;
		int lateMonths = late ? months(random, 0.3) : 0;
		int unpaidMonths = unpaid ? someMonths(random, 2) : 0;
		int partialMonths = partial ? someMonths(random, 2) & ~unpaidMonths : 0;
		int underWageUntil = underWage ? (random.nextBoolean() ? 12 : random.nextInt(1, 7)) : 0;
		int absentMonths = missingMonths ? absent(random) : 0;
		double registeredShare = underRegistered ? random.nextDouble(0.6, 0.97) : 1;
		double growth = random.nextDouble(-0.10, 0.25);
		long wagePerWorker = minimumWage + Math.round(minimumWage * random.nextDouble(wageSpread(size)));
		long lowWagePerWorker = Math.round(minimumWage * random.nextDouble(0.75, 0.99));
		boolean compliant = !(underRegistered || missingProgram || late || unpaid || partial || underWage
				|| missingMonths);
		return new Conduct(compliant, programs, reduced, reducedFrom, lateMonths, unpaidMonths, partialMonths,
				underWageUntil, absentMonths, registeredShare, growth, wagePerWorker, lowWagePerWorker);
	}

	/**
	 * The contribution rows of the twelve months of Y (fewer when months are missing).
	 */
	private void months(SplittableRandom random, CsvBuffer rows, long npp, int headcount, int sectorJkk,
			Conduct conduct) {
		int year = this.settings.year();
		for (int month = 1; month <= 12; month++) {
			int bit = 1 << (month - 1);
			if ((conduct.absentMonths() & bit) != 0) {
				continue;
			}
			int total = (int) Math.max(1, Math.round(headcount * (1 + conduct.growth() * (month - 1) / 11)));
			int registered = (int) Math.max(1, Math.floor(total * conduct.registeredShare()));
			long wage = (month <= conduct.underWageUntil() ? conduct.lowWagePerWorker() : conduct.wagePerWorker())
					* registered;
			int programs = month >= conduct.reducedFrom() ? conduct.reducedPrograms() : conduct.programs();
			long due = (wage * rate(programs, sectorJkk) + 5_000) / 10_000;
			rows.number(npp)
				.comma()
				.month(year, month)
				.comma()
				.number(total)
				.comma()
				.number(registered)
				.comma()
				.raw(PROGRAMS[programs])
				.comma()
				.number(wage)
				.comma()
				.number(due)
				.comma();
			int payYear = month == 12 ? year + 1 : year;
			int payMonth = month == 12 ? 1 : month + 1;
			if ((conduct.unpaidMonths() & bit) != 0) {
				rows.number(0).comma();
			}
			else if ((conduct.lateMonths() & bit) != 0) {
				rows.number(due).comma();
				if (random.nextBoolean()) {
					rows.date(payYear, payMonth, random.nextInt(16, 29));
				}
				else {
					rows.date(payMonth == 12 ? payYear + 1 : payYear, payMonth == 12 ? 1 : payMonth + 1,
							random.nextInt(1, 29));
				}
			}
			else {
				long paid = (conduct.partialMonths() & bit) != 0 ? Math.round(due * random.nextDouble(0.5, 0.95)) : due;
				rows.number(paid).comma().date(payYear, payMonth, random.nextInt(1, 16));
			}
			rows.endRow();
		}
	}

	/**
	 * Protection of vulnerable workers and vendors: reported by most large firms, few
	 * micro ones.
	 */
	private static void vulnerable(SplittableRandom random, CsvBuffer rows, long npp, String size, int headcount,
			double quality) {
		if (random.nextDouble() >= switch (size) {
			case BESAR -> 0.7;
			case MENENGAH -> 0.45;
			case KECIL -> 0.12;
			default -> 0.04;
		}) {
			return;
		}
		int vendors = random.nextInt(switch (size) {
			case BESAR -> 61;
			case MENENGAH -> 21;
			case KECIL -> 6;
			default -> 3;
		});
		long protectedWorkers = Math.round(headcount * random.nextDouble(0.15) * (0.5 + quality));
		long covered = Math.round(vendors * Territory.clamp(quality * random.nextDouble(0.5, 1.5)));
		rows.number(npp).comma().number(protectedWorkers).comma().number(vendors).comma().number(covered).endRow();
	}

	/** Programs required by Perpres 109/2013 for the size class (DESIGN §5.1). */
	private static int required(String size) {
		return switch (size) {
			case BESAR, MENENGAH -> JKK | JKM | JHT | JP;
			case KECIL -> JKK | JKM | JHT;
			default -> JKK | JKM;
		};
	}

	/** How far above the minimum a size class pays on average: large firms pay more. */
	private static double wageSpread(String size) {
		return switch (size) {
			case BESAR -> 1.5;
			case MENENGAH -> 0.8;
			case KECIL -> 0.4;
			default -> 0.2;
		};
	}

	/** Contribution rate in basis points of the reported wages for the programs paid. */
	private static long rate(int programs, int sectorJkk) {
		long rate = 0;
		rate += (programs & JKK) != 0 ? sectorJkk : 0;
		rate += (programs & JKM) != 0 ? 30 : 0;
		rate += (programs & JHT) != 0 ? 570 : 0;
		rate += (programs & JP) != 0 ? 300 : 0;
		rate += (programs & JKP) != 0 ? 46 : 0;
		return rate;
	}

	/** Each month with the given chance; at least one. */
	private static int months(SplittableRandom random, double chance) {
		int mask = 0;
		for (int month = 0; month < 12; month++) {
			if (random.nextDouble() < chance) {
				mask |= 1 << month;
			}
		}
		return mask != 0 ? mask : 1 << random.nextInt(12);
	}

	/** One to {@code most} distinct months. */
	private static int someMonths(SplittableRandom random, int most) {
		int mask = 0;
		int count = random.nextInt(1, most + 1);
		while (Integer.bitCount(mask) < count) {
			mask |= 1 << random.nextInt(12);
		}
		return mask;
	}

	/**
	 * Months without a row: either a gap of one to three months, or registration in the
	 * middle of the year.
	 */
	private static int absent(SplittableRandom random) {
		if (random.nextDouble() < 0.4) {
			int firstMonth = random.nextInt(2, 8);
			return (1 << (firstMonth - 1)) - 1;
		}
		return someMonths(random, 3);
	}

	private static byte[][] sectorLetters() {
		byte[][] letters = new byte[SECTOR_WEIGHTS.length][];
		for (int sector = 0; sector < letters.length; sector++) {
			letters[sector] = new byte[] { (byte) ('A' + sector) };
		}
		return letters;
	}

	private static byte[][] programs() {
		String[] names = { "JKK", "JKM", "JHT", "JP", "JKP" };
		byte[][] table = new byte[32][];
		for (int set = 0; set < 32; set++) {
			StringBuilder text = new StringBuilder();
			for (int program = 0; program < names.length; program++) {
				if ((set & (1 << program)) != 0) {
					text.append(text.isEmpty() ? "" : ";").append(names[program]);
				}
			}
			table[set] = text.toString().getBytes(StandardCharsets.UTF_8);
		}
		return table;
	}

}
