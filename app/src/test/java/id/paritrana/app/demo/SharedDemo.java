package id.paritrana.app.demo;

import java.util.Map;
import java.util.WeakHashMap;

import org.springframework.context.ApplicationContext;

import id.paritrana.app.edition.Editions;

/**
 * One demo edition seeded per application context, in a free year, for the test classes
 * that only read it (or undo what they change): seeding takes a while, so they share it.
 */
public final class SharedDemo {

	private static final Map<ApplicationContext, Integer> YEARS = new WeakHashMap<>();

	private SharedDemo() {
	}

	/** The year of the shared demo edition of that context, seeded on first use. */
	public static synchronized int year(ApplicationContext context) {
		return YEARS.computeIfAbsent(context, c -> {
			Editions editions = c.getBean(Editions.class);
			int year = 2046;
			while (editions.find(year).isPresent()) {
				year++;
			}
			DemoSeeding.seed(c, year);
			return year;
		});
	}

}
