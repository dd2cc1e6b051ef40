package id.paritrana.app.evidence;

import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Evidence of an edition's candidates as JSON: uploads by operators, the verifiers' queue
 * and decisions.
 */
@RestController
@RequestMapping("/api/v1/editions/{year}")
@Tag(name = "evidence", description = "Evidence documents of candidates and their verification (DESIGN §3)")
class EvidenceApiController {

	private final Editions editions;

	private final EvidenceRecords records;

	private final EvidenceOwners owners;

	EvidenceApiController(Editions editions, EvidenceRecords records, EvidenceOwners owners) {
		this.editions = editions;
		this.records = records;
		this.owners = owners;
	}

	@GetMapping("/candidates/{code}/evidence")
	@Operation(summary = "The evidence of one candidate, newest first: for its operator, the national secretariat "
			+ "and the committee and verifier of its province")
	List<EvidenceItem> list(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable String code) {
		this.records.readableOwner(me, year, code);
		this.editions.require(year);
		return this.records.of(year, code);
	}

	@PostMapping("/candidates/{code}/evidence")
	@Operation(summary = "Upload a PDF as evidence of the operator's own candidate, described as its kind requires "
			+ "(REGULASI: regulationType, number, year, title; APBD: fiscalYear, amount, title; MOU: partner, number, "
			+ "year, title; CSR, RANTAI_PASOK: title); only while the candidate's level is in PENDATAAN or VERIFIKASI")
	EvidenceItem upload(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String code,
			@RequestParam(defaultValue = "") String kind, @RequestParam(defaultValue = "") String regulationType,
			@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String documentYear,
			@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String partner,
			@RequestParam(defaultValue = "") String fiscalYear, @RequestParam(defaultValue = "") String amount,
			@RequestParam(name = "file", required = false) MultipartFile file) {
		return this.records.upload(me, year, code,
				new EvidenceForm(kind, regulationType, number, documentYear, title, partner, fiscalYear, amount), file);
	}

	@GetMapping("/evidence")
	@Operation(summary = "The verifiers' queue: evidence of one status (pending by default) in the user's province, "
			+ "oldest first, filtered by kind and candidate kind")
	EvidenceRecords.QueuePage queue(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "MENUNGGU") EvidenceStatus status,
			@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) OwnerKind candidateKind,
			@RequestParam(required = false) String province, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "50") int size) {
		return this.records.queue(me, year,
				new EvidenceRecords.QueueQuery(Optional.ofNullable(province).filter(p -> !p.isBlank()), status,
						Optional.ofNullable(kind), Optional.ofNullable(candidateKind), page, size));
	}

	@GetMapping("/evidence/{id}")
	@Operation(summary = "One piece of evidence: its description, file checks and verification")
	EvidenceItem item(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable long id) {
		return this.records.readable(me, year, id);
	}

	@GetMapping("/evidence/{id}/file")
	@Operation(summary = "The PDF of one piece of evidence, as an attachment")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable long id) {
		return EvidenceController.pdf(this.records.readable(me, year, id), this.records.content(me, year, id));
	}

	/** A verifier's decision: DITERIMA, or DITOLAK with a reason. */
	record Decision(String decision, String reason) {
	}

	@PostMapping("/evidence/{id}/verification")
	@Operation(summary = "Accept (DITERIMA) or reject (DITOLAK, reason required) one piece of evidence: the verifier "
			+ "of its province or the national secretariat; after a regulation's decision (recomputing: true) the "
			+ "government's regulation_level and the desk scores of its category and scope are recomputed")
	EvidenceRecords.Verified verify(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable long id, @RequestBody(required = false) Decision decision) {
		Decision d = (decision == null) ? new Decision("", "") : decision;
		return this.records.verify(me, year, id, d.decision(), d.reason());
	}

	/**
	 * One decision on several pieces of evidence: DITERIMA, or DITOLAK with a reason.
	 */
	record Decisions(List<Long> ids, String decision, String reason) {
	}

	@PostMapping("/evidence/verification")
	@Operation(summary = "Accept (DITERIMA) or reject (DITOLAK, reason required) several waiting pieces of evidence "
			+ "with one reason, all or nothing: when any of them is unknown, already decided or of a level that no "
			+ "longer takes decisions, nothing is decided and each such item is named in the problems; one outside "
			+ "the caller's province is refused (403). Each item is decided, audited and followed (regulations "
			+ "recomputed, operators told) as a single decision is")
	List<EvidenceRecords.Verified> verifyAll(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestBody(required = false) Decisions decisions) {
		Decisions d = (decisions == null) ? new Decisions(List.of(), "", "") : decisions;
		return this.records.verifyAll(me, year, (d.ids() == null) ? List.of() : d.ids(), d.decision(), d.reason());
	}

}
