package id.paritrana.app.edition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;

/**
 * The editions of the award: read by every module, created by the national secretariat.
 */
@Service
public class Editions {

	private static final String SELECT = "SELECT award_year, assessment_year, name, assessment_start, assessment_end, created_by, created_at FROM edition";

	/** The range of the edition's minimum of jurors per nominee. */
	public static final int MIN_JURORS = 1;

	public static final int MAX_JURORS = 20;

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final EditionRubrics rubrics;

	private final Stages stages;

	Editions(JdbcClient jdbc, AuditLog audit, EditionRubrics rubrics, Stages stages) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.rubrics = rubrics;
		this.stages = stages;
	}

	public List<Edition> list() {
		return this.jdbc.sql(SELECT + " ORDER BY award_year DESC").query(this::edition).list();
	}

	public Optional<Edition> find(int awardYear) {
		return this.jdbc.sql(SELECT + " WHERE award_year = :year")
			.param("year", awardYear)
			.query(this::edition)
			.optional();
	}

	/** The edition of that award year; {@link NotFoundException} when there is none. */
	public Edition require(int awardYear) {
		return find(awardYear).orElseThrow(() -> new NotFoundException("edition " + awardYear));
	}

	/**
	 * Locks the edition's row until the caller's transaction ends, so that writers of the
	 * edition's data (imports numbering their versions) take turns.
	 */
	public void lock(int awardYear) {
		this.jdbc.sql("SELECT award_year FROM edition WHERE award_year = :year FOR UPDATE")
			.param("year", awardYear)
			.query(Integer.class)
			.single();
	}

	/**
	 * Creates an edition of that award year with every default (see
	 * {@link #create(String, NewEdition)}).
	 */
	@Transactional
	public Edition create(String actor, int awardYear, String name) {
		return create(actor, NewEdition.of(awardYear, name));
	}

	/**
	 * Creates an edition (audited) with its own copy of every rubric, from the defaults
	 * or from an earlier edition, and its national level's stages with their planned
	 * dates.
	 * @throws InvalidInputException with every problem: year out of range or used, name
	 * too long, period or dates reversed, unknown source edition, invalid shortlist
	 * settings
	 */
	@Transactional
	public Edition create(String actor, NewEdition plan) {
		int awardYear = (plan.awardYear() == null) ? 0 : plan.awardYear();
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (awardYear < Edition.FIRST_YEAR || awardYear > Edition.LAST_YEAR) {
			problems.add(new InvalidInputException.Problem("awardYear", "edition.error.year", Edition.FIRST_YEAR,
					Edition.LAST_YEAR));
		}
		else if (find(awardYear).isPresent()) {
			problems.add(new InvalidInputException.Problem("awardYear", "edition.error.exists", awardYear));
		}
		String shown = (plan.name() == null || plan.name().isBlank()) ? "Paritrana Award " + awardYear
				: plan.name().strip();
		if (shown.length() > 200) {
			problems.add(new InvalidInputException.Problem("name", "edition.error.name", 200));
		}
		LocalDate start = (plan.assessmentStart() != null) ? plan.assessmentStart() : LocalDate.of(awardYear - 1, 1, 1);
		LocalDate end = (plan.assessmentEnd() != null) ? plan.assessmentEnd() : LocalDate.of(awardYear - 1, 12, 31);
		if (end.isBefore(start)) {
			problems.add(new InvalidInputException.Problem("assessmentEnd", "edition.error.period"));
		}
		Optional<Integer> from = Optional.ofNullable(plan.copyRubricsFrom());
		if (from.isPresent() && find(from.get()).isEmpty()) {
			problems.add(new InvalidInputException.Problem("copyRubricsFrom", "edition.error.copyFrom", from.get()));
		}
		Map<String, String> shortlist = new LinkedHashMap<>();
		if (plan.shortlistTop() != null) {
			if (plan.shortlistTop() < 1) {
				problems.add(new InvalidInputException.Problem("shortlistTop", "edition.error.shortlistTop"));
			}
			shortlist.put("shortlist.top", plan.shortlistTop().toString());
		}
		if (plan.minDeskScore() != null) {
			if (plan.minDeskScore().signum() < 0 || plan.minDeskScore().compareTo(BigDecimal.valueOf(100)) > 0) {
				problems.add(new InvalidInputException.Problem("minDeskScore", "edition.error.minDeskScore"));
			}
			shortlist.put("shortlist.min_desk_score", plan.minDeskScore().toPlainString());
		}
		Map<Stage, NewEdition.PlannedDates> dates = (plan.stageDates() == null) ? Map.of() : plan.stageDates();
		dates.forEach((stage, d) -> {
			if (d != null && d.start() != null && d.end() != null && d.end().isBefore(d.start())) {
				problems.add(new InvalidInputException.Problem("stageDates." + stage.name(), "stage.error.dates"));
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.jdbc
			.sql("INSERT INTO edition (award_year, assessment_year, name, created_by, assessment_start, assessment_end)"
					+ " VALUES (:year, :assessed, :name, :by, :start, :end)")
			.param("year", awardYear)
			.param("assessed", awardYear - 1)
			.param("name", shown)
			.param("by", actor)
			.param("start", start)
			.param("end", end)
			.update();
		this.rubrics.copyInto(actor, awardYear, from, shortlist);
		Map<Stage, LocalDate[]> planned = new EnumMap<>(Stage.class);
		dates.forEach((stage, d) -> {
			if (d != null) {
				planned.put(stage, new LocalDate[] { d.start(), d.end() });
			}
		});
		this.stages.createNationalLevel(awardYear, planned);
		Edition edition = require(awardYear);
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("awardYear", awardYear);
		after.put("assessmentYear", awardYear - 1);
		after.put("name", shown);
		after.put("assessmentPeriod", start + ".." + end);
		after.put("rubricsFrom", from.map(Object::toString).orElse("defaults"));
		after.put("shortlist", shortlist);
		this.audit.recordAs(actor, "EDITION_CREATED", "edition", Integer.toString(awardYear), null, after);
		return edition;
	}

	/**
	 * The least number of jurors that interview each nominee (DESIGN §3 WAWANCARA); 3
	 * unless changed.
	 */
	public int minJurorsPerNominee(int awardYear) {
		return this.jdbc.sql("SELECT min_jurors_per_nominee FROM edition WHERE award_year = :year")
			.param("year", awardYear)
			.query(Integer.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("edition " + awardYear));
	}

	/**
	 * Sets the least number of jurors per nominee, 1–20 (audited).
	 * @throws InvalidInputException when out of range
	 */
	@Transactional
	public int setMinJurorsPerNominee(String actor, int awardYear, Integer minimum) {
		int before = minJurorsPerNominee(awardYear);
		if (minimum == null || minimum < MIN_JURORS || minimum > MAX_JURORS) {
			throw new InvalidInputException("minJurorsPerNominee", "edition.error.minJurors", MIN_JURORS, MAX_JURORS);
		}
		this.jdbc.sql("UPDATE edition SET min_jurors_per_nominee = :n WHERE award_year = :year")
			.param("n", minimum)
			.param("year", awardYear)
			.update();
		this.audit.recordAs(actor, "EDITION_MIN_JURORS_CHANGED", "edition", Integer.toString(awardYear),
				Map.of("minJurorsPerNominee", before), Map.of("minJurorsPerNominee", minimum));
		return minimum;
	}

	private Edition edition(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Edition(rs.getInt("award_year"), rs.getInt("assessment_year"), rs.getString("name"),
				rs.getObject("assessment_start", LocalDate.class), rs.getObject("assessment_end", LocalDate.class),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
