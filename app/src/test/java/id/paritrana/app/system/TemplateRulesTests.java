package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Mistakes in templates that render without an error but show the wrong thing. */
class TemplateRulesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>", Pattern.DOTALL);

	/**
	 * Thymeleaf includes a fragment (th:replace, th:insert) before it evaluates a
	 * condition on the same element, so the condition is ignored: a notice such as "no
	 * desk scores yet" would show on every page. The condition belongs on an element of
	 * its own around the inclusion.
	 */
	@Test
	void noConditionSharesAnElementWithAFragmentInclusion() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String text = Files.readString(file);
				Matcher tag = TAG.matcher(text);
				while (tag.find()) {
					String t = tag.group();
					if ((t.contains("th:replace=") || t.contains("th:insert="))
							&& (t.contains("th:if=") || t.contains("th:unless="))) {
						long line = text.substring(0, tag.start()).lines().count();
						found.add(TEMPLATES.relativize(file) + ":" + line);
					}
				}
			}
		}
		assertThat(found).as("elements with both a fragment inclusion and a condition").isEmpty();
	}

}
