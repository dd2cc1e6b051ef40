package id.paritrana.app.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.edition.EditionTasks;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Task;

/**
 * A verifier's pending evidence (how much, since when), and an operator's rejected
 * evidence with the verifier's reason until a newer piece of that kind is uploaded.
 */
@Component
class EvidenceTasks extends EditionTasks {

	private final EvidenceRecords records;

	EvidenceTasks(EvidenceRecords records, EditionChoice choice) {
		super(choice);
		this.records = records;
	}

	@Override
	protected List<Task> tasksOf(SignedInUser me, int year) {
		if (me.hasRole(Role.VERIFIKATOR)) {
			return pending(me, year);
		}
		Optional<String> own = me.scope().governmentCode().or(() -> me.scope().employerNpp());
		return own.filter(code -> me.hasRole(Role.OPERATOR_PEMDA) || me.hasRole(Role.OPERATOR_BADAN_USAHA))
			.map(code -> rejected(year, code))
			.orElse(List.of());
	}

	private List<Task> pending(SignedInUser me, int year) {
		EvidenceRecords.QueuePage oldest = this.records.queue(me, year, new EvidenceRecords.QueueQuery(Optional.empty(),
				EvidenceStatus.MENUNGGU, Optional.empty(), Optional.empty(), 1, 1));
		if (oldest.total() == 0) {
			return List.of();
		}
		return List.of(new Task("task.evidence.pending", List.of(oldest.total()), "/edisi/" + year + "/verifikasi",
				oldest.items().get(0).uploadedAt(), false));
	}

	private List<Task> rejected(int year, String code) {
		List<EvidenceItem> items = this.records.of(year, code);
		List<Task> tasks = new ArrayList<>();
		for (EvidenceItem item : items) {
			boolean replaced = items.stream()
				.anyMatch(other -> other.kind() == item.kind() && item.verifiedAt() != null
						&& other.uploadedAt().isAfter(item.verifiedAt()));
			if (item.status() == EvidenceStatus.DITOLAK && !replaced) {
				tasks.add(new Task("task.evidence.rejected", List.of(item.title(), item.reason()),
						"/edisi/" + year + "/bukti/" + item.id(), item.verifiedAt(), true));
			}
		}
		return tasks;
	}

}
