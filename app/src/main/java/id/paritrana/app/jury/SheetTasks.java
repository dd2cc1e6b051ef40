package id.paritrana.app.jury;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.StageState;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.Task;
import id.paritrana.app.system.TaskSource;

/**
 * A juror's sheets not yet submitted, in every edition whose interviews are not over (a
 * juror works where they are assigned, whichever edition they last looked at), each with
 * its interview time when one is scheduled.
 */
@Component
class SheetTasks implements TaskSource {

	private final JuryScoring scoring;

	SheetTasks(JuryScoring scoring) {
		this.scoring = scoring;
	}

	@Override
	public List<Task> tasksOf(Authentication user) {
		if (!(user.getPrincipal() instanceof SignedInUser me) || !me.hasRole(Role.PENILAI)) {
			return List.of();
		}
		Map<String, Boolean> interviewsOpen = new HashMap<>();
		return this.scoring.myNominees(me)
			.stream()
			.filter(n -> n.status() != JuryScoring.SheetStatus.SUBMITTED && interviewsOpen.computeIfAbsent(
					n.editionYear() + "/" + n.level().scope(n.scope()),
					level -> this.scoring.interviewState(n.editionYear(), n.level(), n.scope()) != StageState.SELESAI))
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
