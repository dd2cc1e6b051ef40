package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.paritrana.app.region.AreaLevel;
import id.paritrana.app.security.Role;

/**
 * All text comes from the message bundles: every key a template or enum uses exists in
 * Indonesian and English, both bundles hold the same keys, and every message parses.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	static final Pattern JAVA_KEY = Pattern.compile("(?<!getProperty\\()\"((?:user|error|login)\\.[A-Za-z0-9_.]+)\"");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages.properties").stringPropertyNames())
			.isEqualTo(bundle("messages_en.properties").stringPropertyNames());
	}

	@Test
	void everyKeyInUseExistsInBothLanguages() throws IOException {
		Set<String> used = usedKeys();
		assertThat(used).hasSizeGreaterThan(50);
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			assertThat(bundle(file).stringPropertyNames()).as(file).containsAll(used);
		}
	}

	@Test
	void everyMessageIsAValidMessageFormat() throws IOException {
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = bundle(file);
			for (String key : messages.stringPropertyNames()) {
				assertThat(new MessageFormat(messages.getProperty(key)).format(new Object[] { 1, 2, 3, 4, 5 }))
					.as(file + " " + key)
					.isNotBlank();
			}
		}
	}

	@Test
	void templatesHaveNoHardCodedVisibleText() throws IOException {
		// Text between tags must come from th:text/th:utext; the placeholder text a tag carries
		// for a designer is replaced, so only tags without th:text may not hold words.
		Pattern bareText = Pattern.compile("<(h[1-6]|p|label|button|th|a|span|li|option)(?![^>]*th:(u?text|replace))[^>]*>\\s*\\p{L}{3,}");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = bareText.matcher(Files.readString(file));
				assertThat(matcher.find()).as("hard-coded text in %s: %s", file, matcher.find(0) ? matcher.group() : "")
					.isFalse();
			}
		}
	}

	static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = STATIC_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Matcher matcher = JAVA_KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
		for (Role role : Role.values()) {
			keys.add(role.messageKey());
			keys.add("home.role." + role.name());
		}
		for (AreaLevel level : AreaLevel.values()) {
			keys.add("areaLevel." + level.name());
			keys.add("areas.children." + level.name());
		}
		keys.add("areaLevel.KOTA");
		return keys;
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
