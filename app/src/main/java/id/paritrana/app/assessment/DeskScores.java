package id.paritrana.app.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.dataset.ResultGuard;
import id.paritrana.app.dataset.StoredMeasures;
import id.paritrana.app.edition.Edition;
import id.paritrana.app.edition.EditionRubrics;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.LevelLocks;
import id.paritrana.app.system.BulkWriter;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.engine.rubric.Aspect;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;
import id.paritrana.engine.score.CandidateTable;
import id.paritrana.engine.score.CategoryResult;
import id.paritrana.engine.score.Scorer;

/**
 * The desk scores and ranks (DESIGN §5.3–§5.4) of every candidate of an edition, computed
 * by the engine from the stored measures, whole categories at a time, and stored in
 * {@code desk_score} with one {@code desk_score_run} naming when, by whom, the rubric
 * versions and the measures' data set versions.
 *
 * <p>
 * Each category is scored at the level its candidates enter the award (§3): the
 * provincial level, scope = province, for every category but {@code PEMPROV}, which is
 * national only. The national level of the other categories holds the provincial winners,
 * known only after the provincial determination.
 */
@Service
public class DeskScores {

	private static final List<String> DESK_SCORE_COLUMNS = List.of("edition_year", "score_level", "category",
			"candidate_code", "candidate_name", "scope", "eligible", "flags", "desk_score", "desk_rank",
			"aspect_scores");

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
		.build();

	private static final TypeReference<LinkedHashMap<String, BigDecimal>> SCORES = new TypeReference<>() {
	};

	private static final TypeReference<LinkedHashMap<String, Integer>> VERSIONS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final TransactionTemplate transactions;

	private final Editions editions;

	private final StoredMeasures measures;

	private final EditionRubrics rubrics;

	private final AuditLog audit;

	private final LevelLocks locks;

	private final ResultGuard guard;

	DeskScores(JdbcClient jdbc, DataSource dataSource, TransactionTemplate transactions, Editions editions,
			EditionRubrics rubrics, StoredMeasures measures, AuditLog audit, LevelLocks locks, ResultGuard guard) {
		this.guard = guard;
		this.locks = locks;
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.transactions = transactions;
		this.editions = editions;
		this.rubrics = rubrics;
		this.measures = measures;
		this.audit = audit;
	}

	/**
	 * The stored computation: when, by whom, which rubric versions, which measures and
	 * data set versions.
	 */
	public record Run(int editionYear, Instant computedAt, String computedBy, Instant measuresComputedAt,
			List<Long> datasetVersionIds, Map<String, Integer> rubricVersions, long candidates) {
	}

	/**
	 * What a computation stored, with the seconds spent reading measures, scoring and
	 * storing.
	 */
	public record Computed(Run run, double readSeconds, double scoreSeconds, double storeSeconds) {
	}

	/**
	 * Computes and stores the desk scores of every candidate of the edition from its
	 * stored measures, replacing earlier ones, in one transaction (audited).
	 * @throws id.paritrana.app.system.NotFoundException when the edition does not exist
	 * @throws InvalidInputException when the edition's measures have not been computed,
	 * or a level of the edition was determined (its results are frozen, DESIGN §5.8)
	 */
	public Computed compute(int editionYear, String actor) {
		return compute(editionYear, actor, false, Optional.empty());
	}

	/**
	 * A computation someone asked for (page, API, command line): as
	 * {@link #compute(int, String)}, and refused while a level of the edition is past
	 * VERIFIKASI unless overridden with a reason (audited; the caller checked that the
	 * actor may override). The recomputation that accepted regulation evidence triggers
	 * follows the evidence's own rules and is not asked here.
	 * @throws InvalidInputException also naming each level past VERIFIKASI
	 * ({@link ResultGuard})
	 */
	public Computed computeRequested(int editionYear, String actor, Optional<String> overrideReason) {
		return compute(editionYear, actor, true, overrideReason);
	}

