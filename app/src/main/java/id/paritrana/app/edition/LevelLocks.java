package id.paritrana.app.edition;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.TextLimits;

/**
 * Levels whose results can no longer change (DESIGN §3, §5.8). A level is locked once it
 * is <em>determined</em> (its results frozen into a snapshot) or, for a province, once
 * the national secretariat <em>closes</em> it explicitly with a reason so the national
 * SELEKSI need not wait for it. Anything that changes a level's scores, shortlist,
 * assignments or jury scores asks {@link #requireOpen} first.
 */
@Service
public class LevelLocks {

	private final JdbcClient jdbc;

	private final Stages stages;

	private final AuditLog audit;

	LevelLocks(JdbcClient jdbc, Stages stages, AuditLog audit) {
		this.jdbc = jdbc;
		this.stages = stages;
		this.audit = audit;
	}

	/** Why a level is locked. */
	public enum Kind {

		/** Its results were determined into a snapshot. */
		DETERMINED,

		/**
		 * The national secretariat closed the province's level without a determination.
		 */
		CLOSED

	}

	/** A level's lock: how, why (for a closure), by whom and when. */
	public record Lock(int editionYear, String levelScope, Kind kind, String reason, String lockedBy,
			Instant lockedAt) {
	}

	/** The lock of a level, if it is locked. */
	public Optional<Lock> lock(int editionYear, String levelScope) {
		return this.jdbc
			.sql("SELECT edition_year, level_scope, lock_kind, reason, locked_by, locked_at FROM level_lock"
					+ " WHERE edition_year = :y AND level_scope = :s")
			.param("y", editionYear)
			.param("s", levelScope)
			.query((rs, n) -> new Lock(rs.getInt("edition_year"), rs.getString("level_scope"),
					Kind.valueOf(rs.getString("lock_kind")), rs.getString("reason"), rs.getString("locked_by"),
					rs.getObject("locked_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * Whether the level's results were determined (a province's level, or {@code ID}).
	 */
	public boolean isDetermined(int editionYear, String levelScope) {
		return lock(editionYear, levelScope).filter(l -> l.kind() == Kind.DETERMINED).isPresent();
	}

	/** Whether any level of the edition was determined. */
	public boolean anyDetermined(int editionYear) {
		return this.jdbc.sql("SELECT COUNT(*) FROM level_lock WHERE edition_year = :y AND lock_kind = 'DETERMINED'")
			.param("y", editionYear)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Refuses a change to a level that is locked: determined results change only by a
	 * revision.
	 * @throws InvalidInputException when the level is determined or closed
	 */
	public void requireOpen(int editionYear, String levelScope) {
		lock(editionYear, levelScope).ifPresent(l -> {
			throw new InvalidInputException("level", "result.error.locked." + l.kind().name(), levelScope);
		});
	}

	/**
	 * Records that a level was determined: {@link Stage#PENETAPAN} done and
	 * {@link Stage#PENGANUGERAHAN} running, the level locked (audited). The caller
	 * checked that the level was in {@link Stage#PENETAPAN}.
	 */
	@Transactional
	public void markDetermined(String actor, int editionYear, String levelScope) {
		requireOpen(editionYear, levelScope);
		List<StageStatus> before = this.stages.stages(editionYear, levelScope);
		this.stages.setState(editionYear, levelScope, Stage.PENETAPAN, StageState.SELESAI);
		this.stages.setState(editionYear, levelScope, Stage.PENGANUGERAHAN, StageState.BERJALAN);
		insert(editionYear, levelScope, Kind.DETERMINED, null, actor);
		this.stages.audited(actor, "STAGE_ADVANCED", editionYear, levelScope, before, Map.of("determined", true));
	}

	/**
	 * The national secretariat closes a province's level explicitly, with a reason: the
	 * national SELEKSI stops waiting for it; no snapshot, no promotion (DESIGN §3).
	 * Audited.
	 */
	@Transactional
	public Lock close(SignedInUser user, int editionYear, String province, String reason) {
		if (!user.hasRole(Role.ADMIN_NASIONAL)) {
			throw new AccessDeniedException("closing a provincial level needs ADMIN_NASIONAL");
		}
		this.stages.stagesOf(editionYear, province);
		List<InvalidInputException.Problem> problems = new ArrayList<>();
		if (province.equals(Stages.NATIONAL)) {
			problems.add(new InvalidInputException.Problem("level", "result.error.closeNational"));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new InvalidInputException.Problem("reason", "result.error.reason"));
		}
		TextLimits.check("reason", reason, TextLimits.DECISION_REASON, problems);
		if (lock(editionYear, province).isPresent()) {
			problems.add(new InvalidInputException.Problem("level", "result.error.alreadyLocked", province));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		insert(editionYear, province, Kind.CLOSED, reason.strip(), user.getUsername());
		this.audit.recordAs(user.getUsername(), "LEVEL_CLOSED", "edition_stage", editionYear + "/" + province, null,
				Map.of("reason", reason.strip()));
		return lock(editionYear, province).orElseThrow();
	}

	private void insert(int editionYear, String levelScope, Kind kind, String reason, String actor) {
		this.jdbc
			.sql("INSERT INTO level_lock (edition_year, level_scope, lock_kind, reason, locked_by)"
					+ " VALUES (:y, :s, :k, :r, :by)")
			.param("y", editionYear)
			.param("s", levelScope)
			.param("k", kind.name())
			.param("r", reason)
			.param("by", actor)
			.update();
	}

}
