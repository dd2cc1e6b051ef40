package id.paritrana.app.dataset.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import id.paritrana.app.dataset.generator.Territory.ProvinceFigures;
import id.paritrana.app.dataset.generator.Territory.RegionFigures;

/**
 * The data sets about regions and their governments (DESIGN §6): coverage, minimum wages,
 * villages, non-ASN groups, protection of vulnerable workers and regulations. Provinces
 * ({@code NN}) and regencies/cities ({@code NN.NN}) are both governments.
 */
final class RegionalData {

	static final String REGION_COVERAGE = "region_code,year,wage_workers,nonwage_workers,pu_participants,bpu_participants";

	static final String MINIMUM_WAGES = "region_code,year,monthly_minimum_wage";

	static final String VILLAGES = "village_code,vulnerable_protected";

	static final String NONASN = "government_code,group,workers,covered";

	static final String VULNERABLE = "government_code,funding,workers_protected";

	static final String REGULATIONS = "government_code,type,number,year,title,verified";

	/** Ordered from the highest level down, as §5.1 ranks them. */
	private static final String[] REGULATION_TYPES = { "PERDA", "PERKADA", "INSTRUKSI", "SURAT_EDARAN", "MOU" };

	private static final String[] REGULATION_TITLES = { "Penyelenggaraan Perlindungan Jaminan Sosial Ketenagakerjaan",
			"Optimalisasi Pelaksanaan Program Jaminan Sosial Ketenagakerjaan",
			"Perlindungan Jaminan Sosial bagi Pekerja Rentan",
			"Kepesertaan Jaminan Sosial Ketenagakerjaan bagi Pegawai Non ASN",
			"Kerja Sama Perluasan Kepesertaan Jaminan Sosial Ketenagakerjaan dengan BPJS Ketenagakerjaan" };

	private final Territory territory;

	private final Settings settings;

	RegionalData(Territory territory, Settings settings) {
		this.territory = territory;
		this.settings = settings;
	}

	void regionCoverage(CsvFile file) {
		for (RegionFigures region : this.territory.allRegions()) {
			String code = region.regency().code();
			coverageRow(file, code, this.settings.year() - 1, region.wageWorkersBefore(), region.nonwageWorkersBefore(),
					region.puParticipantsBefore(), region.bpuParticipantsBefore());
			coverageRow(file, code, this.settings.year(), region.wageWorkers(), region.nonwageWorkers(),
					region.puParticipants(), region.bpuParticipants());
		}
	}

	private static void coverageRow(CsvFile file, String code, int year, long wage, long nonwage, long pu, long bpu) {
		file.row()
			.text(code)
			.comma()
			.number(year)
			.comma()
			.number(wage)
			.comma()
			.number(nonwage)
			.comma()
			.number(pu)
			.comma()
			.number(bpu);
		file.end();
	}

	/** Every province's UMP for Y, and the UMK of the regencies/cities that set one. */
	void minimumWages(CsvFile file) {
		for (ProvinceFigures province : this.territory.provinces()) {
			wageRow(file, province.province().code(), province.minimumWage());
			for (RegionFigures region : this.territory.regions(province)) {
				if (region.regionalMinimumWage() > 0) {
					wageRow(file, region.regency().code(), region.regionalMinimumWage());
				}
			}
		}
	}

	private void wageRow(CsvFile file, String code, long wage) {
		file.row().text(code).comma().number(this.settings.year()).comma().number(wage);
		file.end();
	}

	/**
	 * Every village with its protected vulnerable workers, clustered around the "1 desa
	 * 100 pekerja rentan" threshold: a better government has a larger share of villages
	 * at 100 or more, and a quarter of those sit exactly on 100 (the target, just met).
	 */
	void villages(CsvFile file) {
		for (RegionFigures region : this.territory.allRegions()) {
			SplittableRandom random = random("villages", region.regency().code());
			double share = 0.03 + 0.45 * Math.pow(region.quality(), 1.5) * random.nextDouble(0.5, 1.0);
			for (String village : region.regency().villages()) {
				long protectedWorkers;
				if (random.nextDouble() < share) {
					protectedWorkers = random.nextDouble() < 0.25 ? 100 : 100 + random.nextInt(1, 250);
				}
				else {
					protectedWorkers = random.nextDouble() < 0.3 ? 0 : random.nextInt(1, 100);
				}
				file.row().text(village).comma().number(protectedWorkers);
				file.end();
			}
		}
	}

	/**
	 * Non-ASN workers per group. Provinces employ office staff, senior-school teachers
	 * and election staff; regencies/cities also fund village officials and RT/RW heads.
	 */
	void nonAsn(CsvFile file) {
		for (ProvinceFigures province : this.territory.provinces()) {
			SplittableRandom random = random("nonasn", province.province().code());
			String code = province.province().code();
			double coverage = province.quality();
			nonAsnRow(file, random, code, "HONORER_PEMDA", 2_000 + random.nextInt(13_000), coverage);
			nonAsnRow(file, random, code, "GURU_HONORER", 1_000 + random.nextInt(9_000), coverage);
			nonAsnRow(file, random, code, "PENYELENGGARA_PEMILU", 100 + random.nextInt(700), coverage);
			for (RegionFigures region : this.territory.regions(province)) {
				random = random("nonasn", region.regency().code());
				code = region.regency().code();
				coverage = region.quality();
				int villages = region.regency().villages().size();
				nonAsnRow(file, random, code, "HONORER_PEMDA", 500 + random.nextInt(5_500), coverage);
				nonAsnRow(file, random, code, "GURU_HONORER", 300 + random.nextInt(4_700), coverage);
				nonAsnRow(file, random, code, "PENYELENGGARA_PEMILU", 50 + random.nextInt(550), coverage);
				nonAsnRow(file, random, code, "APARAT_DESA", desa(region) * random.nextInt(6, 11), coverage);
				nonAsnRow(file, random, code, "RT_RW", villages * random.nextInt(10, 41), coverage);
			}
		}
	}

