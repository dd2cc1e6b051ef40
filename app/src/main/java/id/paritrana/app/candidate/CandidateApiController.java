package id.paritrana.app.candidate;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.evidence.EvidenceAccess;
import id.paritrana.app.evidence.EvidenceOwner;
import id.paritrana.app.evidence.EvidenceOwners;
import id.paritrana.app.evidence.EvidenceRecords;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Candidates of an edition and their questionnaires as JSON, within each user's scope.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}/candidates")
@Tag(name = "candidates", description = "Candidates per category and scope, and their questionnaires (DESIGN §3)")
class CandidateApiController {

	private final Editions editions;

	private final Candidates candidates;

	private final EvidenceOwners owners;

	private final EvidenceRecords evidence;

	private final Questionnaires questionnaires;

	CandidateApiController(Editions editions, Candidates candidates, EvidenceOwners owners, EvidenceRecords evidence,
			Questionnaires questionnaires) {
		this.editions = editions;
		this.candidates = candidates;
		this.owners = owners;
		this.evidence = evidence;
		this.questionnaires = questionnaires;
	}

	@GetMapping
	@Operation(summary = "The candidates of one category, with eligibility, flags, desk score and evidence counts; "
			+ "a provincial committee or verifier sees its own province only")
	Candidates.Page list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "PEMKAB_PEMKOT") Category category,
			@Parameter(description = "province code, or ID; default: every scope") @RequestParam(
					required = false) String scope,
			@RequestParam(required = false) Boolean eligible, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
		Optional<String> shown = CandidateAccess.listScope(me, category,
				Optional.ofNullable(scope).filter(s -> !s.isBlank()));
		this.editions.require(year);
		return this.candidates.list(year, category, shown, Optional.ofNullable(eligible), q, page, size);
	}

	/**
	 * One candidate: who it is, its desk result (null before scoring), evidence counts
	 * and questionnaire status.
	 */
	record Detail(EvidenceOwner candidate, Candidates.Candidate scored, EvidenceRecords.Counts evidence,
			Questionnaires.Status questionnaire, boolean open) {
	}

	@GetMapping("/{code}")
	@Operation(summary = "One candidate: for its operator, the national secretariat and its province's committee "
			+ "and verifier")
	Detail candidate(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String code) {
		EvidenceOwner owner = this.evidence.readableOwner(me, year, code);
		this.editions.require(year);
		return new Detail(owner, this.candidates.scored(year, owner).orElse(null),
				this.evidence.counts(year, java.util.List.of(code)).getOrDefault(code, EvidenceRecords.Counts.NONE),
				this.questionnaires.of(year, owner).status(), this.evidence.open(year, owner));
	}

	@GetMapping("/{code}/questionnaire")
	@Operation(summary = "The questionnaire of one candidate: its questions, answers and status")
	Questionnaires.Questionnaire questionnaire(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String code) {
		EvidenceOwner owner = this.evidence.readableOwner(me, year, code);
		this.editions.require(year);
		return this.questionnaires.of(year, owner);
	}

	/** Answers by question id; {@code submit} makes them final. */
	record Answers(Map<String, String> answers, Boolean submit) {
	}

	@PutMapping("/{code}/questionnaire")
	@Operation(summary = "Save the operator's own questionnaire as a draft, or submit it (every required answer); "
			+ "it informs verifiers and jurors and feeds no score")
	Questionnaires.Questionnaire saveQuestionnaire(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String code, @RequestBody(required = false) Answers answers) {
		Map<String, String> given = (answers == null || answers.answers() == null) ? Map.of() : answers.answers();
		boolean submit = answers != null && Boolean.TRUE.equals(answers.submit());
		return this.questionnaires.save(me, year, code, given, submit);
	}

}
