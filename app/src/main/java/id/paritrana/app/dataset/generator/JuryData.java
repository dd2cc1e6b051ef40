package id.paritrana.app.dataset.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import id.paritrana.app.dataset.generator.EmployerData.Nominee;
import id.paritrana.app.dataset.generator.Territory.ProvinceFigures;
import id.paritrana.app.dataset.generator.Territory.RegionFigures;

/**
 * Interview scores (DESIGN §5.5) for a plausible shortlist: the candidates the latent
 * quality favours, since those are the ones the desk scores will put on top. Each
 * province's panel interviews its regencies/cities and large and medium employers; the
 * national jury interviews the best provinces and the likely provincial winners. UKM has
 * no interview.
 */
final class JuryData {

	static final String HEADER = "level,category,candidate_code,juror_id,criterion,score";

	static final List<String> GOVERNMENT_CRITERIA = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan",
			"penyajian");

	static final List<String> BUSINESS_CRITERIA = List.of("komitmen", "kepatuhan", "pekerja_rentan", "rantai_pasok",
			"penyajian");

	/** Candidates the national jury interviews per category (DESIGN §1: about ten). */
	private static final int NATIONAL_SHORTLIST = 10;

	private static final int PROVINCIAL_JUROR_POOL = 7;

	private record Candidate(String code, double quality) {
	}

	private final Territory territory;

	private final Settings settings;

	JuryData(Territory territory, Settings settings) {
		this.territory = territory;
		this.settings = settings;
	}

	/**
	 * Writes both levels; the nominees are the compliant large and medium employers by
	 * province code.
	 */
	void write(CsvFile file, Map<String, List<Nominee>> besar, Map<String, List<Nominee>> menengah) {
		List<Candidate> regencyWinners = new ArrayList<>();
		List<Candidate> besarWinners = new ArrayList<>();
		List<Candidate> menengahWinners = new ArrayList<>();
		for (ProvinceFigures province : this.territory.provinces()) {
			String code = province.province().code();
			SplittableRandom random = Seeds.random(this.settings.seed(), "jury", code);
			List<String> pool = new ArrayList<>();
			for (int i = 1; i <= PROVINCIAL_JUROR_POOL; i++) {
				pool.add(jurorId(code, i));
			}
			List<Candidate> regencies = this.territory.regions(province)
				.stream()
				.map(region -> new Candidate(region.regency().code(), region.quality()))
				.toList();
			regencyWinners
				.addAll(panel(file, random, "PROVINSI", "PEMKAB_PEMKOT", regencies, pool, GOVERNMENT_CRITERIA));
			besarWinners.addAll(
					panel(file, random, "PROVINSI", "BU_BESAR", nominees(besar.get(code)), pool, BUSINESS_CRITERIA));
			menengahWinners.addAll(panel(file, random, "PROVINSI", "BU_MENENGAH", nominees(menengah.get(code)), pool,
					BUSINESS_CRITERIA));
		}
		SplittableRandom random = Seeds.random(this.settings.seed(), "jury", "ID");
		List<String> national = new ArrayList<>();
		int jurors = random.nextInt(5, 8);
		for (int i = 1; i <= jurors; i++) {
			national.add(jurorId("ID", i));
		}
		List<Candidate> provinces = this.territory.provinces()
			.stream()
			.map(province -> new Candidate(province.province().code(), province.quality()))
			.toList();
		score(file, random, "NASIONAL", "PEMPROV", best(provinces, NATIONAL_SHORTLIST), national, GOVERNMENT_CRITERIA);
		score(file, random, "NASIONAL", "PEMKAB_PEMKOT", best(regencyWinners, NATIONAL_SHORTLIST), national,
				GOVERNMENT_CRITERIA);
		score(file, random, "NASIONAL", "BU_BESAR", best(besarWinners, NATIONAL_SHORTLIST), national,
				BUSINESS_CRITERIA);
		score(file, random, "NASIONAL", "BU_MENENGAH", best(menengahWinners, NATIONAL_SHORTLIST), national,
				BUSINESS_CRITERIA);
	}

	private static List<Candidate> nominees(List<Nominee> nominees) {
		return nominees == null ? List.of()
				: nominees.stream().map(nominee -> new Candidate(nominee.code(), nominee.quality())).toList();
	}

	/**
	 * Shortlists three to five candidates, lets a panel of three to five of the
	 * province's jurors score them, and returns the likely winner (the best candidate)
	 * for promotion.
	 */
	private static List<Candidate> panel(CsvFile file, SplittableRandom random, String level, String category,
			List<Candidate> candidates, List<String> pool, List<String> criteria) {
		List<Candidate> shortlist = best(candidates, random.nextInt(3, 6));
		List<String> jurors = new ArrayList<>(pool);
		for (int i = jurors.size() - 1; i > 0; i--) {
			Collections.swap(jurors, i, random.nextInt(i + 1));
		}
		jurors = jurors.subList(0, random.nextInt(3, 6)).stream().sorted().toList();
		score(file, random, level, category, shortlist, jurors, criteria);
		return shortlist.isEmpty() ? List.of() : List.of(shortlist.get(0));
	}

	private static List<Candidate> best(List<Candidate> candidates, int count) {
		return candidates.stream()
			.sorted(Comparator.comparingDouble(Candidate::quality).reversed().thenComparing(Candidate::code))
			.limit(count)
			.toList();
	}

	/**
	 * Integer scores 0–100: the candidate's quality sets the level, each juror is a
	 * little stricter or milder than the others, and each sub-criterion varies around
	 * that.
	 */
	private static void score(CsvFile file, SplittableRandom random, String level, String category,
			List<Candidate> shortlist, List<String> jurors, List<String> criteria) {
		double[] leniency = new double[jurors.size()];
		for (int j = 0; j < leniency.length; j++) {
			leniency[j] = 4 * random.nextGaussian();
		}
		List<Candidate> ordered = shortlist.stream().sorted(Comparator.comparing(Candidate::code)).toList();
		for (Candidate candidate : ordered) {
			double base = 55 + 35 * candidate.quality();
			for (int j = 0; j < jurors.size(); j++) {
				for (String criterion : criteria) {
					long score = Math.max(0, Math.min(100, Math.round(base + leniency[j] + 6 * random.nextGaussian())));
					file.row()
						.text(level)
						.comma()
						.text(category)
						.comma()
						.text(candidate.code())
						.comma()
						.text(jurors.get(j))
						.comma()
						.text(criterion)
						.comma()
						.number(score);
					file.end();
				}
			}
		}
	}

	/**
	 * {@code J-11-01}: the province (or {@code ID} for the national jury) and a number.
	 */
	private static String jurorId(String scope, int number) {
		return "J-" + scope + "-" + (number < 10 ? "0" : "") + number;
	}

}
