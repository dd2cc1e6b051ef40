package id.paritrana.app.evidence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * Tells a candidate's operators that a verifier accepted or rejected their evidence, with
 * the reason: written to the outbox in the decision's own transaction (a synchronous
 * listener), so the message exists exactly when the decision does.
 */
@Component
class EvidenceMessages {

	private final EvidenceRecords records;

	private final EvidenceOwners owners;

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	EvidenceMessages(EvidenceRecords records, EvidenceOwners owners, UserManagement users, Outbox outbox,
			PublicAddress address) {
		this.records = records;
		this.owners = owners;
		this.users = users;
		this.outbox = outbox;
		this.address = address;
	}

	@EventListener
	void decided(EvidenceDecided decided) {
		EvidenceItem item = this.records.require(decided.editionYear(), decided.evidenceId());
		String candidate = this.owners.require(decided.editionYear(), decided.candidateCode()).name();
		boolean accepted = item.status() == EvidenceStatus.DITERIMA;
		for (UserAccount operator : this.users.operatorsOf(decided.candidateCode())) {
			Map<String, Object> model = new HashMap<>();
			model.put("name", operator.displayName());
			model.put("title", item.title());
			model.put("candidate", candidate);
			model.put("accepted", accepted);
			model.put("reason", item.reason());
			model.put("link", this.address.base() + "/edisi/" + item.editionYear() + "/bukti/" + item.id());
			this.outbox.enqueue(new Outbox.Recipient(operator.username(), operator.email(), operator.language()),
					"evidenceDecided",
					new Object[] { item.title(),
							new DefaultMessageSourceResolvable("evidence.status." + item.status()) },
					model, Optional.empty());
		}
	}

}
