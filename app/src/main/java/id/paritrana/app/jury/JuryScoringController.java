package id.paritrana.app.jury;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import tools.jackson.databind.json.JsonMapper;

/**
 * The juror's pages (their nominees, the scoring form of one nominee) and the panel view
 * of a level for its chair, committee and the national secretariat.
 */
@Controller
class JuryScoringController {

	static final String NOMINEES_VIEW = "jury/nominees";

	static final String SHEET_VIEW = "jury/sheet";

	static final String PANEL_VIEW = "jury/scoring-panel";

	static final String NOMINEE_SCORES_VIEW = "jury/nominee-scores";

	/**
	 * Times are shown in Western Indonesian Time, where the national secretariat works.
	 */
	static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss").withZone(ZONE);

	private final JuryScoring scoring;

	private final PanelProgress panels;

	private final Editions editions;

	private final EditionChoice choice;

	private final JsonMapper json;

	private final Stages stages;

	private final Panels teams;

	JuryScoringController(JuryScoring scoring, PanelProgress panels, Editions editions, EditionChoice choice,
			JsonMapper json, Stages stages, Panels teams) {
		this.choice = choice;
		this.teams = teams;
		this.stages = stages;
		this.scoring = scoring;
		this.panels = panels;
		this.editions = editions;
		this.json = json;
	}

	@GetMapping("/penilaian")
	String nominees(@AuthenticationPrincipal SignedInUser me, Model model) {
		model.addAttribute("nominees", this.scoring.myNominees(me));
		// the panels the juror chairs, to follow their progress (editions are few: one a
		// year)
		model.addAttribute("chaired",
				this.editions.list()
					.stream()
					.flatMap(e -> this.teams.scopesOf(e.awardYear(), me.getUsername())
						.stream()
						.filter(scope -> this.teams.isChair(e.awardYear(), scope, me.getUsername()))
						.map(scope -> e.awardYear() + "/panel/" + scope))
					.toList());
		return NOMINEES_VIEW;
	}

	@GetMapping("/penilaian/{year}/{level}/{category}/{code}")
	String sheet(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code, Model model) {
		return show(model, this.scoring.ownSheet(me, year, level, category, code), true);
	}

