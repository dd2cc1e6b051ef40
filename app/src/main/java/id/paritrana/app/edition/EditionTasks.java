package id.paritrana.app.edition;

import java.util.List;

import org.springframework.security.core.Authentication;

import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.Task;
import id.paritrana.app.system.TaskSource;

/**
 * A source of tasks in the edition the signed-in user works in (the one they chose last,
 * else the one in progress); none without an edition.
 */
public abstract class EditionTasks implements TaskSource {

	private final EditionChoice choice;

	protected EditionTasks(EditionChoice choice) {
		this.choice = choice;
	}

	@Override
	public final List<Task> tasksOf(Authentication user) {
		if (!(user.getPrincipal() instanceof SignedInUser me)) {
			return List.of();
		}
		return this.choice.of(me.getUsername()).map(year -> tasksOf(me, year)).orElse(List.of());
	}

	/** The user's tasks in that edition, most urgent first; empty for other roles. */
	protected abstract List<Task> tasksOf(SignedInUser me, int editionYear);

}
