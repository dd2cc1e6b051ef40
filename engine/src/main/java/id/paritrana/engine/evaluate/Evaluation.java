package id.paritrana.engine.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import id.paritrana.engine.area.Areas;
import id.paritrana.engine.award.Promotion;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.InvalidDataException;
import id.paritrana.engine.data.Problems;
import id.paritrana.engine.measure.DataDirectory;
import id.paritrana.engine.measure.EmployerMeasures;
import id.paritrana.engine.measure.Employers;
import id.paritrana.engine.measure.RegionMeasures;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

/**
 * One stateless evaluation (DESIGN §7.1): the §6 files of a directory, scored per
 * category at the provincial level and, when asked, the national level.
 *
 * <p>
 * Candidates (§7.1 "What evaluate assesses"): {@code PEMKAB_PEMKOT} every regency/city
 * with a region-coverage row for year Y; {@code PEMPROV} every province with at least one
 * such regency; {@code BU_BESAR}, {@code BU_MENENGAH}, {@code UKM} every employer, by
 * size class. The national level holds every {@code PEMPROV} candidate and the juara 1 of
 * every province of the other categories.
 */
public final class Evaluation {

	private final int year;

	private final Areas areas;

	private final RegionMeasures regions;

	private final EmployerMeasures employers;

	/** The scored categories, level by level, categories in §4 order. */
	private final List<Scored> scored = new ArrayList<>();

	/**
	 * One category at one level, with the government number or employer of each
	 * candidate.
	 */
	record Scored(CategoryResult result, int[] source) {
	}

	private Evaluation(int year, Areas areas, RegionMeasures regions, EmployerMeasures employers) {
		this.year = year;
		this.areas = areas;
		this.regions = regions;
		this.employers = employers;
	}

	/**
	 * Reads, checks and scores the data in {@code dir}.
	 * @param upTo {@link Level#PROVINSI} for the provincial level only,
	 * {@link Level#NASIONAL} for both
	 * @throws InvalidDataException with every problem of every file, before anything is
	 * scored
	 */
	public static Evaluation run(Path dir, int year, Areas areas, Map<Category, Rubric> rubrics, Level upTo) {
		Problems problems = new Problems();
		DataDirectory files = DataDirectory.of(dir, areas, year, problems);
		Employers employers = files.employers();
		EmployerMeasures employerMeasures = EmployerMeasures.compute(employers, year, files.file(DataSet.CONTRIBUTIONS),
				files.file(DataSet.EMPLOYER_VULNERABLE), files.minimumWages(),
				Runtime.getRuntime().availableProcessors(), problems);
		RegionMeasures regions = files.regionMeasures();
		Evaluation evaluation = new Evaluation(year, areas, regions, employerMeasures);
		Map<Category, int[]> candidates = evaluation.candidates();
		Map<Category, BitSet> candidateSets = asSets(candidates);
		JuryFile jury = files.file(DataSet.JURY_SCORES)
			.map(f -> JuryFile.read(f, rubrics,
					(category, code) -> evaluation.isCandidate(candidateSets, category, code), problems))
			.orElseGet(JuryFile::none);
		if (!problems.isEmpty()) {
			throw new InvalidDataException(problems);
		}
		evaluation.score(candidates, rubrics, jury, upTo);
		return evaluation;
	}

	/** The candidates of every category: government numbers or employer numbers. */
	private Map<Category, int[]> candidates() {
		Map<Category, int[]> candidates = new EnumMap<>(Category.class);
		candidates.put(Category.PEMPROV, this.regions.candidates(Category.PEMPROV));
		candidates.put(Category.PEMKAB_PEMKOT, this.regions.candidates(Category.PEMKAB_PEMKOT));
		Employers all = this.employers.employers();
		for (Category category : List.of(Category.BU_BESAR, Category.BU_MENENGAH, Category.UKM)) {
			candidates.put(category,
					IntStream.range(0, all.size()).filter(e -> all.sizeClass(e).category() == category).toArray());
		}
		return candidates;
	}

	private boolean isCandidate(Map<Category, BitSet> candidates, Category category, String code) {
		if (isEmployerCategory(category) && !this.employers.employers().isComplete()) {
			// the employers file could not be read (and says so): do not also flood the
			// jury file
			return true;
		}
		int source = isEmployerCategory(category) ? this.employers.employers().find(code) : this.areas.government(code);
		return source >= 0 && candidates.get(category).get(source);
	}

	private static Map<Category, BitSet> asSets(Map<Category, int[]> candidates) {
		Map<Category, BitSet> sets = new EnumMap<>(Category.class);
		candidates.forEach((category, sources) -> {
			BitSet set = new BitSet();
			IntStream.of(sources).forEach(set::set);
			sets.put(category, set);
		});
		return sets;
	}

	static boolean isEmployerCategory(Category category) {
		return category == Category.BU_BESAR || category == Category.BU_MENENGAH || category == Category.UKM;
	}

