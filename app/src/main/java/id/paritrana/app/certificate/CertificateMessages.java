package id.paritrana.app.certificate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * Tells the operators of each recipient of newly issued certificates what was awarded,
 * with each certificate's verification code and address (the one its QR code holds).
 * Written to the outbox in the issuing's own transaction; certificates issued again for
 * the same snapshot are not new, so they tell nobody again.
 */
@Component
class CertificateMessages {

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	CertificateMessages(UserManagement users, Outbox outbox, PublicAddress address) {
		this.users = users;
		this.outbox = outbox;
		this.address = address;
	}

	/** Tells of the certificates just issued, one message per operator. */
	void issued(List<Certificate> certificates) {
		Map<String, List<Certificate>> byCandidate = new LinkedHashMap<>();
		certificates.forEach(c -> byCandidate.computeIfAbsent(c.candidateCode(), k -> new ArrayList<>()).add(c));
		Map<String, List<UserAccount>> operators = this.users.operatorsOf(byCandidate.keySet());
		String base = this.address.base();
		byCandidate.forEach((candidate, ofCandidate) -> {
			List<Map<String, Object>> awarded = ofCandidate.stream().map(c -> {
				Map<String, Object> item = new HashMap<>();
				item.put("certificate", c);
				item.put("link", CertificatePdf.verificationUrl(base, c.code()));
				return item;
			}).toList();
			Certificate first = ofCandidate.get(0);
			for (UserAccount operator : operators.getOrDefault(candidate, List.of())) {
				Map<String, Object> model = new HashMap<>();
				model.put("name", operator.displayName());
				model.put("candidate", first.candidateName());
				model.put("year", first.editionYear());
				model.put("revision", first.revision());
				model.put("certificates", awarded);
				this.outbox.enqueue(new Outbox.Recipient(operator.username(), operator.email(), operator.language()),
						"certificate", new Object[] { first.candidateName(), first.editionYear() }, model,
						Optional.empty());
			}
		});
	}

}
