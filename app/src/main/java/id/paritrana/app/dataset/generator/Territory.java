package id.paritrana.app.dataset.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.paritrana.app.dataset.generator.Wilayah.Province;
import id.paritrana.app.dataset.generator.Wilayah.Regency;

/**
 * The regions in scope with their latent figures: workforce, social-security coverage in
 * both years, minimum wages and a hidden "quality" per government that later drives
 * regulations, protection of vulnerable workers and the jury's shortlist. Every other
 * data set is derived from this, so the files tell one consistent story.
 */
final class Territory {

	/** A province government with its latent quality. */
	record ProvinceFigures(Province province, double quality, long minimumWage) {
	}

	/** One regency/city: workforce and participants for year Y and Y−1. */
	record RegionFigures(Regency regency, double quality, long wageWorkers, long nonwageWorkers, long puParticipants,
			long bpuParticipants, long wageWorkersBefore, long nonwageWorkersBefore, long puParticipantsBefore,
			long bpuParticipantsBefore, long regionalMinimumWage) {

		/**
		 * The minimum wage that binds its employers: the UMK where set, else the
		 * province's UMP.
		 */
		long minimumWage(ProvinceFigures province) {
			return this.regionalMinimumWage > 0 ? this.regionalMinimumWage : province.minimumWage();
		}

	}

	private final List<ProvinceFigures> provinces = new ArrayList<>();

	private final Map<String, List<RegionFigures>> regions = new LinkedHashMap<>();

	Territory(Wilayah wilayah, Settings settings) {
		for (Province province : inScope(wilayah, settings)) {
			SplittableRandom random = Seeds.random(settings.seed(), "province", province.code());
			ProvinceFigures figures = new ProvinceFigures(province, quality(random),
					provincialMinimumWage(province, settings.year(), random));
			this.provinces.add(figures);
			List<RegionFigures> regencies = new ArrayList<>();
			for (Regency regency : province.regencies()) {
				regencies.add(region(settings, figures, regency));
			}
			this.regions.put(province.code(), List.copyOf(regencies));
		}
	}

	List<ProvinceFigures> provinces() {
		return List.copyOf(this.provinces);
	}

	List<RegionFigures> regions(ProvinceFigures province) {
		return this.regions.get(province.province().code());
	}

	List<RegionFigures> allRegions() {
		return this.regions.values().stream().flatMap(List::stream).toList();
	}

	/**
	 * Σ non-wage workers of the province's regencies in Y: the base of its APBD
	 * protection.
	 */
	long nonwageWorkers(ProvinceFigures province) {
		return regions(province).stream().mapToLong(RegionFigures::nonwageWorkers).sum();
	}

	private static List<Province> inScope(Wilayah wilayah, Settings settings) {
		if (settings.province() != null) {
			return List.of(wilayah.province(settings.province()));
		}
		if (settings.scale().provinces().isEmpty()) {
			return wilayah.provinces();
		}
		return settings.scale().provinces().stream().map(wilayah::province).toList();
	}

	private static RegionFigures region(Settings settings, ProvinceFigures province, Regency regency) {
		SplittableRandom random = Seeds.random(settings.seed(), "region", regency.code());
		double quality = quality(random);
		boolean java = province.province().onJava();
		// Labour force per regency/city is log-normal: a few metropolitan areas dwarf the
		// rest.
		double median = java ? 450_000 : 140_000;
		double workforce = median * Math.exp((java ? 0.6 : 0.7) * random.nextGaussian()) * (regency.city() ? 0.7 : 1.0);
		double wageShare = (regency.city() ? 0.55 : 0.30) + (java ? 0.05 : 0) + random.nextDouble(0.20);
		long wage = Math.max(1_000, Math.round(workforce * wageShare));
		long nonwage = Math.max(1_000, Math.round(workforce * (1 - wageShare)));
		double level = clamp(0.6 * quality + 0.4 * random.nextDouble());
		double puShare = 0.20 + 0.60 * level;
		double bpuShare = 0.02 + 0.28 * Math.pow(clamp(0.6 * quality + 0.4 * random.nextDouble()), 1.5);
		// Y−1: a slightly smaller workforce and mostly lower coverage, so growth is
		// mostly positive.
		long wageBefore = Math.round(wage * (1 - random.nextDouble(0.03)));
		long nonwageBefore = Math.round(nonwage * (1 - random.nextDouble(-0.01, 0.03)));
		double puShareBefore = clamp(puShare - random.nextDouble(-0.01, 0.05));
		double bpuShareBefore = clamp(bpuShare * (1 - random.nextDouble(-0.05, 0.25)));
		boolean hasUmk = random.nextDouble() < (java ? 0.9 : 0.35);
		long umk = hasUmk ? province.minimumWage() + Math.round(province.minimumWage() * random.nextDouble(0.6)) : 0;
		return new RegionFigures(regency, quality, wage, nonwage, Math.round(wage * puShare),
				Math.round(nonwage * bpuShare), wageBefore, nonwageBefore, Math.round(wageBefore * puShareBefore),
				Math.round(nonwageBefore * bpuShareBefore), umk);
	}

	/**
	 * UMP around 2023's range (≈ Rp 2.0–3.7 million, Jakarta ≈ 4.9 million), rising ~5 %
	 * a year.
	 */
	private static long provincialMinimumWage(Province province, int year, SplittableRandom random) {
		double base = province.code().equals("31") ? 4_700_000 + random.nextDouble(300_000)
				: 1_950_000 + random.nextDouble(1_750_000);
		return Math.round(base * Math.pow(1.05, year - 2023));
	}

	/** A latent quality in [0, 1], triangular around ½: most governments are average. */
	private static double quality(SplittableRandom random) {
		return (random.nextDouble() + random.nextDouble()) / 2;
	}

	static double clamp(double value) {
		return Math.max(0, Math.min(1, value));
	}

}
