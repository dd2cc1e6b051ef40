package id.paritrana.app.candidate;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;

import id.paritrana.app.security.SignedInUser;
import id.paritrana.engine.rubric.Category;
import id.paritrana.engine.rubric.Level;

/**
 * Who sees which list of candidates: the national secretariat every one; a provincial
 * committee or verifier those of its province at the provincial level; operators only
 * their own candidacy.
 */
final class CandidateAccess {

	private CandidateAccess() {
	}

	/**
	 * The scope a list may show: the one asked for when allowed, the own province for
	 * provincial roles.
	 */
	static Optional<String> listScope(SignedInUser me, Category category, Optional<String> asked) {
		return switch (me.role()) {
			case ADMIN_NASIONAL -> asked;
			case PANITIA_PROVINSI, VERIFIKATOR -> {
				String own = me.scope().provinceCode().orElseThrow(() -> new AccessDeniedException("no province"));
				if (category.entryLevel() != Level.PROVINSI || !asked.orElse(own).equals(own)) {
					throw new AccessDeniedException("candidates outside province " + own);
				}
				yield Optional.of(own);
			}
			default -> throw new AccessDeniedException("lists of candidates");
		};
	}

	/** The code of the user's own candidacy: an operator's government or employer. */
	static Optional<String> ownCandidacy(SignedInUser me) {
		return switch (me.role()) {
			case OPERATOR_PEMDA -> me.scope().governmentCode();
			case OPERATOR_BADAN_USAHA -> me.scope().employerNpp();
			default -> Optional.empty();
		};
	}

}
