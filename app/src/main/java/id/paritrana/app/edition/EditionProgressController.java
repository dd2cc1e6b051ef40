package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.paritrana.app.region.Areas;
import id.paritrana.app.security.SignedInUser;

/**
 * An edition at a glance for the national secretariat: every province's stages as a chart
 * (which stage each stands at, which are done), and per province the candidates, evidence
 * waiting, nominees and determinations, each linking to the page where that work is done.
 */
@Controller
class EditionProgressController {

	/**
	 * One province's row: its stages, the stage it stands at, and its counts, each with
	 * what it is out of (null for a plain count).
	 */
	record Row(String code, String name, List<StageStatus> stages, Stage current, List<Long> counts, List<Long> outOf) {
	}

	private final Editions editions;

	private final EditionChoice choice;

	private final Stages stages;

	private final Areas areas;

	private final ObjectProvider<ProgressCounts> counts;

	EditionProgressController(Editions editions, EditionChoice choice, Stages stages, Areas areas,
			ObjectProvider<ProgressCounts> counts) {
		this.editions = editions;
		this.choice = choice;
		this.stages = stages;
		this.areas = areas;
		this.counts = counts;
	}

	@GetMapping("/kemajuan")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/kemajuan")
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/kemajuan")
	String progress(@PathVariable int year, Model model) {
		model.addAttribute("edition", this.editions.require(year));
		List<ProgressCounts.Column> columns = new ArrayList<>();
		this.counts.orderedStream().forEach(source -> columns.addAll(source.count(year)));
		Map<String, List<StageStatus>> levels = this.stages.stagesOfEveryLevel(year);
		List<Row> rows = this.areas.provinces().stream().map(p -> {
			LevelStages stages = new LevelStages(levels.getOrDefault(p.code(), LevelStages.notStarted().stages()));
			return new Row(p.code(), p.name(), stages.stages(), stages.current(),
					columns.stream().map(c -> c.byProvince().getOrDefault(p.code(), 0L)).toList(),
					columns.stream().map(c -> c.outOf(p.code())).toList());
		}).toList();
		model.addAttribute("columns", columns);
		model.addAttribute("rows", rows);
		model.addAttribute("stageList", Stage.values());
		return "edition/progress";
	}

}
