package id.paritrana.app.system;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * A module's tasks for a signed-in user, in the edition that user works in: each module
 * that owns work to be done (evidence to verify, sheets to submit, a stage to unblock)
 * implements it, and the home page lists them all without depending on any.
 */
public interface TaskSource {

	/**
	 * The user's tasks from this module now, most urgent first; empty for other roles.
	 */
	List<Task> tasksOf(Authentication user);

}