	private void score(Map<Category, int[]> candidates, Map<Category, Rubric> rubrics, JuryFile jury, Level upTo) {
		Map<Category, Scored> provincial = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			if (category.assessedAt(Level.PROVINSI)) {
				Scored s = score(category, Level.PROVINSI, candidates.get(category), rubrics, jury);
				provincial.put(category, s);
				this.scored.add(s);
			}
		}
		if (upTo != Level.NASIONAL) {
			return;
		}
		for (Category category : Category.values()) {
			int[] sources = candidates.get(category);
			Scored fromProvince = provincial.get(category);
			if (fromProvince != null) {
				// selected in one pass: the row order of Promotion.promotedIndices (a
				// sort of every
				// candidate) does not matter here
				CategoryResult result = fromProvince.result();
				sources = IntStream.range(0, result.size())
					.filter(i -> Promotion.promotes(result.finalRank(i)))
					.map(i -> fromProvince.source()[i])
					.toArray();
			}
			this.scored.add(score(category, Level.NASIONAL, sources, rubrics, jury));
		}
	}

	private Scored score(Category category, Level level, int[] sources, Map<Category, Rubric> rubrics, JuryFile jury) {
		int n = sources.length;
		String[] codes = new String[n];
		String[] names = new String[n];
		String[] scopes = new String[n];
		// the text of 700,000 employers is most of building the table: made on every core
		// (all reads), then added in candidate order
		IntStream.range(0, n).parallel().forEach(i -> {
			codes[i] = code(category, sources[i]);
			names[i] = name(category, sources[i]);
			scopes[i] = scope(category, sources[i], level);
		});
		CandidateTable.Builder builder = CandidateTable.builder(category, n);
		for (int i = 0; i < n; i++) {
			int s = sources[i];
			builder.add(codes[i], names[i], scopes[i]);
			if (isEmployerCategory(category)) {
				for (Measure m : EmployerMeasures.MEASURES) {
					builder.set(m, i, this.employers.value(m, s));
				}
			}
			else {
				for (Measure m : RegionMeasures.MEASURES) {
					if (m.isOrdinal()) {
						builder.setLevel(m.id(), i, this.regions.regulationLevel(s).orElse(null));
					}
					else {
						builder.set(m, i, this.regions.value(m, s));
					}
				}
			}
		}
		CandidateTable table = builder.build();
		return new Scored(Scorer.score(rubrics.get(category), level, table, jury.scoresOf(level, table)), sources);
	}

	private String code(Category category, int source) {
		if (isEmployerCategory(category)) {
			return this.employers.employers().npp(source);
		}
		return this.areas.governmentCode(source);
	}

	private String name(Category category, int source) {
		if (isEmployerCategory(category)) {
			return this.employers.employers().name(source);
		}
		return (category == Category.PEMPROV) ? this.areas.provinceName(source)
				: this.areas.regencyName(source - this.areas.provinceCount());
	}

	private String scope(Category category, int source, Level level) {
		int province = isEmployerCategory(category) ? this.employers.employers().province(source)
				: this.areas.provinceOfGovernment(source);
		return level.scope(this.areas.provinceCode(province));
	}

	/** The year assessed. */
	public int year() {
		return this.year;
	}

	/**
	 * The results of every category scored, level by level (provincial first), categories
	 * in §4 order.
	 */
	public List<CategoryResult> results() {
		return this.scored.stream().map(Scored::result).toList();
	}

	/**
	 * The rows of {@code results.csv} in §7.1 order: by level, scope, category, final
	 * rank, desk rank (unranked last), candidate code. Row r is candidate
	 * {@code candidate[r]} of scored category {@code category[r]}; two arrays rather than
	 * an object per row.
	 */
	Rows rows() {
		int total = this.scored.stream().mapToInt(s -> s.result().size()).sum();
		Rows rows = new Rows(new int[total], new int[total]);
		int r = 0;
		for (Level level : Level.values()) {
			List<Integer> ofLevel = new ArrayList<>();
			List<int[]> orders = new ArrayList<>();
			java.util.TreeSet<String> scopes = new java.util.TreeSet<>();
			for (int k = 0; k < this.scored.size(); k++) {
				CategoryResult result = this.scored.get(k).result();
				if (result.level() == level) {
					ofLevel.add(k);
					// order() sorts by scope first, so each scope's rows form one run
					int[] order = result.order();
					orders.add(order);
					String previous = null;
					for (int i : order) {
						String scope = result.candidates().scope(i);
						if (!scope.equals(previous)) {
							scopes.add(scope);
							previous = scope;
						}
					}
				}
			}
			int[] next = new int[ofLevel.size()];
			for (String scope : scopes) {
				// scored categories are held in §4 order
				for (int c = 0; c < ofLevel.size(); c++) {
					int[] order = orders.get(c);
					CandidateTable table = this.scored.get(ofLevel.get(c)).result().candidates();
					while (next[c] < order.length && table.scope(order[next[c]]).equals(scope)) {
						rows.category()[r] = ofLevel.get(c);
						rows.candidate()[r++] = order[next[c]++];
					}
				}
			}
		}
		return rows;
	}

	/** Rows of {@code results.csv}: scored category and candidate index of each. */
	record Rows(int[] category, int[] candidate) {

		int size() {
			return this.category.length;
		}

	}

	/** Writes {@code results.csv} (§7.1) in UTF-8. */
	public void writeResults(OutputStream out) throws IOException {
		ResultsCsv.write(this, out);
	}

	/**
	 * Writes the explanation of every candidate (§5.7) as JSON, in the order of
	 * {@code results.csv}.
	 */
	public void writeExplanation(OutputStream out) {
		ExplanationJson.write(this, out);
	}

	Scored scored(int k) {
		return this.scored.get(k);
	}

	/** The raw inputs of a measure of the candidate at {@code source} of a category. */
	Map<String, Object> inputs(Category category, Measure measure, int source) {
		return isEmployerCategory(category) ? this.employers.inputs(measure, source)
				: this.regions.inputs(measure, source);
	}

	/**
	 * The value of a numeric measure of the candidate at {@code source}, NaN when
	 * missing.
	 */
	double value(Category category, Measure measure, int source) {
		return isEmployerCategory(category) ? this.employers.value(measure, source)
				: this.regions.value(measure, source);
	}

}
