package id.paritrana.app.jury;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.Outbox;
import id.paritrana.app.system.PublicAddress;

/**
 * Tells jurors of the nominees just assigned to them, in the assignment's own
 * transaction: for a nominee whose interview is not set yet, one message per juror
 * listing those nominees with a link to each sheet (the interview invitation follows when
 * it is set); for a nominee whose interview is set, the interview invitation with its
 * calendar file. An assignment that already existed tells nobody again.
 */
@Component
class AssignmentMessages {

	private final UserManagement users;

	private final Outbox outbox;

	private final PublicAddress address;

	private final Stages stages;

	// asked lazily: the schedule reads the assignments, which tell of themselves here
	private final ObjectProvider<InterviewSchedule> schedule;

	private final InterviewInvitations invitations;

	AssignmentMessages(UserManagement users, Outbox outbox, PublicAddress address, Stages stages,
			ObjectProvider<InterviewSchedule> schedule, InterviewInvitations invitations) {
		this.users = users;
		this.outbox = outbox;
		this.address = address;
		this.stages = stages;
		this.schedule = schedule;
		this.invitations = invitations;
	}

	/**
	 * Tells of new assignments in a level scope.
	 * @param added the jurors newly assigned to each nominee
	 */
	void assigned(int editionYear, String scope, Map<Shortlists.Nominee, List<String>> added) {
		if (added.values().stream().allMatch(List::isEmpty)) {
			return;
		}
		Map<String, InterviewSchedule.Slot> slots = new HashMap<>();
		this.schedule.getObject()
			.of(editionYear, scope)
			.forEach(s -> slots.put(s.level() + "/" + s.category() + "/" + s.candidateCode(), s));
		Map<String, List<Shortlists.Nominee>> unscheduled = new TreeMap<>();
		added.forEach((nominee, jurors) -> {
			InterviewSchedule.Slot slot = slots.get(nominee.level() + "/" + nominee.category() + "/" + nominee.code());
			if (slot != null) {
				this.invitations.invite(editionYear, slot, jurors);
			}
			else {
				jurors.forEach(j -> unscheduled.computeIfAbsent(j, k -> new ArrayList<>()).add(nominee));
			}
		});
		LocalDate deadline = this.stages.stages(editionYear, scope).get(Stage.WAWANCARA.ordinal()).plannedEnd();
		unscheduled.forEach(
				(username, nominees) -> this.users.findUsername(username).filter(a -> a.enabled()).ifPresent(juror -> {
					List<Map<String, Object>> items = new ArrayList<>();
					for (Shortlists.Nominee n : nominees) {
						Map<String, Object> item = new HashMap<>();
						item.put("candidate", n.name());
						item.put("category", new DefaultMessageSourceResolvable("category." + n.category()));
						item.put("link", this.address.base() + "/penilaian/" + editionYear + "/" + n.level() + "/"
								+ n.category() + "/" + n.code());
						items.add(item);
					}
					Map<String, Object> model = new HashMap<>();
					model.put("name", juror.displayName());
					model.put("scope", scope);
					model.put("year", editionYear);
					model.put("nominees", items);
					model.put("deadline", deadline);
					this.outbox.enqueue(new Outbox.Recipient(juror.username(), juror.email(), juror.language()),
							"assignment", new Object[] { nominees.size() }, model, Optional.empty());
				}));
	}

}