	private Computed compute(int editionYear, String actor, boolean guarded, Optional<String> overrideReason) {
		Edition edition = this.editions.require(editionYear);
		if (this.locks.anyDetermined(editionYear)) {
			throw new InvalidInputException("edition", "result.error.deskScoresDetermined", editionYear);
		}
		if (guarded) {
			this.guard.check(editionYear, "DESK_SCORES", actor, overrideReason);
		}
		return this.transactions.execute(status -> {
			StoredMeasures.MeasureRun measureRun = this.measures.run(editionYear)
				.orElseThrow(() -> new InvalidInputException(List
					.of(new InvalidInputException.Problem("measures", "deskScore.error.noMeasures", editionYear))));
			lockRun(editionYear);
			long started = System.nanoTime();
			Map<Category, CandidateTable> tables = tables(edition.awardYear(), Optional.empty(), Optional.empty());
			long read = System.nanoTime();
			List<CategoryResult> results = new ArrayList<>();
			for (Category category : Category.values()) {
				results.add(Scorer.score(this.rubrics.rubric(editionYear, category), category.entryLevel(),
						tables.get(category)));
			}
			long scored = System.nanoTime();
			// every row but the promoted national candidates, which the provincial
			// determinations make
			this.jdbc
				.sql("DELETE FROM desk_score WHERE edition_year = :y AND (score_level = 'PROVINSI'"
						+ " OR category = 'PEMPROV')")
				.param("y", editionYear)
				.update();
			long candidates = store(editionYear, results);
			Map<String, Integer> versions = new LinkedHashMap<>();
			for (Category category : Category.values()) {
				versions.put(category.name(), this.rubrics.version(editionYear, category));
			}
			this.jdbc.sql("DELETE FROM desk_score_run WHERE edition_year = :y").param("y", editionYear).update();
			this.jdbc
				.sql("INSERT INTO desk_score_run (edition_year, computed_by, measures_computed_at, dataset_version_ids,"
						+ " rubric_versions, candidates) VALUES (:y, :by, :m, :ids, :rubrics, :n)")
				.param("y", editionYear)
				.param("by", actor)
				.param("m", OffsetDateTime.ofInstant(measureRun.computedAt(), java.time.ZoneOffset.UTC))
				.param("ids",
						measureRun.datasetVersionIds().stream().map(String::valueOf).collect(Collectors.joining(",")))
				.param("rubrics", json(versions))
				.param("n", candidates)
				.update();
			long stored = System.nanoTime();
			Run run = run(editionYear).orElseThrow();
			this.audit.recordAs(actor, "DESK_SCORES_COMPUTED", "edition", Integer.toString(editionYear), null,
					Map.of("candidates", candidates, "rubricVersions", versions, "datasetVersions",
							measureRun.datasetVersionIds(), "measuresComputedAt", measureRun.computedAt().toString()));
			return new Computed(run, (read - started) / 1e9, (scored - read) / 1e9, (stored - scored) / 1e9);
		});
	}

	/** The last computation of an edition's desk scores, if any. */
	public Optional<Run> run(int editionYear) {
		return this.jdbc
			.sql("SELECT edition_year, computed_at, computed_by, measures_computed_at, dataset_version_ids,"
					+ " rubric_versions, candidates FROM desk_score_run WHERE edition_year = :y")
			.param("y", editionYear)
			.query((rs, n) -> new Run(rs.getInt("edition_year"),
					rs.getObject("computed_at", OffsetDateTime.class).toInstant(), rs.getString("computed_by"),
					rs.getObject("measures_computed_at", OffsetDateTime.class).toInstant(),
					ids(rs.getString("dataset_version_ids")), versions(rs.getString("rubric_versions")),
					rs.getLong("candidates")))
			.optional();
	}

