package id.paritrana.app.audit;

import java.time.LocalDate;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log page for the national secretariat: filter by actor, action, entity and
 * dates.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final AuditChain chain;

	private final JsonMapper json;

	AuditController(AuditTrail trail, AuditChain chain, JsonMapper json) {
		this.trail = trail;
		this.chain = chain;
		this.json = json;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String entityType,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "false") boolean verify,
			Model model) {
		var filter = new AuditTrail.Filter(actor, action, entityType, from, to);
		model.addAttribute("filter", filter);
		var result = this.trail.find(filter, Math.max(0, page), PAGE_SIZE);
		model.addAttribute("result", result);
		model.addAttribute("changes", result.entries()
			.stream()
			.collect(Collectors.toMap(AuditEntry::id, e -> AuditChanges.of(this.json, e.beforeJson(), e.afterJson()))));
		model.addAttribute("actions", this.trail.actions());
		model.addAttribute("entityTypes", this.trail.entityTypes());
		if (verify) {
			model.addAttribute("verification", this.chain.verify());
		}
		return "audit/log";
	}

}
