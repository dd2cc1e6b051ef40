package id.paritrana.app.edition;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.NotFoundException;

/** The editions of the award: read by every module, created by the national secretariat. */
@Service
public class Editions {

	private static final String SELECT = "SELECT award_year, assessment_year, name, created_by, created_at FROM edition";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Editions(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<Edition> list() {
		return this.jdbc.sql(SELECT + " ORDER BY award_year DESC").query(this::edition).list();
	}

	public Optional<Edition> find(int awardYear) {
		return this.jdbc.sql(SELECT + " WHERE award_year = :year").param("year", awardYear).query(this::edition).optional();
	}

	/** The edition of that award year; {@link NotFoundException} when there is none. */
	public Edition require(int awardYear) {
		return find(awardYear).orElseThrow(() -> new NotFoundException("edition " + awardYear));
	}

	/**
	 * Creates an edition (audited). The name defaults to "Paritrana Award {year}".
	 * @throws InvalidInputException when the year is out of range, already used, or the name too long
	 */
	@Transactional
	public Edition create(String actor, int awardYear, String name) {
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (awardYear < Edition.FIRST_YEAR || awardYear > Edition.LAST_YEAR) {
			problems.add(new InvalidInputException.Problem("awardYear", "edition.error.year", Edition.FIRST_YEAR,
					Edition.LAST_YEAR));
		}
		else if (find(awardYear).isPresent()) {
			problems.add(new InvalidInputException.Problem("awardYear", "edition.error.exists", awardYear));
		}
		String shown = (name == null || name.isBlank()) ? "Paritrana Award " + awardYear : name.strip();
		if (shown.length() > 200) {
			problems.add(new InvalidInputException.Problem("name", "edition.error.name", 200));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		this.jdbc
			.sql("INSERT INTO edition (award_year, assessment_year, name, created_by, assessment_start, assessment_end)"
					+ " VALUES (:year, :assessed, :name, :by, :start, :end)")
			.param("year", awardYear)
			.param("assessed", awardYear - 1)
			.param("start", java.time.LocalDate.of(awardYear - 1, 1, 1))
			.param("end", java.time.LocalDate.of(awardYear - 1, 12, 31))
			.param("name", shown)
			.param("by", actor)
			.update();
		Edition edition = require(awardYear);
		this.audit.recordAs(actor, "EDITION_CREATED", "edition", Integer.toString(awardYear), null,
				Map.of("awardYear", awardYear, "assessmentYear", awardYear - 1, "name", shown));
		return edition;
	}

	private Edition edition(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Edition(rs.getInt("award_year"), rs.getInt("assessment_year"), rs.getString("name"),
				rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}

}