	/**
	 * The candidate tables of an edition's categories, each at its entry level, from the
	 * stored measures: every category, or one category in one scope (a province code, or
	 * {@code ID}).
	 */
	Map<Category, CandidateTable> tables(int editionYear, Optional<Category> only, Optional<String> scope) {
		Map<Category, CandidateTable.Builder> builders = new EnumMap<>(Category.class);
		for (Category category : Category.values()) {
			builders.put(category, CandidateTable.builder(category));
		}
		Optional<String> province = scope.filter(s -> !s.equals(Level.NATIONAL_SCOPE));
		this.measures.forEach(editionYear, only, province, candidate -> {
			Category category = candidate.category();
			CandidateTable.Builder builder = builders.get(category);
			StoredMeasures.addTo(builder, candidate, category.entryLevel().scope(candidate.provinceCode()));
		});
		Map<Category, CandidateTable> tables = new EnumMap<>(Category.class);
		builders.forEach((category, builder) -> tables.put(category, builder.build()));
		return tables;
	}

	/**
	 * Scores one category of an edition in one scope, from the stored measures (for
	 * explanations).
	 */
	CategoryResult scoreScope(int editionYear, Category category, String scope) {
		if (scope.equals(Level.NATIONAL_SCOPE) && category.entryLevel() == Level.PROVINSI) {
			// the promoted candidates, as scorePromoted stored them
			List<String> promoted = this.jdbc
				.sql("SELECT candidate_code FROM desk_score WHERE edition_year = :y AND score_level = 'NASIONAL'"
						+ " AND category = :c")
				.param("y", editionYear)
				.param("c", category.name())
				.query(String.class)
				.list();
			return Scorer.score(this.rubrics.rubric(editionYear, category), Level.NASIONAL,
					promotedTable(editionYear, category, Set.copyOf(promoted)));
		}
		CandidateTable table = tables(editionYear, Optional.of(category), Optional.of(scope)).get(category);
		return Scorer.score(this.rubrics.rubric(editionYear, category), category.entryLevel(), table);
	}

	/**
	 * Recomputes the desk scores and ranks of one category in one scope (a province code,
	 * or {@code ID} for {@code PEMPROV}) from the stored measures, after a measure of one
	 * of its candidates changed (an accepted or rejected regulation): ranks and
	 * peer-relative rules reach no further than the scope. The run's time and author
	 * become this recomputation's. Nothing happens before the edition's first
	 * computation.
	 * @return the number of candidates recomputed
	 */
	public long recompute(int editionYear, Category category, String scope, String actor) {
		if (run(editionYear).isEmpty()) {
			return 0;
		}
		this.locks.requireOpen(editionYear, scope);
		return this.transactions.execute(status -> {
			lockRun(editionYear);
			Level level = category.entryLevel();
			CategoryResult result = scoreScope(editionYear, category, scope);
			this.jdbc
				.sql("DELETE FROM desk_score WHERE edition_year = :y AND score_level = :l AND category = :c"
						+ " AND scope = :s")
				.param("y", editionYear)
				.param("l", level.name())
				.param("c", category.name())
				.param("s", scope)
				.update();
			long candidates = store(editionYear, List.of(result));
			this.jdbc.sql("UPDATE desk_score_run SET computed_at = :at, computed_by = :by WHERE edition_year = :y")
				.param("at", OffsetDateTime.now(java.time.ZoneOffset.UTC))
				.param("by", actor)
				.param("y", editionYear)
				.update();
			this.audit.recordAs(actor, "DESK_SCORES_RECOMPUTED", "edition", Integer.toString(editionYear), null,
					Map.of("category", category.name(), "scope", scope, "candidates", candidates));
			return candidates;
		});
	}

	/**
	 * Serialises computations of one edition's desk scores (two verifiers deciding at
	 * once): each deletes and inserts rows, and on PostgreSQL a concurrent delete would
	 * miss the other's new rows. Nothing is locked before the first computation.
	 */
	private void lockRun(int editionYear) {
		this.jdbc.sql("SELECT edition_year FROM desk_score_run WHERE edition_year = :y FOR UPDATE")
			.param("y", editionYear)
			.query(Integer.class)
			.list();
	}

