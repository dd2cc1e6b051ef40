package id.paritrana.app.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import id.paritrana.app.assessment.Leaderboards;
import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.candidate.Question;
import id.paritrana.app.candidate.Questionnaires;
import id.paritrana.app.dataset.ImportJob;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.edition.Stage;
import id.paritrana.app.edition.StagePreconditions;
import id.paritrana.app.edition.StageState;
import id.paritrana.app.evidence.EvidenceKind;
import id.paritrana.app.evidence.EvidenceStatus;
import id.paritrana.app.evidence.OwnerKind;
import id.paritrana.app.jury.Conflicts;
import id.paritrana.app.jury.JuryScoring;
import id.paritrana.app.jury.PanelProgress;
import id.paritrana.app.jury.Panels;
import id.paritrana.app.region.AreaLevel;
import id.paritrana.app.security.Role;
import id.paritrana.engine.data.Column;
import id.paritrana.engine.data.DataSet;
import id.paritrana.engine.data.FieldType;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.rubric.Measure;
import id.paritrana.engine.score.Robustness;

/**
 * All text comes from the message bundles: every key a template or Java uses exists in
 * Indonesian and English (keys built from a prefix and a code are expanded over the
 * codes' enums), both bundles hold the same keys, and every message parses.
 */
class MessagesTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Path JAVA = Path.of("src/main/java");

	static final Path ENGINE = Path.of("../engine/src/main/java");

	static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");

	/** A quoted key in a template expression: {@code 'areaLevel.KOTA'}. */
	static final Pattern TEMPLATE_KEY = Pattern.compile("'([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)'(?!\\s*\\+)");

	/** The prefix of a key built in a template: {@code #{'stage.' + ${s.name()}}}. */
	static final Pattern TEMPLATE_PREFIX = Pattern
		.compile("(msgOrNull\\()?'([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*)'\\s*\\+");

	static final Pattern JAVA_KEY = Pattern.compile("(?<!getProperty\\()\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

	/** The prefix of a key built in Java: {@code "audit.action." + action}. */
	static final Pattern JAVA_PREFIX = Pattern.compile("\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*\\.)\"\\s*\\+");

	/**
	 * What is audited: {@code audit.record(ACTION, "entity_type", …)},
	 * {@code audit.recordAs(actor, ACTION,
	 * "entity_type", …)} or {@code audited(actor, ACTION, …)}, ACTION holding the action
	 * literals.
	 */
	static final List<Pattern> AUDIT_CALLS = List.of(
			Pattern.compile("audit\\.record\\(\\s*([^,;]+),\\s*(?:\"([a-z_]+)\")?"),
			Pattern.compile("audit\\.recordAs\\(\\s*[^,;]+,\\s*([^,;]+),\\s*(?:\"([a-z_]+)\")?"),
			Pattern.compile("\\baudited\\(\\s*[^,;]+,\\s*([^,;]+),()"));

	/**
	 * Literals of the message namespaces that are not message keys: rubric YAML paths.
	 */
	static final Set<String> NOT_KEYS = Set.of("shortlist.top", "shortlist.min_desk_score");

	/**
	 * Prefixes that build no required key: the form fields of a jury sheet
	 * ({@code score.<criterion>}, {@code comment.<criterion>}), and labels a page shows
	 * only when they exist or where it (or {@code Formats}) falls back to the code
	 * itself.
	 */
	static final Set<String> OPTIONAL = Set.of("score.", "comment.", "questionnaire.help.", "candidate.subject.",
			"audit.field.", "data.column.", "format.code.");

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages.properties").stringPropertyNames())
			.isEqualTo(bundle("messages_en.properties").stringPropertyNames());
	}

	@Test
	void everyKeyInUseExistsInBothLanguages() throws IOException {
		Map<String, Set<String>> used = usedKeys();
		assertThat(used).hasSizeGreaterThan(500);
		List<String> missing = new ArrayList<>();
		for (String file : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> keys = bundle(file).stringPropertyNames();
			used.forEach((key, users) -> {
				if (!keys.contains(key)) {
					missing.add(key + " (used in " + String.join(", ", users) + ") is missing from " + file);
				}
			});
		}
		assertThat(missing).isEmpty();
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
		// Text between tags must come from th:text/th:utext; the placeholder text a tag
		// carries
		// for a designer is replaced, so only tags without th:text may not hold words.
		Pattern bareText = Pattern
			.compile("<(h[1-6]|p|label|button|th|a|span|li|option)(?![^>]*th:(u?text|replace))[^>]*>\\s*\\p{L}{3,}");
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = bareText.matcher(Files.readString(file));
				assertThat(matcher.find()).as("hard-coded text in %s: %s", file, matcher.find(0) ? matcher.group() : "")
					.isFalse();
			}
		}
	}

	/** Every key in use → the files using it. */
	static Map<String, Set<String>> usedKeys() throws IOException {
		Set<String> namespaces = new TreeSet<>();
		for (String key : bundle("messages.properties").stringPropertyNames()) {
			namespaces.add(key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')));
		}
		Map<String, List<String>> codes = codesByPrefix();
		Map<String, Set<String>> keys = new TreeMap<>();
		Map<String, Set<String>> prefixes = new TreeMap<>();
		for (Path file : files(TEMPLATES, ".html")) {
			String text = Files.readString(file);
			String name = TEMPLATES.relativize(file).toString();
			collect(STATIC_KEY.matcher(text), 1, name, keys);
			Matcher prefix = TEMPLATE_PREFIX.matcher(text);
			while (prefix.find()) {
				// msgOrNull(…) is how a page asks for a key that may not exist
				if (prefix.group(1) == null) {
					prefixes.computeIfAbsent(prefix.group(2), p -> new TreeSet<>()).add(name);
				}
			}
			Matcher key = TEMPLATE_KEY.matcher(text);
			while (key.find()) {
				if (namespaces.contains(key.group(1).substring(0, key.group(1).indexOf('.')))) {
					keys.computeIfAbsent(key.group(1), k -> new TreeSet<>()).add(name);
				}
			}
		}
		for (Path file : files(JAVA, ".java")) {
			String text = Files.readString(file);
			String name = file.getFileName().toString();
			Matcher key = JAVA_KEY.matcher(text);
			while (key.find()) {
				String literal = key.group(1);
				if (namespaces.contains(literal.substring(0, literal.indexOf('.'))) && !NOT_KEYS.contains(literal)) {
					keys.computeIfAbsent(literal, k -> new TreeSet<>()).add(name);
				}
			}
			Matcher prefix = JAVA_PREFIX.matcher(text);
			while (prefix.find()) {
				if (namespaces.contains(prefix.group(1).substring(0, prefix.group(1).indexOf('.')))) {
					prefixes.computeIfAbsent(prefix.group(1), p -> new TreeSet<>()).add(name);
				}
			}
		}
		prefixes.keySet().removeAll(OPTIONAL);
		assertThat(codes.keySet()).as("keys built from a prefix whose codes this test does not know")
			.containsAll(prefixes.keySet());
		prefixes.forEach((prefix, users) -> {
			for (String code : codes.get(prefix)) {
				keys.computeIfAbsent(prefix + code, k -> new TreeSet<>()).addAll(users);
			}
		});
		for (Role role : Role.values()) {
			keys.computeIfAbsent(role.messageKey(), k -> new TreeSet<>()).add("Role.java");
		}
		return keys;
	}

	/**
	 * The codes each prefix of a built key is completed with, from the enums (or code)
	 * they come from.
	 */
	static Map<String, List<String>> codesByPrefix() throws IOException {
		Map<String, List<String>> codes = new LinkedHashMap<>();
		codes.put("category.", names(Category.values()));
		codes.put("level.", names(Level.values()));
		codes.put("stage.", names(Stage.values()));
		codes.put("stage.state.", names(StageState.values()));
		codes.put("edition.state.", names(StageState.values()));
		codes.put("stage.check.", names(StagePreconditions.Check.values()));
		codes.put("evidence.kind.", names(EvidenceKind.values()));
		codes.put("evidence.status.", names(EvidenceStatus.values()));
		codes.put("verification.done.", names(EvidenceStatus.values()));
		codes.put("candidate.kind.", names(OwnerKind.values()));
		codes.put("conflict.kind.", names(Conflicts.Kind.values()));
		codes.put("data.state.", names(ImportJob.State.values()));
		// the data dictionary: data sets, their columns and the kinds of field
		codes.put("data.set.", Arrays.stream(DataSet.values()).map(DataSet::baseName).toList());
		codes.put("data.meaning.",
				Arrays.stream(DataSet.values())
					.flatMap(set -> set.columns().stream())
					.map(Column::name)
					.distinct()
					.toList());
		codes.put("data.kind.", names(FieldType.Kind.values()));
		codes.put("desk.sort.", names(Leaderboards.Sort.values()));
		codes.put("jury.agreement.", names(PanelProgress.Agreement.values()));
		codes.put("jury.status.", names(JuryScoring.SheetStatus.values()));
		codes.put("panel.role.", names(Panels.PanelRole.values()));
		codes.put("questionnaire.status.", names(Questionnaires.Status.values()));
		codes.put("shortlist.origin.", names(Shortlists.Origin.values()));
		codes.put("report.robustness.basis.", names(Robustness.Basis.values()));
		codes.put("report.robustness.score.", names(Robustness.Basis.values()));
		codes.put("result.error.locked.", names(LevelLocks.Kind.values()));
		codes.put("role.", names(Role.values()));
		// a juror's task names only the sheets not yet submitted
		codes.put("task.sheet.", List.of("NEW", "DRAFT"));
		codes.put("task.sheetDue.", List.of("NEW", "DRAFT"));
		codes.put("outbox.status.", names(Outbox.Status.values()));
		codes.put("mail.subject.", List.of("invitation", "reset", "evidenceDecided", "interview", "stage",
				"resultOutcome", "resultDetermined", "certificate", "assignment", "sheetReminder"));
		codes.put("regulation.", names(id.paritrana.app.evidence.RegulationType.values()));
		codes.put("home.role.", names(Role.values()));
		codes.put("areaLevel.", names(AreaLevel.values()));
		codes.put("areas.children.", names(AreaLevel.values()));
		codes.put("measure.", Arrays.stream(Measure.values()).map(Measure::id).toList());
		codes.put("questionnaire.q.",
				Arrays.stream(OwnerKind.values())
					.flatMap(kind -> Question.of(kind).stream())
					.map(Question::id)
					.distinct()
					.toList());
		// the kinds of the inputs of a snapshot (CanonicalForm.Input)
		codes.put("result.input.", List.of("RUBRIC", "DATASET", "JURY"));
		codes.put("result.juara", List.of("1", "2", "3"));
		// the two outcomes CandidateController reports after saving a questionnaire
		codes.put("questionnaire.saved.", List.of("draft", "submitted"));
		codes.put("error.", ErrorPages.EXPLAINED.stream().map(String::valueOf).toList());
		// the fields an evidence upload is refused on
		codes.put("evidence.field.", literals(JAVA.resolve("id/paritrana/app/evidence"),
				Pattern.compile("InvalidInputException(?:\\.Problem)?\\(\\s*\"(\\w+)\"")));
		// the flags a candidate carries (DATA_TIDAK_TERSEDIA:<indicator>,
		// TIDAK_MEMENUHI:<measure>)
		codes.put("candidate.flag.", literals(ENGINE, Pattern.compile("\"([A-Z][A-Z_]+):\"")));
		List<String> actions = new ArrayList<>();
		List<String> entities = new ArrayList<>();
		for (Path file : files(JAVA, ".java")) {
			String text = Files.readString(file);
			for (Pattern pattern : AUDIT_CALLS) {
				Matcher call = pattern.matcher(text);
				while (call.find()) {
					Matcher action = Pattern.compile("\"([A-Z][A-Z_]+)\"").matcher(call.group(1));
					while (action.find()) {
						actions.add(action.group(1));
					}
					if (call.group(2) != null && !call.group(2).isEmpty()) {
						entities.add(call.group(2));
					}
				}
			}
		}
		assertThat(actions).as("audited actions found").hasSizeGreaterThan(20);
		codes.put("audit.action.", actions);
		codes.put("audit.entityType.", entities);
		return codes;
	}

	private static List<String> names(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private static List<String> literals(Path dir, Pattern pattern) throws IOException {
		Set<String> found = new TreeSet<>();
		for (Path file : files(dir, ".java")) {
			Matcher matcher = pattern.matcher(Files.readString(file));
			while (matcher.find()) {
				found.add(matcher.group(1));
			}
		}
		assertThat(found).as("%s in %s", pattern, dir).isNotEmpty();
		return List.copyOf(found);
	}

	private static void collect(Matcher matcher, int group, String file, Map<String, Set<String>> keys) {
		while (matcher.find()) {
			keys.computeIfAbsent(matcher.group(group), k -> new TreeSet<>()).add(file);
		}
	}

	private static List<Path> files(Path dir, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
		}
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (var in = MessagesTests.class.getClassLoader().getResourceAsStream(name)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
