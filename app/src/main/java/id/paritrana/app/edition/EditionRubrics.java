package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.Reasons;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.InvalidRubricException;
import id.paritrana.engine.rubric.Rubric;
import id.paritrana.engine.rubric.RubricProblem;
import id.paritrana.engine.rubric.Rubrics;

/**
 * The rubrics of each edition (DESIGN §4): every edition has its own copy of each
 * category's rubric, stored as the engine's YAML and read through the engine's parser.
 * Weights and thresholds may change until {@link Stage#SELEKSI} starts on any level;
 * every change is audited with the text before and after.
 */
@Service
public class EditionRubrics {

	private final JdbcClient jdbc;

	private final Stages stages;

	private final AuditLog audit;

	EditionRubrics(JdbcClient jdbc, Stages stages, AuditLog audit) {
		this.jdbc = jdbc;
		this.stages = stages;
		this.audit = audit;
	}

	/**
	 * The current rubric of a category in an edition; the engine's default when the
	 * edition has no stored copy (an edition created before rubrics were stored per
	 * edition).
	 */
	public Rubric rubric(int editionYear, Category category) {
		return stored(editionYear, category).map(r -> Rubrics.parse(fileName(editionYear, category), r.yaml()))
			.orElseGet(() -> Rubrics.defaultFor(category));
	}

	/**
	 * A number that changes with every saved change of that rubric (0 for the engine's
	 * default), so that anything computed from a rubric can tell whether it is stale.
	 */
	public int version(int editionYear, Category category) {
		return stored(editionYear, category).map(StoredRubric::version).orElse(0);
	}

	/**
	 * The text of the current rubric of a category in the engine's YAML format
	 * (docs/rubric-format.md): the stored text, or the engine's default rendered when the
	 * edition has no stored copy.
	 */
	public String yaml(int editionYear, Category category) {
		return stored(editionYear, category).map(StoredRubric::yaml)
			.orElseGet(() -> RubricYaml.render(Rubrics.defaultFor(category), Map.of()));
	}

	/**
	 * Whether the edition's rubrics can no longer change: {@link Stage#SELEKSI} has
	 * started on a level.
	 */
	public boolean locked(int editionYear) {
		return this.stages.selectionStarted(editionYear);
	}

	/**
	 * The rubric with edited weights and thresholds (keyed by the paths of the rubric
	 * format), checked by the engine without saving: what the editor shows while the user
	 * types.
	 */
	RubricDraft draft(int editionYear, Category category, Map<String, String> edited) {
		Rubric current = rubric(editionYear, category);
		String yaml = RubricYaml.render(current, edited);
		Map<String, String> values = RubricYaml.values(current);
		edited
			.forEach((path, value) -> values.computeIfPresent(path, (p, old) -> (value == null) ? "" : value.strip()));
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		RubricDraft unchecked = new RubricDraft(editionYear, category, current, values, yaml, problems,
				version(editionYear, category), locked(editionYear));
		unchecked.total()
			.filter(t -> !unchecked.totalIs100())
			.ifPresent(t -> problems.add(new InvalidInputException.Problem("aspects", "rubric.error.total",
					t.stripTrailingZeros().toPlainString())));
		try {
			Rubrics.parse(fileName(editionYear, category), yaml);
		}
		catch (InvalidRubricException ex) {
			for (RubricProblem problem : ex.problems()) {
				// The total is reported above in the user's language; the engine says the
				// same in English.
				if (!(problem.path().equals("aspects") && problem.reason().startsWith("indicator weights add up to"))) {
					Reasons.Reason reason = RubricReasons.TABLE.of(problem.reason());
					problems.add(new InvalidInputException.Problem(problem.path(), reason.key(), reason.args()));
				}
			}
		}
		return unchecked;
	}