	/**
	 * Scores the national-level candidates a category has so far from the provincial
	 * determinations (DESIGN §5.6: the promoted juara 1 of each province) with the
	 * national rubric, their peers being each other, and stores their national desk
	 * scores in place of the earlier ones of that category (audited). Nothing to do for
	 * {@code PEMPROV}, national from the start.
	 * @throws InvalidInputException when the national level is locked
	 */
	public CategoryResult scorePromoted(int editionYear, Category category, Collection<String> codes, String actor) {
		if (category.entryLevel() == Level.NASIONAL) {
			throw new IllegalArgumentException(category + " is not promoted");
		}
		this.locks.requireOpen(editionYear, Level.NATIONAL_SCOPE);
		Set<String> promoted = Set.copyOf(codes);
		CategoryResult result = Scorer.score(this.rubrics.rubric(editionYear, category), Level.NASIONAL,
				promotedTable(editionYear, category, promoted));
		this.jdbc.sql("DELETE FROM desk_score WHERE edition_year = :y AND score_level = 'NASIONAL' AND category = :c")
			.param("y", editionYear)
			.param("c", category.name())
			.update();
		store(editionYear, List.of(result));
		this.audit.recordAs(actor, "NATIONAL_DESK_SCORES_COMPUTED", "edition", editionYear + "/" + category.name(),
				null, Map.of("candidates", new java.util.TreeSet<>(promoted), "rubricVersion",
						this.rubrics.version(editionYear, category)));
		return result;
	}

	/** The stored candidates of a category with these codes, in the national scope. */
	private CandidateTable promotedTable(int editionYear, Category category, Set<String> codes) {
		CandidateTable.Builder builder = CandidateTable.builder(category);
		this.measures.forEach(editionYear, Optional.of(category), Optional.empty(), candidate -> {
			if (codes.contains(candidate.code())) {
				StoredMeasures.addTo(builder, candidate, Level.NATIONAL_SCOPE);
			}
		});
		return builder.build();
	}

	private long store(int editionYear, List<CategoryResult> results) {
		Connection connection = DataSourceUtils.getConnection(this.dataSource);
		long rows = 0;
		try (BulkWriter out = BulkWriter.open(connection, "desk_score", DESK_SCORE_COLUMNS)) {
			Map<String, BigDecimal> scores = new LinkedHashMap<>();
			for (CategoryResult result : results) {
				CandidateTable table = result.candidates();
				List<Aspect> aspects = result.rubric().aspects();
				for (int i = 0; i < result.size(); i++) {
					scores.clear();
					for (int a = 0; a < aspects.size(); a++) {
						if (!aspects.get(a).isJury()) {
							scores.put(aspects.get(a).id(), cents(result.aspectScore(i, a)));
						}
					}
					int rank = result.deskRank(i);
					out.number(editionYear)
						.text(result.level().name())
						.text(result.category().name())
						.text(table.code(i))
						.text(table.name(i))
						.text(table.scope(i))
						.bool(result.eligible(i))
						.text(String.join(";", result.flags(i)))
						.decimal(cents(result.deskScore(i)));
					if (rank == CategoryResult.NO_RANK) {
						out.none();
					}
					else {
						out.number(rank);
					}
					out.text(scoresJson(scores)).endRow();
					rows++;
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("storing the desk scores failed", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, this.dataSource);
		}
		return rows;
	}

	/** A published score (already rounded to cents by the engine) as an exact decimal. */
	static BigDecimal cents(double published) {
		return BigDecimal.valueOf(published).setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * Aspect (or indicator) scores as stored: a JSON object of ids and decimals, written
	 * plain ({@code 12.50}), in their order.
	 */
	public static String scoresJson(Map<String, BigDecimal> scores) {
		return JSON.writeValueAsString(scores);
	}

	/** Stored aspect (or indicator) scores, exactly and in their order. */
	public static Map<String, BigDecimal> scores(String json) {
		return JSON.readValue(json, SCORES);
	}

	private static String json(Map<String, Integer> versions) {
		return JSON.writeValueAsString(versions);
	}

	private static Map<String, Integer> versions(String json) {
		return JSON.readValue(json, VERSIONS);
	}

	private static List<Long> ids(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
	}

}