	/**
	 * Village officials serve only in a desa (village code {@code NN.NN.NN.2NNN}); a
	 * kelurahan ({@code 1NNN}) is run by civil servants, so most cities have none.
	 */
	private static int desa(RegionFigures region) {
		return (int) region.regency().villages().stream().filter(code -> code.charAt(9) == '2').count();
	}

	/**
	 * One in ten groups is not reported at all, nor is a group without workers; the rest
	 * are covered in line with the government's quality.
	 */
	private static void nonAsnRow(CsvFile file, SplittableRandom random, String code, String group, int workers,
			double quality) {
		if (random.nextDouble() < 0.1 || workers == 0) {
			return;
		}
		double share = Territory.clamp(quality * random.nextDouble(0.4, 1.4));
		file.row().text(code).comma().text(group).comma().number(workers).comma().number(Math.round(workers * share));
		file.end();
	}

	/**
	 * Vulnerable workers protected per funding source. APBD funding is what §4.1 scores
	 * (per 1,000 non-wage workers, bands at 1, 5, 10 and 20), so it is spread across
	 * them.
	 */
	void vulnerable(CsvFile file) {
		for (ProvinceFigures province : this.territory.provinces()) {
			SplittableRandom random = random("vulnerable", province.province().code());
			vulnerableRows(file, random, province.province().code(), province.quality(),
					this.territory.nonwageWorkers(province), 0);
			for (RegionFigures region : this.territory.regions(province)) {
				vulnerableRows(file, random("vulnerable", region.regency().code()), region.regency().code(),
						region.quality(), region.nonwageWorkers(), region.regency().villages().size());
			}
		}
	}

	private static void vulnerableRows(CsvFile file, SplittableRandom random, String code, double quality,
			long nonwageWorkers, int villages) {
		if (random.nextDouble() < 0.3 + 0.6 * quality) {
			double perThousand = 25 * quality * random.nextDouble(0.2, 1.4);
			vulnerableRow(file, code, "APBD", Math.max(1, Math.round(nonwageWorkers * perThousand / 1000)));
		}
		if (villages > 0 && random.nextDouble() < 0.35) {
			vulnerableRow(file, code, "APBDES", (long) villages * random.nextInt(5, 60));
		}
		if (random.nextDouble() < 0.3) {
			vulnerableRow(file, code, "CSR", random.nextInt(50, 3_000));
		}
		if (random.nextDouble() < 0.15) {
			vulnerableRow(file, code, "OTHER", random.nextInt(20, 1_000));
		}
	}

	private static void vulnerableRow(CsvFile file, String code, String funding, long workers) {
		file.row().text(code).comma().text(funding).comma().number(workers);
		file.end();
	}

	/**
	 * Zero to three regulations per government; better governments lean to stronger
	 * instruments (PERDA, PERKADA), and about one in seven is not (yet) verified.
	 */
	void regulations(CsvFile file) {
		for (ProvinceFigures province : this.territory.provinces()) {
			regulationRows(file, province.province().code(), province.quality());
			for (RegionFigures region : this.territory.regions(province)) {
				regulationRows(file, region.regency().code(), region.quality());
			}
		}
	}

	private void regulationRows(CsvFile file, String code, double quality) {
		SplittableRandom random = random("regulations", code);
		if (random.nextDouble() < 0.1 + 0.25 * (1 - quality)) {
			return;
		}
		int count = 1 + random.nextInt(3);
		List<Integer> numbers = new ArrayList<>();
		double[] weights = { 0.5 + 3 * quality, 1 + 2 * quality, 1.5, 1.5, 1 };
		for (int i = 0; i < count; i++) {
			int type = pick(random, weights);
			int number;
			do {
				number = 1 + random.nextInt(60);
			}
			while (numbers.contains(number));
			numbers.add(number);
			int year = this.settings.year() - random.nextInt(7);
			file.row()
				.text(code)
				.comma()
				.text(REGULATION_TYPES[type])
				.comma()
				.number(number)
				.comma()
				.number(year)
				.comma()
				.text(REGULATION_TITLES[random.nextInt(REGULATION_TITLES.length)])
				.comma()
				.text(random.nextDouble() < 0.85 ? "true" : "false");
			file.end();
		}
	}

	static int pick(SplittableRandom random, double[] weights) {
		double total = 0;
		for (double weight : weights) {
			total += weight;
		}
		double draw = random.nextDouble(total);
		for (int i = 0; i < weights.length - 1; i++) {
			draw -= weights[i];
			if (draw < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private SplittableRandom random(String stream, String code) {
		return Seeds.random(this.settings.seed(), stream, code);
	}

}
