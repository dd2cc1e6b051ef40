package id.paritrana.app.system;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox for the national secretariat (every message: queued, sent, failed with the
 * reason; resend a failed one) and each user's own messages.
 */
@Controller
class OutboxController {

	private static final int SHOWN = 200;

	private final Outbox outbox;

	private final OutboxSender sender;

	OutboxController(Outbox outbox, OutboxSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping("/admin/pesan")
	String outbox(@RequestParam Optional<Outbox.Status> status, Model model) {
		model.addAttribute("messages", this.outbox.latest(status, SHOWN));
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("status", status.orElse(null));
		model.addAttribute("smtp", this.sender.configured());
		return "system/outbox";
	}

	@GetMapping("/admin/pesan/{id}")
	String adminMessage(@PathVariable long id, Model model) {
		model.addAttribute("message", this.outbox.find(id).orElseThrow(() -> new NotFoundException("message " + id)));
		model.addAttribute("admin", true);
		return "system/message";
	}

	@PostMapping("/admin/pesan/{id}/kirim-ulang")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.find(id).orElseThrow(() -> new NotFoundException("message " + id));
		redirect.addFlashAttribute("resent", this.outbox.resend(id));
		return "redirect:/admin/pesan/" + id;
	}

	@GetMapping("/pesan")
	String mine(Authentication me, Model model) {
		model.addAttribute("messages", this.outbox.of(me.getName(), SHOWN));
		return "system/my-messages";
	}

	@GetMapping("/pesan/{id}")
	String myMessage(Authentication me, @PathVariable long id, Model model) {
		model.addAttribute("message",
				this.outbox.find(id)
					.filter(m -> m.recipient().equals(me.getName()))
					.orElseThrow(() -> new NotFoundException("message " + id)));
		model.addAttribute("admin", false);
		return "system/message";
	}

}
