package id.paritrana.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

/**
 * Scoring one category of all employers at once (DESIGN §5.2–§5.4, §8): 750,000
 * candidates × 8 indicators, eligibility, desk and final ranks within 38 provinces.
 * Target: under 300 ms on one core. Measures are given (synthetic, seeded): this times
 * the engine, not the data side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScoringBenchmark {

	/**
	 * Eight indicators over three aspects, with the business eligibility conditions of
	 * §4.2.
	 */
	static final String RUBRIC = """
			category: BU_BESAR
			aspects:
			  - id: kepatuhan
			    name: Kepatuhan
			    weight: 50
			    indicators:
			      - {id: tertib_daftar, name: Tertib daftar, weight: 15, measure: registration_pct, rule: {type: linear, from: 80, to: 100}}
			      - {id: kelengkapan_program, name: Kelengkapan program, weight: 10, measure: program_complete_pct, rule: {type: linear, from: 0, to: 100}}
			      - {id: tertib_iuran, name: Tertib iuran, weight: 15, measure: ontime_pct, rule: {type: linear, from: 50, to: 100}}
			      - {id: tertib_upah, name: Tertib upah, weight: 10, measure: wage_compliance_pct, rule: {type: linear, from: 50, to: 100}}
			  - id: kontribusi
			    name: Kontribusi
			    weight: 30
			    indicators:
			      - {id: pekerja_rentan, name: Pekerja rentan, weight: 10, measure: vulnerable_per_100_workers, rule: {type: bands, bands: [{min: 0, score: 0}, {min: 1, score: 50}, {min: 5, score: 80}, {min: 10, score: 100}]}}
			      - {id: rantai_pasok, name: Rantai pasok, weight: 10, measure: supply_chain_pct, rule: {type: linear, from: 0, to: 100}}
			      - {id: tunggakan, name: Tunggakan, weight: 10, measure: arrears, rule: {type: linear, from: 1000000, to: 0}}
			  - id: kinerja
			    name: Kinerja
			    weight: 20
			    indicators:
			      - {id: pertumbuhan, name: Pertumbuhan pekerja, weight: 20, measure: worker_growth_pct, rule: {type: percentile}}
			eligibility:
			  - {measure: arrears, operator: "=", value: 0}
			  - {measure: months_reported, operator: "=", value: 12}
			  - {measure: registration_pct, operator: ">=", value: 90}
			""";

	@Param("750000")
	int candidates;

	Rubric rubric;

	CandidateTable table;

	@Setup
	public void setUp() {
		this.rubric = Rubrics.parse("bench.yaml", RUBRIC);
		this.table = table(this.candidates, 38, 1);
	}

	static CandidateTable table(int n, int provinces, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		CandidateTable.Builder b = CandidateTable.builder(Category.BU_BESAR);
		for (int i = 0; i < n; i++) {
			int index = b.add(String.format("%08d", i), "Employer " + i,
					Integer.toString(11 + random.nextInt(provinces)));
			b.set("registration_pct", index, 80 + 20 * random.nextDouble());
			b.set("program_complete_pct", index, 100.0 * random.nextInt(13) / 12);
			b.set("ontime_pct", index, 100.0 * random.nextInt(13) / 12);
			b.set("wage_compliance_pct", index, 100.0 * random.nextInt(13) / 12);
			b.set("vulnerable_per_100_workers", index, 15 * random.nextDouble());
			b.set("supply_chain_pct", index, (random.nextInt(10) == 0) ? Double.NaN : 100 * random.nextDouble());
			b.set("arrears", index, (random.nextInt(5) == 0) ? random.nextInt(1_000_000) : 0);
			b.set("months_reported", index, (random.nextInt(20) == 0) ? 11 : 12);
			b.set("worker_growth_pct", index, -20 + 60 * random.nextDouble());
		}
		return b.build();
	}

	@Benchmark
	public CategoryResult scoreAndRank() {
		return Scorer.score(this.rubric, Level.PROVINSI, this.table);
	}

}
