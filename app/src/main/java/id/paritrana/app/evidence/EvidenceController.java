package id.paritrana.app.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.Recomputations;

/**
 * Evidence pages: the operator's upload (shown on the candidate's page), the download of
 * a PDF, the verifier's queue and the view of one piece of evidence with its decision.
 */
@Controller
class EvidenceController {

	static final String QUEUE_VIEW = "evidence/queue";

	static final String ITEM_VIEW = "evidence/item";

	private final Editions editions;

	private final EditionChoice choice;

	private final EvidenceRecords records;

	private final EvidenceOwners owners;

	private final Recomputations recomputations;

	EvidenceController(Editions editions, EditionChoice choice, EvidenceRecords records, EvidenceOwners owners,
			Recomputations recomputations) {
		this.recomputations = recomputations;
		this.choice = choice;
		this.editions = editions;
		this.records = records;
		this.owners = owners;
	}

	@PostMapping("/edisi/{year}/kandidat/{code}/bukti")
	String upload(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable String code,
			@ModelAttribute EvidenceForm form, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) {
		try {
			EvidenceItem item = this.records.upload(me, year, code, form, file);
			redirect.addFlashAttribute("uploaded", item);
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("uploadProblems", ex.problems());
			redirect.addFlashAttribute("uploadForm", form);
		}
		return "redirect:/edisi/" + year + "/kandidat/" + code + "#bukti";
	}

	@GetMapping("/edisi/{year}/bukti/{id}/berkas")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@PathVariable long id) {
		return pdf(this.records.readable(me, year, id), this.records.content(me, year, id));
	}

	/**
	 * A PDF as an attachment under a name of ours, never rendered in place or sniffed.
	 */
	static ResponseEntity<byte[]> pdf(EvidenceItem item, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(item.downloadName()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(content);
	}

	/** The queue of the edition the user works in. */
	@GetMapping("/verifikasi-bukti")
	String chosen(@AuthenticationPrincipal SignedInUser me) {
		return this.choice.of(me.getUsername())
			.map(year -> "redirect:/edisi/" + year + "/verifikasi")
			.orElse("redirect:/");
	}

	@GetMapping("/edisi/{year}/verifikasi")
	String queue(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(defaultValue = "MENUNGGU") EvidenceStatus status,
			@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) OwnerKind candidateKind,
			@RequestParam(defaultValue = "") String province, @RequestParam(defaultValue = "1") int page, Model model) {
		EvidenceRecords.QueuePage queue = this.records.queue(me, year,
				new EvidenceRecords.QueueQuery(Optional.of(province).filter(p -> !p.isBlank()), status,
						Optional.ofNullable(kind), Optional.ofNullable(candidateKind), page, 50));
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("queue", queue);
		// each level says whether it takes decisions now; items of a closed level are
		// read-only
		Optional<String> ownProvince = me.scope()
			.provinceCode()
			.or(() -> Optional.of(province).filter(p -> !p.isBlank()));
		Map<String, EvidenceRecords.LevelOpen> levels = this.records.levelsOf(year, queue.items(), ownProvince);
		model.addAttribute("levels", levels.values());
		Map<Long, Boolean> decidable = new HashMap<>();
		queue.items()
			.forEach(item -> decidable.put(item.id(),
					levels.get(EvidenceRecords.levelScope(item)).open() && canVerify(me, item)));
		model.addAttribute("decidable", decidable);
		// one decision on several items takes waiting ones only: a decision made is
		// changed on its own
		model.addAttribute("selectable",
				queue.items()
					.stream()
					.filter(item -> decidable.get(item.id()) && item.status() == EvidenceStatus.MENUNGGU)
					.map(EvidenceItem::id)
					.toList());
		model.addAttribute("status", status);
		model.addAttribute("kind", kind);
		model.addAttribute("candidateKind", candidateKind);
		model.addAttribute("province", province);
		model.addAttribute("statuses", EvidenceStatus.values());
		model.addAttribute("kinds", EvidenceKind.values());
		model.addAttribute("candidateKinds", OwnerKind.values());
		return QUEUE_VIEW;
	}

	@GetMapping("/edisi/{year}/bukti/{id}")
	String item(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable long id, Model model) {
		EvidenceItem item = this.records.readable(me, year, id);
		EvidenceOwner owner = this.owners.require(year, item.candidateCode());
		model.addAttribute("edition", this.editions.require(year));
		model.addAttribute("item", item);
		model.addAttribute("owner", owner);
		model.addAttribute("open", this.records.open(year, owner));
		model.addAttribute("canVerify", canVerify(me, item));
		if (item.kind() == EvidenceKind.REGULASI) {
			// a decision on a regulation recomputes the scores after it: say whether that
			// is done
			model.addAttribute("recompute", this.recomputations.of(year));
		}
		return ITEM_VIEW;
	}

	static boolean canVerify(SignedInUser me, EvidenceItem item) {
		return EvidenceAccess.verifies(me, item.provinceCode());
	}

	/**
	 * One decision with one reason on the items chosen in the queue, all or nothing; back
	 * to the same queue, with what was decided or why nothing was.
	 */
	@PostMapping("/edisi/{year}/verifikasi")
	String verifyAll(@AuthenticationPrincipal SignedInUser me, @PathVariable int year,
			@RequestParam(name = "ids", required = false) List<Long> ids,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "MENUNGGU") EvidenceStatus status,
			@RequestParam(required = false) EvidenceKind kind, @RequestParam(required = false) OwnerKind candidateKind,
			@RequestParam(defaultValue = "") String province, @RequestParam(defaultValue = "1") int page,
			RedirectAttributes redirect) {
		List<Long> chosen = (ids == null) ? List.of() : ids;
		try {
			List<EvidenceRecords.Verified> verified = this.records.verifyAll(me, year, chosen, decision, reason);
			redirect.addFlashAttribute("bulkVerified", verified.size());
			redirect.addFlashAttribute("bulkStatus", verified.get(0).item().status());
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("bulkProblems", ex.problems());
			redirect.addFlashAttribute("bulkReason", reason);
			redirect.addFlashAttribute("bulkChosen", chosen);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/edisi/{year}/verifikasi")
			.queryParam("status", status)
			.queryParamIfPresent("kind", Optional.ofNullable(kind))
			.queryParamIfPresent("candidateKind", Optional.ofNullable(candidateKind))
			.queryParamIfPresent("province", Optional.of(province).filter(p -> !p.isBlank()))
			.queryParam("page", page)
			.buildAndExpand(year)
			.encode()
			.toUriString();
	}

	@PostMapping("/edisi/{year}/bukti/{id}/verifikasi")
	String verify(@AuthenticationPrincipal SignedInUser me, @PathVariable int year, @PathVariable long id,
			@RequestParam(defaultValue = "") String decision, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("verified", this.records.verify(me, year, id, decision, reason));
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("problems", ex.problems());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/edisi/" + year + "/bukti/" + id;
	}

}
