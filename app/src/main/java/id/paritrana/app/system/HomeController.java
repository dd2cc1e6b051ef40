package id.paritrana.app.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in start page: the user's tasks in the edition they work in (from every
 * {@link TaskSource}), urgent and oldest first, and what the role can do from here.
 */
@Controller
class HomeController {

	private static final Comparator<Task> URGENT_AND_OLDEST_FIRST = Comparator.comparing(Task::urgent)
		.reversed()
		.thenComparing(Task::time, Comparator.nullsLast(Comparator.naturalOrder()));

	private final ObjectProvider<TaskSource> sources;

	HomeController(ObjectProvider<TaskSource> sources) {
		this.sources = sources;
	}

	@GetMapping("/")
	String home(Authentication user, Model model) {
		List<Task> tasks = new ArrayList<>();
		this.sources.orderedStream().forEach(source -> tasks.addAll(source.tasksOf(user)));
		tasks.sort(URGENT_AND_OLDEST_FIRST);
		model.addAttribute("tasks", tasks);
		return "home";
	}

}