	@PostMapping("/penilaian/{year}/{level}/{category}/{code}")
	String save(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code, @RequestParam Map<String, String> form,
			Model model, RedirectAttributes redirect) {
		boolean submit = "submit".equals(form.get("action"));
		int version = parseVersion(form.get("version"));
		Map<String, JuryScoring.Input> inputs = inputs(form);
		try {
			this.scoring.save(me, year, level, category, code, version, inputs, submit);
			redirect.addFlashAttribute("saved", submit ? "jury.sheet.submitted" : "jury.sheet.saved");
			return "redirect:/penilaian/" + year + "/" + level + "/" + category + "/" + code;
		}
		catch (InvalidInputException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (StaleSheetException ex) {
			model.addAttribute("problems", List.of(new InvalidInputException.Problem("version",
					StaleSheetException.MESSAGE_KEY, TIME.format(ex.changedAt()))));
		}
		// the juror's entries stay in the form beside the messages; the version stays the
		// one they had
		JuryScoring.Sheet stored = this.scoring.ownSheet(me, year, level, category, code);
		List<JuryScoring.Line> typed = new ArrayList<>();
		for (JuryScoring.Line line : stored.lines()) {
			typed.add(
					new JuryScoring.Line(line.criterion(), line.name(), null, form.get("comment." + line.criterion())));
		}
		model.addAttribute("typed", typedScores(form));
		JuryScoring.Sheet shown = new JuryScoring.Sheet(stored.editionYear(), stored.level(), stored.category(),
				stored.candidateCode(), stored.candidateName(), stored.scope(), stored.deskScore(), stored.juror(),
				stored.status(), version, stored.updatedAt(), stored.submittedAt(), stored.interview(),
				stored.editable(), typed);
		return show(model, shown, true);
	}

	@GetMapping("/penilaian/{year}/{level}/{category}/{code}/juri/{juror}")
	String jurorSheet(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code, @PathVariable String juror, Model model) {
		JuryScoring.Sheet sheet = this.scoring.jurorSheet(me, year, level, category, code, juror);
		return show(model, sheet, sheet.juror().equals(me.getUsername()));
	}

	@PostMapping("/penilaian/{year}/{level}/{category}/{code}/juri/{juror}/buka")
	String reopen(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable Level level,
			@PathVariable Category category, @PathVariable String code, @PathVariable String juror,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			this.scoring.reopen(me, year, level, category, code, juror, reason);
			redirect.addFlashAttribute("saved", "jury.panel.reopened");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/panel/" + this.scoring.panelOf(year, level, category, code) + "?kategori="
				+ category;
	}

	/**
	 * The chair reopens the sheets chosen on the panel page ({@code sheet}:
	 * {@code <nominee code>/<juror>}, of the page's category) with one reason, all or
	 * nothing.
	 */
	@PostMapping("/edisi/{year}/panel/{scope}/buka")
	String reopenAll(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", defaultValue = "PEMKAB_PEMKOT") Category category,
			@RequestParam(name = "sheet", required = false) List<String> chosen,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		Level level = scope.equals(Stages.NATIONAL) ? Level.NASIONAL : Level.PROVINSI;
		List<JuryScoring.SheetChoice> sheets = new ArrayList<>();
		for (String sheet : (chosen == null) ? List.<String>of() : chosen) {
			int slash = sheet.indexOf('/');
			if (slash <= 0 || slash == sheet.length() - 1) {
				throw new InvalidInputException("sheets", "jury.bulk.malformed", sheet);
			}
			sheets.add(new JuryScoring.SheetChoice(level, category, sheet.substring(0, slash),
					sheet.substring(slash + 1)));
		}
		try {
			redirect.addFlashAttribute("reopenedCount", this.scoring.reopenAll(me, year, sheets, reason).size());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("reopenReason", reason);
			redirect.addFlashAttribute("reopenChosen", (chosen == null) ? List.of() : chosen);
		}
		return "redirect:/edisi/" + year + "/panel/" + scope + "?kategori=" + category;
	}

	/**
	 * The panel of the chosen edition: the user's own province, or the national level.
	 */
	@GetMapping("/panel")
	String chosenPanel(@AuthenticationPrincipal SignedInUser me) {
		if (!me.hasRole(Role.ADMIN_NASIONAL) && !me.hasRole(Role.PANITIA_PROVINSI) && !me.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("jury panels");
		}
		String scope = (me.hasRole(Role.ADMIN_NASIONAL)) ? Stages.NATIONAL
				: me.scope().provinceCode().orElse(Stages.NATIONAL);
		// a juror on no team of the edition: their own page says so, and where they are
		// assigned
		return this.choice.of(me.getUsername())
			.map(year -> unassigned(me, year) ? "redirect:/edisi/" + year + "/penilaian-saya"
					: "redirect:/edisi/" + year + "/panel/" + scope)
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/panel/{scope}")
	String panel(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", defaultValue = "PEMKAB_PEMKOT") Category category, Model model) {
		PanelProgress.Panel panel = this.panels.panel(me, year, scope, category);
		model.addAttribute("panel", panel);
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("chart", this.json.writeValueAsString(chart(panel)));
		model.addAttribute("mayTakeOver", this.stages.runs(me, scope));
		model.addAttribute("scope", scope);
		return PANEL_VIEW;
	}

	/**
	 * How one nominee's jury score is made: each juror's score (the mean of their
	 * sub-criteria, each opening the juror's sheet), the mean over jurors and the score
	 * by the rubric's method. For whoever may see the panel.
	 */
	@GetMapping("/edisi/{year}/panel/{scope}/nomine/{code}")
	String nomineeScores(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@PathVariable String code,
			@RequestParam(name = "kategori", defaultValue = "PEMKAB_PEMKOT") Category category, Model model) {
		PanelProgress.Panel panel = this.panels.panel(me, year, scope, category);
		PanelProgress.Row row = panel.rows()
			.stream()
			.filter(r -> r.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("nominee " + code + " of panel " + scope));
		model.addAttribute("panel", panel);
		model.addAttribute("row", row);
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("scope", scope);
		return NOMINEE_SCORES_VIEW;
	}

	@PostMapping("/edisi/{year}/panel/{scope}/ambil-alih")
	String takeOver(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String scope,
			@RequestParam(name = "kategori", defaultValue = "PEMKAB_PEMKOT") Category category,
			RedirectAttributes redirect) {
		Level level = scope.equals(Stages.NATIONAL) ? Level.NASIONAL : Level.PROVINSI;
		try {
			JuryScoring.TakenOver taken = this.scoring.takeOverImported(me, year, level, category, scope);
			redirect.addFlashAttribute("takenOver", taken);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
		}
		return "redirect:/edisi/" + year + "/panel/" + scope + "?kategori=" + category;
	}

	/** A juror on no team of the edition. */
	private boolean unassigned(SignedInUser me, int year) {
		return me.hasRole(Role.PENILAI) && this.teams.scopesOf(year, me.getUsername()).isEmpty();
	}

	/**
	 * The chart's data: each nominee's name and its jurors' scores (empty while they are
	 * secret).
	 */
	private static List<Map<String, Object>> chart(PanelProgress.Panel panel) {
		List<Map<String, Object>> nominees = new ArrayList<>();
		for (PanelProgress.Row row : panel.rows()) {
			Map<String, Object> nominee = new LinkedHashMap<>();
			nominee.put("name", row.name());
			nominee.put("scores", row.sheets().stream().filter(s -> s.score() != null).map(s -> s.score()).toList());
			nominee.put("mean", row.mean());
			nominees.add(nominee);
		}
		return nominees;
	}

	private String show(Model model, JuryScoring.Sheet sheet, boolean own) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("own", own);
		model.addAttribute("edition", this.editions.require(sheet.editionYear()));
		if (!model.containsAttribute("typed")) {
			Map<String, String> typed = new LinkedHashMap<>();
			sheet.lines()
				.forEach(l -> typed.put(l.criterion(), (l.score() == null) ? "" : Integer.toString(l.score())));
			model.addAttribute("typed", typed);
		}
		return SHEET_VIEW;
	}

	private static Map<String, String> typedScores(Map<String, String> form) {
		Map<String, String> typed = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("score.")) {
				typed.put(name.substring("score.".length()), value);
			}
		});
		return typed;
	}

	/** The sub-criteria of a form: fields {@code score.<id>} and {@code comment.<id>}. */
	static Map<String, JuryScoring.Input> inputs(Map<String, String> form) {
		Map<String, JuryScoring.Input> inputs = new LinkedHashMap<>();
		form.forEach((name, value) -> {
			if (name.startsWith("score.")) {
				String id = name.substring("score.".length());
				inputs.put(id, new JuryScoring.Input(value, form.get("comment." + id)));
			}
		});
		return inputs;
	}

	private static int parseVersion(String version) {
		try {
			return (version == null) ? 0 : Math.max(0, Integer.parseInt(version.strip()));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
