package id.paritrana.app.jury;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.edition.StageStatus;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.Task;
import id.paritrana.app.system.TaskSource;

/**
 * A juror's sheets not yet submitted, in every edition whose interviews are not over (a
 * juror works where they are assigned, whichever edition they last looked at), each with
 * its interview time when one is scheduled and the day its level's interview stage is
 * planned to end, when one is set.
 */
@Component
class SheetTasks implements TaskSource {

	private final JuryScoring scoring;

	private final Stages stages;

	SheetTasks(JuryScoring scoring, Stages stages) {
		this.scoring = scoring;
		this.stages = stages;
	}

	@Override
	public List<Task> tasksOf(Authentication user) {
		if (!(user.getPrincipal() instanceof SignedInUser me) || !me.hasRole(Role.PENILAI)) {
			return List.of();
		}
		Map<String, StageStatus> interviews = new HashMap<>();
		return this.scoring.myNominees(me).stream().flatMap(n -> {
			StageStatus interview = interviews.computeIfAbsent(n.editionYear() + "/" + n.level().scope(n.scope()),
					level -> this.stages.stages(n.editionYear(), n.level().scope(n.scope()))
						.get(Stage.WAWANCARA.ordinal()));
			if (n.status() == JuryScoring.SheetStatus.SUBMITTED || interview.state() == StageState.SELESAI) {
				return Stream.empty();
			}
			String href = "/penilaian/" + n.editionYear() + "/" + n.level() + "/" + n.category() + "/" + n.code();
			Object category = new DefaultMessageSourceResolvable("category." + n.category().name());
			Task task = (interview.plannedEnd() == null)
					? new Task("task.sheet." + n.status().name(), List.of(n.name(), category), href, interview(n),
							false)
					: new Task("task.sheetDue." + n.status().name(),
							List.of(n.name(), category, day(interview.plannedEnd())), href, interview(n), false);
			return Stream.of(task);
		}).toList();
	}

	private static Instant interview(JuryScoring.Nominee nominee) {
		InterviewSchedule.Slot slot = nominee.interview();
		return (slot == null) ? null
				: slot.date().atTime(slot.start()).atZone(Formats.zoneOf(nominee.scope())).toInstant();
	}

	/**
	 * A day as the message bundles format it ({@code {2,date,long}}): midnight of the
	 * server's zone, which the same formatting reads back as that day.
	 */
	private static Date day(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
