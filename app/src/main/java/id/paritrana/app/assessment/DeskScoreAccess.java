package id.paritrana.app.assessment;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Level;

/**
 * Who sees which desk scores (DESIGN §2). The national secretariat sees everything; a
 * provincial committee or BPJS TK verifier sees the provincial level of its own province;
 * an operator sees only the scorecard of its own government or employer; a juror sees
 * only the candidates assigned to them for the interviews (their scorecards only,
 * answered by {@link ScorecardReaders}). A refusal is an {@link AccessDeniedException}:
 * 403, written to the audit log.
 */
final class DeskScoreAccess {

	private DeskScoreAccess() {
	}

	/**
	 * The scope a leaderboard may show: the one asked for when allowed, the user's own
	 * province when none is asked for; empty means every scope of the level.
	 */
	static Optional<String> boardScope(SignedInUser me, Level level, Optional<String> asked) {
		return switch (me.role()) {
			case ADMIN_NASIONAL -> asked;
			case PANITIA_PROVINSI, VERIFIKATOR -> {
				String own = me.scope().provinceCode().orElseThrow(() -> new AccessDeniedException("no province"));
				if (level != Level.PROVINSI || !asked.orElse(own).equals(own)) {
					throw new AccessDeniedException("desk scores outside province " + own);
				}
				yield Optional.of(own);
			}
			default -> throw new AccessDeniedException("leaderboards of desk scores");
		};
	}

	/**
	 * The candidate whose scorecard the user asks for, when the user may see it. The
	 * candidate is looked up only for the roles whose answer depends on its scope, so
	 * operators and jurors are refused before anything is read.
	 */
	static Leaderboards.Row visibleCandidate(SignedInUser me, Level level, String code, Supplier<Leaderboards.Row> find,
			BooleanSupplier assignedJuror) {
		boolean allowed = switch (me.role()) {
			case ADMIN_NASIONAL, PANITIA_PROVINSI, VERIFIKATOR -> true;
			case OPERATOR_PEMDA -> me.scope().governmentCode().map(code::equals).orElse(false);
			case OPERATOR_BADAN_USAHA -> me.scope().employerNpp().map(code::equals).orElse(false);
			case PENILAI -> assignedJuror.getAsBoolean();
		};
		if (!allowed) {
			throw new AccessDeniedException("scorecard of " + code + " outside the user's scope");
		}
		Leaderboards.Row row = find.get();
		if (me.hasRole(Role.PANITIA_PROVINSI) || me.hasRole(Role.VERIFIKATOR)) {
			String own = me.scope().provinceCode().orElse("");
			if (level != Level.PROVINSI || !own.equals(row.scope())) {
				throw new AccessDeniedException("scorecard of " + code + " outside province " + own);
			}
		}
		return row;
	}

}
