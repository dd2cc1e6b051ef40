package id.paritrana.app.evidence;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.security.access.AccessDeniedException;

import id.paritrana.app.security.SignedInUser;

/**
 * Who may do what with a candidate's evidence and questionnaire (DESIGN §2): its own
 * operator uploads and fills; the national secretariat, and the committee and verifier of
 * its province, read; the verifier of its province (and the national secretariat)
 * verifies. A juror reads the candidates assigned to them, unless they have a conflict of
 * interest with one ({@link DossierReaders}). A refusal is an
 * {@link AccessDeniedException}: 403, written to the audit log. Operators and jurors are
 * refused before anything is read.
 */
public final class EvidenceAccess {

	private EvidenceAccess() {
	}

	/** Whether the user is the operator of that candidate. */
	public static boolean isOwnOperator(SignedInUser me, String code) {
		return switch (me.role()) {
			case OPERATOR_PEMDA -> me.scope().governmentCode().map(code::equals).orElse(false);
			case OPERATOR_BADAN_USAHA -> me.scope().employerNpp().map(code::equals).orElse(false);
			default -> false;
		};
	}

	/**
	 * The candidate, when the user may read its evidence and questionnaire;
	 * {@code assignedJuror} is asked only of a juror.
	 */
	static EvidenceOwner readable(SignedInUser me, String code, Supplier<EvidenceOwner> find,
			BooleanSupplier assignedJuror) {
		switch (me.role()) {
			case ADMIN_NASIONAL:
				return find.get();
			case PANITIA_PROVINSI, VERIFIKATOR: {
				String own = me.scope().provinceCode().orElseThrow(() -> new AccessDeniedException("no province"));
				Optional<String> known = EvidenceOwners.provinceOfGovernment(code);
				if (known.isPresent() && !known.get().equals(own)) {
					throw new AccessDeniedException("candidate " + code + " outside province " + own);
				}
				EvidenceOwner owner = find.get();
				if (!owner.provinceCode().equals(own)) {
					throw new AccessDeniedException("candidate " + code + " outside province " + own);
				}
				return owner;
			}
			case OPERATOR_PEMDA, OPERATOR_BADAN_USAHA: {
				if (!isOwnOperator(me, code)) {
					throw new AccessDeniedException("candidate " + code + " is not the operator's own");
				}
				return find.get();
			}
			case PENILAI: {
				if (!assignedJuror.getAsBoolean()) {
					throw new AccessDeniedException(
							"candidate " + code + " is not assigned to the juror, or in conflict");
				}
				return find.get();
			}
			default:
				throw new AccessDeniedException("evidence of candidates");
		}
	}

	/**
	 * The candidate, when the user is its operator and so may upload and fill its
	 * questionnaire.
	 */
	public static EvidenceOwner writable(SignedInUser me, String code, Supplier<EvidenceOwner> find) {
		if (!isOwnOperator(me, code)) {
			throw new AccessDeniedException("only the operator of " + code + " gives its evidence");
		}
		return find.get();
	}

	/**
	 * Refuses unless the user verifies evidence of that province: its verifier, or the
	 * national secretariat.
	 */
	static void requireVerifier(SignedInUser me, String provinceCode) {
		if (!verifies(me, provinceCode)) {
			throw new AccessDeniedException("verifying evidence of province " + provinceCode);
		}
	}

	/** Whether the user verifies evidence of that province. */
	static boolean verifies(SignedInUser me, String provinceCode) {
		return switch (me.role()) {
			case ADMIN_NASIONAL -> true;
			case VERIFIKATOR -> me.scope().provinceCode().map(provinceCode::equals).orElse(false);
			default -> false;
		};
	}

	/**
	 * The province whose queue the user sees: the own one for a verifier, any (empty:
	 * all) for the admin.
	 */
	static Optional<String> queueScope(SignedInUser me, Optional<String> asked) {
		return switch (me.role()) {
			case ADMIN_NASIONAL -> asked;
			case VERIFIKATOR, PANITIA_PROVINSI -> {
				String own = me.scope().provinceCode().orElseThrow(() -> new AccessDeniedException("no province"));
				if (!asked.orElse(own).equals(own)) {
					throw new AccessDeniedException("evidence outside province " + own);
				}
				yield Optional.of(own);
			}
			default -> throw new AccessDeniedException("evidence queue");
		};
	}

}
