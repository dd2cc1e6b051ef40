package id.paritrana.app.audit;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log as JSON, and the chain check. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Tamper-evident audit log")
class AuditApiController {

	private static final int MAX_PAGE_SIZE = 500;

	private final AuditTrail trail;

	private final AuditChain chain;

	AuditApiController(AuditTrail trail, AuditChain chain) {
		this.trail = trail;
		this.chain = chain;
	}

	@GetMapping
	@Operation(summary = "Entries of the audit log, newest first, filtered by actor, action, entity type and dates, "
			+ "a page at a time (at most 500)")
	AuditTrail.Page list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		return this.trail.find(new AuditTrail.Filter(actor, action, entityType, from, to), Math.max(0, page),
				Math.min(MAX_PAGE_SIZE, Math.max(1, size)));
	}

	/**
	 * The chain check, as {@code audit-verify} prints it: {@code outcome} is
	 * {@code INTACT}, {@code BROKEN} (at {@code firstBroken}) or {@code NOT_CHECKED}
	 * (e.g. a wrong key).
	 */
	record Verification(boolean intact, AuditVerification.Outcome outcome, long checked, long keyed, Long firstBroken,
			String reason) {
	}

	@GetMapping("/verification")
	@Operation(summary = "Check the hash chain of the whole audit log; names the first broken entry")
	Verification verify() {
		AuditVerification result = this.chain.verify();
		return new Verification(result.intact(), result.outcome(), result.checked(), result.keyed(),
				result.firstBroken().isPresent() ? result.firstBroken().getAsLong() : null, result.reason());
	}

}
