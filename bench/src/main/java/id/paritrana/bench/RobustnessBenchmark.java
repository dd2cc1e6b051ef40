package id.paritrana.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.rubric.Rubrics;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.JuryScores;
import id.paritrana.engine.score.Robustness;
import id.paritrana.engine.score.Scorer;

/**
 * Weight robustness (DESIGN §5.9) of the 514 regencies/cities ranked nationally with the
 * default rubric, every one interviewed by 5 jurors: 1,000 draws. Target: under 2 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RobustnessBenchmark {

	CategoryResult result;

	@Setup
	public void setUp() {
		SplittableRandom random = new SplittableRandom(514);
		CandidateTable.Builder b = CandidateTable.builder(Category.PEMKAB_PEMKOT);
		JuryScores jury = new JuryScores();
		List<String> criteria = List.of("komitmen", "kebijakan", "inovasi", "keberlanjutan", "penyajian");
		List<String> levels = Measure.REGULATION_LEVEL.levels();
		for (int i = 0; i < 514; i++) {
			String code = String.format("%02d.%02d", 11 + i % 38, i / 38 + 1);
			int index = b.add(code, "Kabupaten " + code, "ID");
			b.setLevel("regulation_level", index, levels.get(random.nextInt(levels.size())));
			b.set("pu_coverage_pct", index, 100 * random.nextDouble());
			b.set("bpu_coverage_pct", index, 40 * random.nextDouble());
			b.set("coverage_growth_pp", index, -2 + 8 * random.nextDouble());
			b.set("nonasn_coverage_pct", index, 100 * random.nextDouble());
			b.set("vulnerable_per_1000", index, 25 * random.nextDouble());
			b.set("village_ecosystem_pct", index, 60 * random.nextDouble());
			for (int j = 0; j < 5; j++) {
				for (String c : criteria) {
					jury.add(code, "J" + j, c, 50 + random.nextInt(51));
				}
			}
		}
		this.result = Scorer.score(Rubrics.defaultFor(Category.PEMKAB_PEMKOT), Level.NASIONAL, b.build(), jury);
	}

	@Benchmark
	public Robustness thousandDraws() {
		return Robustness.analyse(this.result);
	}

}
