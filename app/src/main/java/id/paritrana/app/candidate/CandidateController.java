package id.paritrana.app.candidate;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import id.paritrana.app.assessment.DeskScores;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.evidence.EvidenceAccess;
import id.paritrana.app.evidence.EvidenceForm;
import id.paritrana.app.evidence.EvidenceKind;
import id.paritrana.app.evidence.EvidenceOwner;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.evidence.RegulationType;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;

/** The candidates of an edition, each candidate's page (its operator's "my candidacy") and its questionnaire. */
@Controller
class CandidateController {

	static final String LIST_VIEW = "candidate/candidates";

	static final String CANDIDATE_VIEW = "candidate/candidate";

	private final Editions editions;

	private final Candidates candidates;

	private final EvidenceOwners owners;

	private final EvidenceRecords evidence;

	private final Questionnaires questionnaires;

	private final DeskScores deskScores;

	private final Stages stages;

	CandidateController(Editions editions, Candidates candidates, EvidenceOwners owners, EvidenceRecords evidence,
			Questionnaires questionnaires, DeskScores deskScores, Stages stages) {
		this.editions = editions;
		this.candidates = candidates;
		this.owners = owners;
		this.evidence = evidence;
		this.questionnaires = questionnaires;
		this.deskScores = deskScores;
		this.stages = stages;
	}

	/** The candidates of the newest edition, or the operator's own candidacy in it. */
	@GetMapping("/kandidat")
	String newest(@AuthenticationPrincipal SignedInUser me) {
		Optional<Edition> newest = this.editions.list().stream().findFirst();
		if (newest.isEmpty()) {
			return "redirect:/";
		}
		int year = newest.get().awardYear();
		return CandidateAccess.ownCandidacy(me)
			.map(code -> "redirect:/edisi/" + year + "/kandidat/" + code)
			.orElse("redirect:/edisi/" + year + "/kandidat");
	}

	@GetMapping("/edisi/{year}/kandidat")
	String list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category,
			@RequestParam(defaultValue = "") String scope, @RequestParam(defaultValue = "") String eligible,
			@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		Optional<String> shown = CandidateAccess.listScope(me, category, Optional.of(scope).filter(s -> !s.isBlank()));
		Edition edition = this.editions.require(year);
		model.addAttribute("edition", edition);
		model.addAttribute("run", this.deskScores.run(year).orElse(null));
		model.addAttribute("list", this.candidates.list(year, category, shown,
				eligible.isBlank() ? Optional.empty() : Optional.of(Boolean.parseBoolean(eligible)), q, page, 50));
		model.addAttribute("categories", me.scope().provinceCode().isPresent()
				? Arrays.stream(Category.values()).filter(c -> c != Category.PEMPROV).toList()
				: List.of(Category.values()));
		model.addAttribute("category", category);
		model.addAttribute("scope", shown.orElse(""));
		model.addAttribute("eligible", eligible);
		model.addAttribute("q", q);
		return LIST_VIEW;
	}

	@GetMapping("/edisi/{year}/kandidat/{code}")
	String candidate(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String code,
			Model model) {
		EvidenceOwner owner = this.evidence.readableOwner(me, year, code);
		Edition edition = this.editions.require(year);
		boolean own = EvidenceAccess.isOwnOperator(me, code);
		boolean open = this.evidence.open(year, owner);
		model.addAttribute("edition", edition);
		model.addAttribute("owner", owner);
		model.addAttribute("own", own);
		model.addAttribute("open", open);
		model.addAttribute("stage", this.stages.current(year, owner.levelScope()));
		model.addAttribute("scored", this.candidates.scored(year, owner).orElse(null));
		model.addAttribute("run", this.deskScores.run(year).orElse(null));
		model.addAttribute("items", this.evidence.of(year, code));
		model.addAttribute("questionnaire", this.questionnaires.of(year, owner));
		model.addAttribute("kinds", EvidenceKind.of(owner.kind()));
		model.addAttribute("regulationTypes", RegulationType.values());
		model.addAttribute("maxMegabytes", this.evidence.maxFileSize() / (1024 * 1024));
		if (!model.containsAttribute("uploadForm")) {
			model.addAttribute("uploadForm", EvidenceForm.empty());
		}
		return CANDIDATE_VIEW;
	}

	@PostMapping("/edisi/{year}/kandidat/{code}/kuesioner")
	String saveQuestionnaire(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String code, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "draft") String action, RedirectAttributes redirect) {
		if (!EvidenceAccess.isOwnOperator(me, code)) {
			throw new AccessDeniedException("questionnaire of " + code);
		}
		Map<String, String> answers = new LinkedHashMap<>(form);
		answers.remove("_csrf");
		answers.remove("action");
		try {
			this.questionnaires.save(me, year, code, answers, action.equals("submit"));
			redirect.addFlashAttribute("questionnaireSaved", action.equals("submit") ? "submitted" : "draft");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("questionnaireProblems", ex.problems());
			redirect.addFlashAttribute("questionnaireGiven", answers);
		}
		return "redirect:/edisi/" + year + "/kandidat/" + code + "#kuesioner";
	}

}
