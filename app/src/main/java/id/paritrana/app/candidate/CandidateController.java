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
import id.paritrana.app.edition.EditionChoice;
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
import id.paritrana.app.system.NotFoundException;
import id.paritrana.engine.rubric.Category;

/**
 * The candidates of an edition, each candidate's page (its operator's "my candidacy") and
 * its questionnaire.
 */
@Controller
class CandidateController {

	static final String LIST_VIEW = "candidate/candidates";

	static final String CANDIDATE_VIEW = "candidate/candidate";

	static final String ABSENT_VIEW = "candidate/absent";

	private final Editions editions;

	private final EditionChoice choice;

	private final Candidates candidates;

	private final EvidenceOwners owners;

	private final EvidenceRecords evidence;

	private final Questionnaires questionnaires;

	private final DeskScores deskScores;

	private final Stages stages;

	CandidateController(Editions editions, EditionChoice choice, Candidates candidates, EvidenceOwners owners,
			EvidenceRecords evidence, Questionnaires questionnaires, DeskScores deskScores, Stages stages) {
		this.editions = editions;
		this.choice = choice;
		this.candidates = candidates;
		this.owners = owners;
		this.evidence = evidence;
		this.questionnaires = questionnaires;
		this.deskScores = deskScores;
		this.stages = stages;
	}

	/**
	 * The candidates of the edition the user works in, or the operator's own candidacy in
	 * it.
	 */
	@GetMapping("/kandidat")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		Optional<Integer> chosen = this.choice.of(me.getUsername());
		if (chosen.isEmpty()) {
			return "redirect:/";
		}
		int year = chosen.get();
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
		model.addAttribute("categories",
				me.scope().provinceCode().isPresent()
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
		EvidenceOwner owner;
		try {
			owner = this.evidence.readableOwner(me, year, code);
		}
		catch (NotFoundException ex) {
			return absent(me, this.editions.require(year), code, model);
		}
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

	/**
	 * A page that says the candidate is not one of this edition (an employer's data are
	 * imported edition by edition), with the editions where the operator's own candidacy
	 * is.
	 */
	private String absent(SignedInUser me, Edition edition, String code, Model model) {
		boolean own = EvidenceAccess.isOwnOperator(me, code);
		model.addAttribute("edition", edition);
		model.addAttribute("code", code);
		model.addAttribute("own", own);
		model.addAttribute("candidateIn",
				own ? this.editions.list()
					.stream()
					.map(Edition::awardYear)
					.filter(y -> y != edition.awardYear() && candidateIn(y, code))
					.toList() : List.of());
		return ABSENT_VIEW;
	}

	private boolean candidateIn(int year, String code) {
		try {
			this.owners.require(year, code);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
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
