package id.paritrana.app.edition;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Formats;
import id.paritrana.app.system.NotFoundException;
import id.paritrana.app.system.Task;

/**
 * What holds up a level's next stage (nominees without enough jurors, sheets not
 * submitted, evidence not verified, scores being recomputed) for the committee that runs
 * it, and for the national secretariat how many provincial levels stand at each stage.
 */
@Component
class StageTasks extends EditionTasks {

	private final Stages stages;

	private final Formats formats;

	StageTasks(Stages stages, EditionChoice choice, Formats formats) {
		super(choice);
		this.stages = stages;
		this.formats = formats;
	}

	@Override
	protected List<Task> tasksOf(SignedInUser me, int year) {
		if (me.hasRole(Role.PANITIA_PROVINSI)) {
			return me.scope().provinceCode().map(scope -> blocking(me, year, scope)).orElse(List.of());
		}
		if (me.hasRole(Role.ADMIN_NASIONAL)) {
			List<Task> tasks = new ArrayList<>(blocking(me, year, Stages.NATIONAL));
			tasks.addAll(provincesByStage(year));
			return tasks;
		}
		return List.of();
	}

	/** What is incomplete for the level's next move, each check a task. */
	private List<Task> blocking(SignedInUser me, int year, String scope) {
		Stages.Move move;
		try {
			move = this.stages.nextMove(me, year, scope);
		}
		catch (NotFoundException ex) {
			// the level is not planned in that edition
			return List.of();
		}
		String href = "/edisi/" + year + "/tahap/" + scope + "/lanjut";
		return move.preconditions()
			.stream()
			.map(p -> new Task("task.stage.check",
					List.of(new DefaultMessageSourceResolvable(new String[] { "stage.check." + p.check().name() },
							new Object[] { p.count() }, null), this.formats.level(scope)),
					href, null, p.blocking()))
			.toList();
	}

	/** How many provincial levels stand at each stage, a task per stage. */
	private List<Task> provincesByStage(int year) {
		Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
		for (String scope : this.stages.levels(year)) {
			if (!scope.equals(Stages.NATIONAL)) {
				counts.merge(this.stages.current(year, scope), 1, Integer::sum);
			}
		}
		List<Task> tasks = new ArrayList<>();
		counts.forEach((stage,
				count) -> tasks.add(new Task("task.stage.provinces",
						List.of(count, new DefaultMessageSourceResolvable("stage." + stage.name())),
						"/edisi/" + year + "/tahap", null, false)));
		return tasks;
	}

}
