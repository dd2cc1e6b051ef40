package id.paritrana.app.jury;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The automatic assignment's plan on seeded random panels: without conflicts every
 * juror's load stays within one of the others'; with conflicts no nominee gets a
 * conflicted juror and each gets the minimum; the same input always gives the same plan.
 */
class AssignmentPlanTests {

	@Test
	void withoutConflictsLoadsDifferByAtMostOne() {
		Random random = new Random(2024);
		for (int run = 0; run < 200; run++) {
			int jurors = 3 + random.nextInt(10);
			int nominees = 1 + random.nextInt(30);
			int minimum = 1 + random.nextInt(jurors);
			List<String> panel = panel(jurors);
			Map<String, List<String>> free = new LinkedHashMap<>();
			for (int n = 0; n < nominees; n++) {
				free.put(String.format("N%02d", n), panel);
			}
			Map<String, Integer> loads = zero(panel);
			Map<String, List<String>> plan = Assignments.plan(free, minimum, loads);
			plan.values().forEach(picked -> assertThat(picked).hasSize(minimum).doesNotHaveDuplicates());
			int max = loads.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
			int min = loads.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
			assertThat(max - min).as("run %d loads %s", run, loads).isLessThanOrEqualTo(1);
			assertThat(Assignments.plan(free, minimum, zero(panel))).isEqualTo(plan);
		}
	}

	@Test
	void neverAcrossAConflict() {
		Random random = new Random(7);
		for (int run = 0; run < 200; run++) {
			List<String> panel = panel(4 + random.nextInt(8));
			int minimum = 1 + random.nextInt(3);
			Map<String, List<String>> free = new LinkedHashMap<>();
			for (int n = 0; n < 1 + random.nextInt(20); n++) {
				List<String> available = new ArrayList<>(panel);
				while (available.size() > minimum && random.nextInt(3) == 0) {
					available.remove(random.nextInt(available.size()));
				}
				free.put(String.format("N%02d", n), List.copyOf(available));
			}
			Map<String, List<String>> plan = Assignments.plan(free, minimum, zero(panel));
			plan.forEach((nominee, picked) -> assertThat(free.get(nominee)).containsAll(picked));
			plan.values().forEach(picked -> assertThat(picked).hasSize(minimum));
		}
	}

	private static List<String> panel(int size) {
		List<String> panel = new ArrayList<>();
		for (int j = 0; j < size; j++) {
			panel.add("juri" + j);
		}
		return panel;
	}

	private static Map<String, Integer> zero(List<String> panel) {
		Map<String, Integer> loads = new TreeMap<>();
		panel.forEach(j -> loads.put(j, 0));
		return loads;
	}

}