	/**
	 * Saves edited weights and thresholds as the next version (audited with the text
	 * before and after).
	 * @param expectedVersion the version the user edited; a newer one means someone saved
	 * in between
	 * @throws InvalidInputException with every problem, when locked, stale or invalid
	 */
	@Transactional
	public int save(String actor, int editionYear, Category category, int expectedVersion, Map<String, String> edited) {
		RubricDraft draft = draft(editionYear, category, edited);
		if (draft.locked()) {
			throw new InvalidInputException("rubric", "rubric.error.locked");
		}
		if (draft.version() != expectedVersion) {
			throw new InvalidInputException("version", "rubric.error.stale", draft.version());
		}
		if (!draft.problems().isEmpty()) {
			throw new InvalidInputException(draft.problems());
		}
		String before = stored(editionYear, category).map(StoredRubric::yaml).orElse(null);
		int next = expectedVersion + 1;
		int updated = (expectedVersion == 0) ? insert(actor, editionYear, category, draft.yaml(), next)
				: this.jdbc
					.sql("UPDATE edition_rubric SET yaml = :yaml, version = :next, updated_by = :by,"
							+ " updated_at = CURRENT_TIMESTAMP WHERE edition_year = :year AND category = :category"
							+ " AND version = :expected")
					.param("yaml", draft.yaml())
					.param("next", next)
					.param("by", actor)
					.param("year", editionYear)
					.param("category", category.name())
					.param("expected", expectedVersion)
					.update();
		if (updated != 1) {
			throw new InvalidInputException("version", "rubric.error.stale", version(editionYear, category));
		}
		Map<String, Object> beforeState = new LinkedHashMap<>();
		beforeState.put("version", expectedVersion);
		beforeState.put("yaml", before);
		this.audit.recordAs(actor, "RUBRIC_CHANGED", "edition_rubric", editionYear + "/" + category.name(), beforeState,
				Map.of("version", next, "yaml", draft.yaml()));
		return next;
	}

	/**
	 * Gives a new edition its own copy of every category's rubric: the previous edition's
	 * when given, else the engine defaults; {@code shortlist} values (paths
	 * {@code shortlist.top}, {@code shortlist.min_desk_score}) replace the copied ones.
	 */
	void copyInto(String actor, int editionYear, Optional<Integer> fromYear, Map<String, String> shortlist) {
		for (Category category : Category.values()) {
			Rubric source = fromYear.map(y -> rubric(y, category)).orElseGet(() -> Rubrics.defaultFor(category));
			String yaml = RubricYaml.render(source, shortlist);
			Rubrics.parse(fileName(editionYear, category), yaml);
			insert(actor, editionYear, category, yaml, 1);
		}
	}

	private int insert(String actor, int editionYear, Category category, String yaml, int version) {
		return this.jdbc
			.sql("INSERT INTO edition_rubric (edition_year, category, yaml, version, updated_by)"
					+ " VALUES (:year, :category, :yaml, :version, :by)")
			.param("year", editionYear)
			.param("category", category.name())
			.param("yaml", yaml)
			.param("version", version)
			.param("by", actor)
			.update();
	}

	Optional<StoredRubric> stored(int editionYear, Category category) {
		return this.jdbc
			.sql("SELECT yaml, version FROM edition_rubric WHERE edition_year = :year AND category = :category")
			.param("year", editionYear)
			.param("category", category.name())
			.query((rs, row) -> new StoredRubric(rs.getString("yaml"), rs.getInt("version")))
			.optional();
	}

	static String fileName(int editionYear, Category category) {
		return "edisi-" + editionYear + "/" + category.name().toLowerCase(Locale.ROOT) + ".yaml";
	}

	/** The stored text of a rubric and its version. */
	record StoredRubric(String yaml, int version) {
	}

	/**
	 * A rubric being edited: the structure, the values by path, the YAML they make, the
	 * total of the indicator weights (empty while one is not a number) and every problem
	 * by path.
	 */
	record RubricDraft(int editionYear, Category category, Rubric structure, Map<String, String> values, String yaml,
			List<InvalidInputException.Problem> problems, int version, boolean locked) {

		/** The problems of one path (a field of the editor). */
		public List<InvalidInputException.Problem> problemsAt(String path) {
			return this.problems.stream().filter(p -> p.field().equals(path)).toList();
		}

		/**
		 * The sum of an aspect's indicator weights, or empty while one is not a number.
		 */
		public Optional<BigDecimal> aspectTotal(int aspect) {
			return RubricYaml.aspectSum(this.structure.aspects().get(aspect), aspect, this.values);
		}

		/** The total as shown: the number, or a dash while a weight is not a number. */
		public String totalText() {
			return total().map(BigDecimal::toPlainString).orElse("–");
		}

		/** Whether the indicator weights add up to exactly 100. */
		public boolean totalIs100() {
			return total().filter(t -> t.compareTo(BigDecimal.valueOf(100)) == 0).isPresent();
		}

		/** The sum of every indicator weight, or empty while one is not a number. */
		public Optional<BigDecimal> total() {
			BigDecimal sum = BigDecimal.ZERO;
			for (int a = 0; a < this.structure.aspects().size(); a++) {
				Optional<BigDecimal> aspect = aspectTotal(a);
				if (aspect.isEmpty()) {
					return Optional.empty();
				}
				sum = sum.add(aspect.get());
			}
			return Optional.of(sum.stripTrailingZeros());
		}

	}

}
