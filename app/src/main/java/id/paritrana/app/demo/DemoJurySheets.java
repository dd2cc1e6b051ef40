package id.paritrana.app.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.jury.Assignments;
import id.paritrana.app.jury.JuryScoring;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Criterion;
import id.paritrana.engine.rubric.Jury;
import id.paritrana.engine.rubric.Level;

/**
 * The demo edition's interviews under way: DI Yogyakarta's level moved on to WAWANCARA
 * and its jurors' sheets recorded, most submitted, some still drafts. A juror's scores
 * are those of one juror id of the generated {@code jury-scores} data set for that
 * nominee, or, where the file has none left, derived from the names (the same on every
 * machine). Runs only once assignments exist and no sheet does.
 */
@Component
@Order(20)
class DemoJurySheets implements DemoStep {

	static final String PROVINCE = DemoJuries.PROVINCE;

	private final Stages stages;

	private final Assignments assignments;

	private final EditionRubrics rubrics;

	private final JuryScoring scoring;

	DemoJurySheets(Stages stages, Assignments assignments, EditionRubrics rubrics, JuryScoring scoring) {
		this.stages = stages;
		this.assignments = assignments;
		this.rubrics = rubrics;
		this.scoring = scoring;
	}

	/** Whether the demo's sheets exist. */
	@Override
	public boolean seeded(int year) {
		return this.scoring.anySheet(year);
	}

	@Override
	public void seed(int year, String actor) {
		if (this.assignments.of(year, PROVINCE, null).isEmpty()) {
			return;
		}
		if (this.stages.running(year, PROVINCE, Stage.SELEKSI)) {
			this.stages.advanceAs(actor, year, PROVINCE);
		}
		if (!this.stages.running(year, PROVINCE, Stage.WAWANCARA)) {
			return;
		}
		for (Category category : Category.values()) {
			List<Assignments.Assignment> assigned = this.assignments.of(year, PROVINCE, category);
			if (assigned.isEmpty() || this.rubrics.rubric(year, category).jury().isEmpty()) {
				continue;
			}
			Jury jury = this.rubrics.rubric(year, category).jury().orElseThrow();
			Map<String, Map<String, Map<String, Integer>>> imported = this.scoring.importedScores(year, Level.PROVINSI,
					category);
			Map<String, List<String>> jurorsByNominee = new TreeMap<>();
			assigned.forEach(
					a -> jurorsByNominee.computeIfAbsent(a.candidateCode(), c -> new ArrayList<>()).add(a.juror()));
			List<JuryScoring.RecordedSheet> sheets = new ArrayList<>();
			int n = 0;
			for (Map.Entry<String, List<String>> nominee : jurorsByNominee.entrySet()) {
				List<Map<String, Integer>> fromFile = new ArrayList<>(
						imported.getOrDefault(nominee.getKey(), Map.of()).values());
				List<String> jurors = nominee.getValue().stream().sorted().toList();
				for (int k = 0; k < jurors.size(); k++) {
					Map<String, Integer> scores = (k < fromFile.size() && complete(jury, fromFile.get(k)))
							? fromFile.get(k) : derived(jury, nominee.getKey(), jurors.get(k));
					// every third nominee still waits for its last juror, who has a
					// partial draft
					boolean draft = n % 3 == 2 && k == jurors.size() - 1;
					if (draft) {
						Map<String, Integer> partial = new LinkedHashMap<>();
						scores.entrySet().stream().limit(2).forEach(e -> partial.put(e.getKey(), e.getValue()));
						scores = partial;
					}
					sheets.add(new JuryScoring.RecordedSheet(nominee.getKey(), jurors.get(k),
							draft ? JuryScoring.SheetStatus.DRAFT : JuryScoring.SheetStatus.SUBMITTED, scores));
				}
				n++;
			}
			this.scoring.record(actor, year, Level.PROVINSI, category, sheets);
		}
	}

	private static boolean complete(Jury jury, Map<String, Integer> scores) {
		return jury.criteria().stream().allMatch(c -> scores.containsKey(c.id()))
				&& scores.keySet().stream().allMatch(jury::hasCriterion);
	}

	private static Map<String, Integer> derived(Jury jury, String code, String juror) {
		Map<String, Integer> scores = new LinkedHashMap<>();
		for (Criterion criterion : jury.criteria()) {
			scores.put(criterion.id(), 55 + Math.floorMod((code + juror + criterion.id()).hashCode(), 41));
		}
		return scores;
	}

}
