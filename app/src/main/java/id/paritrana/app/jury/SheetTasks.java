package id.paritrana.app.jury;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.EditionChoice;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.Task;
import id.paritrana.app.system.TaskSource;

/**
 * A juror's sheets not yet submitted in the edition they work in, each with its interview
 * time when one is scheduled (in the zone of the nominee's province).
 */
@Component
class SheetTasks implements TaskSource {

	private final JuryScoring scoring;

	private final EditionChoice choice;

	SheetTasks(JuryScoring scoring, EditionChoice choice) {
		this.scoring = scoring;
		this.choice = choice;
	}

	@Override
	public List<Task> tasksOf(Authentication user) {
		if (!(user.getPrincipal() instanceof SignedInUser me) || !me.hasRole(Role.PENILAI)) {
			return List.of();
		}
		Optional<Integer> year = this.choice.of(me.getUsername());
		if (year.isEmpty()) {
			return List.of();
		}
		return this.scoring.myNominees(me)
			.stream()
			.filter(n -> n.editionYear() == year.get() && n.status() != JuryScoring.SheetStatus.SUBMITTED)
			.map(n -> new Task("task.sheet." + n.status().name(),
					List.of(n.name(), new DefaultMessageSourceResolvable("category." + n.category().name())),
					"/penilaian/" + n.editionYear() + "/" + n.level() + "/" + n.category() + "/" + n.code(),
					interview(n), false))
			.toList();
	}

	private static Instant interview(JuryScoring.Nominee nominee) {
		InterviewSchedule.Slot slot = nominee.interview();
		return (slot == null) ? null
				: slot.date().atTime(slot.start()).atZone(Formats.zoneOf(nominee.scope())).toInstant();
	}

}
