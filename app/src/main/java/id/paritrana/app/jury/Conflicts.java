package id.paritrana.app.jury;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.dataset.CurrentData;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.system.InvalidInputException;

/**
 * Conflicts of interest between jurors and candidates (DESIGN §5.5): declared by the
 * juror with a reason, or derived from the affiliation the juror has in a panel. A juror
 * affiliated with a government (region code G) conflicts with the government G, with any
 * candidate government whose region lies within G or contains G (a province and its
 * regencies/cities), and with every employer located in G's region; a juror affiliated
 * with an employer conflicts with that employer. A juror is never assigned to, offered
 * for, or lets score a candidate across a conflict.
 */
@Service
public class Conflicts {

	private final JdbcClient jdbc;

	private final Shortlists shortlists;

	private final AuditLog audit;

	private final Editions editions;

	private final CurrentData data;

	Conflicts(JdbcClient jdbc, Shortlists shortlists, AuditLog audit, Editions editions, CurrentData data) {
		this.jdbc = jdbc;
		this.data = data;
		this.editions = editions;
		this.shortlists = shortlists;
		this.audit = audit;
	}

	/** Where a conflict comes from. */
	public enum Kind {

		/** Declared by the juror, with a reason. */
		DECLARED,
		/** Derived from the juror's affiliation (a region code or an NPP). */
		DERIVED

	}

	/**
	 * A conflict of interest.
	 *
	 * @param basis the declared reason, or the affiliation it is derived from
	 */
	public record Conflict(String juror, String candidateCode, Kind kind, String basis) {
	}

	/**
	 * The conflict between a juror and a candidate in an edition, if any: declared, or
	 * derived from the juror's affiliation in any panel of the edition.
	 */
	public Optional<Conflict> between(int editionYear, String juror, String candidateCode) {
		Optional<Conflict> declared = declared(editionYear, Optional.of(juror), List.of(candidateCode)).stream()
			.findFirst();
		if (declared.isPresent()) {
			return declared;
		}
		Map<String, String> regions = regions(editionYear, List.of(candidateCode));
		return affiliations(editionYear, Optional.empty(), Optional.of(juror)).stream()
			.map(a -> derived(a, candidateCode, regions.get(candidateCode)))
			.flatMap(Optional::stream)
			.findFirst();
	}

	/** Whether a juror and a candidate are in conflict (see {@link #between}). */
	public boolean conflicted(int editionYear, String juror, String candidateCode) {
		return between(editionYear, juror, candidateCode).isPresent();
	}

	/**
	 * Every conflict between the members of a level's panel and the nominees of that
	 * level scope, by juror and then candidate (declared before derived), in a few
	 * queries.
	 */
	public Map<String, Map<String, Conflict>> conflictsOf(int editionYear, String scope) {
		List<String> candidates = this.shortlists.nomineesOf(editionYear, scope)
			.stream()
			.map(Shortlists.Nominee::code)
			.toList();
		return conflictsAmong(editionYear, scope, candidates);
	}

	/** Every conflict between the members of a level's panel and the given candidates. */
	Map<String, Map<String, Conflict>> conflictsAmong(int editionYear, String scope, Collection<String> candidates) {
		Map<String, Map<String, Conflict>> all = new TreeMap<>();
		if (candidates.isEmpty()) {
			return all;
		}
		List<Affiliation> members = affiliations(editionYear, Optional.of(scope), Optional.empty());
		List<String> jurors = members.stream().map(Affiliation::juror).toList();
		Map<String, String> regions = regions(editionYear, candidates);
		for (Affiliation member : members) {
			for (String candidate : candidates) {
				derived(member, candidate, regions.get(candidate))
					.ifPresent(c -> all.computeIfAbsent(c.juror(), j -> new TreeMap<>()).put(candidate, c));
			}
		}
		for (Conflict c : declared(editionYear, Optional.empty(), candidates)) {
			if (jurors.contains(c.juror())) {
				all.computeIfAbsent(c.juror(), j -> new TreeMap<>()).put(c.candidateCode(), c);
			}
		}
		return all;
	}

	/** The conflicts a juror declared in an edition, by candidate code. */
	public List<Conflict> declaredBy(int editionYear, String juror) {
		return this.jdbc
			.sql("SELECT juror_username, candidate_code, reason FROM conflict_declaration WHERE edition_year = :y"
					+ " AND juror_username = :j ORDER BY candidate_code")
			.param("y", editionYear)
			.param("j", juror)
			.query((rs, n) -> new Conflict(rs.getString(1), rs.getString(2), Kind.DECLARED, rs.getString(3)))
			.list();
	}

	/**
	 * A juror declares a conflict with a nominee of a panel they sit on, with a reason
	 * (audited). Their assignments to that nominee end with it.
	 * @throws AccessDeniedException for anyone but a juror, or a candidate outside their
	 * panels
	 * @throws InvalidInputException without a reason, or when already declared
	 */
	@Transactional
	public Conflict declare(SignedInUser juror, int editionYear, String candidateCode, String reason) {
		if (!juror.hasRole(Role.PENILAI)) {
			throw new AccessDeniedException("only a juror declares a conflict of interest");
		}
		this.editions.require(editionYear);
		boolean onPanel = this.jdbc
			.sql("SELECT level_scope FROM panel_member WHERE edition_year = :y AND username = :j")
			.param("y", editionYear)
			.param("j", juror.getUsername())
			.query(String.class)
			.list()
			.stream()
			.anyMatch(scope -> this.shortlists.nomineesOf(editionYear, scope)
				.stream()
				.anyMatch(n -> n.code().equals(candidateCode)));
		if (!onPanel) {
			throw new AccessDeniedException("candidate " + candidateCode + " is not a nominee of the juror's panels");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "conflict.error.reason");
		}
		String because = reason.strip();
		if (because.length() > 1000) {
			throw new InvalidInputException("reason", "conflict.error.reasonLength", 1000);
		}
		if (!declared(editionYear, Optional.of(juror.getUsername()), List.of(candidateCode)).isEmpty()) {
			throw new InvalidInputException("candidate", "conflict.error.declared", candidateCode);
		}
		this.jdbc
			.sql("INSERT INTO conflict_declaration (edition_year, juror_username, candidate_code, reason)"
					+ " VALUES (:y, :j, :c, :r)")
			.param("y", editionYear)
			.param("j", juror.getUsername())
			.param("c", candidateCode)
			.param("r", because)
			.update();
		int dropped = this.jdbc
			.sql("DELETE FROM jury_assignment WHERE edition_year = :y AND juror_username = :j AND candidate_code = :c")
			.param("y", editionYear)
			.param("j", juror.getUsername())
			.param("c", candidateCode)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("candidate", candidateCode);
		after.put("reason", because);
		after.put("assignmentsEnded", dropped);
		this.audit.recordAs(juror.getUsername(), "CONFLICT_DECLARED", "conflict_declaration",
				editionYear + "/" + juror.getUsername() + "/" + candidateCode, null, after);
		return new Conflict(juror.getUsername(), candidateCode, Kind.DECLARED, because);
	}

	/** A juror's affiliation in one panel. */
	record Affiliation(String juror, String region, String npp) {
	}

	private List<Affiliation> affiliations(int editionYear, Optional<String> scope, Optional<String> juror) {
		return this.jdbc
			.sql("SELECT username, affiliation_region, affiliation_npp FROM panel_member WHERE edition_year = :y"
					+ " AND (:s = '' OR level_scope = :s) AND (:j = '' OR username = :j) ORDER BY username")
			.param("y", editionYear)
			.param("s", scope.orElse(""))
			.param("j", juror.orElse(""))
			.query((rs, n) -> new Affiliation(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<Conflict> declared(int editionYear, Optional<String> juror, Collection<String> candidates) {
		return this.jdbc
			.sql("SELECT juror_username, candidate_code, reason FROM conflict_declaration WHERE edition_year = :y"
					+ " AND (:j = '' OR juror_username = :j) AND candidate_code IN (:c)"
					+ " ORDER BY juror_username, candidate_code")
			.param("y", editionYear)
			.param("j", juror.orElse(""))
			.param("c", candidates)
			.query((rs, n) -> new Conflict(rs.getString(1), rs.getString(2), Kind.DECLARED, rs.getString(3)))
			.list();
	}

	/**
	 * The region of each candidate: a government's own code, an employer's regency/city
	 * (current data).
	 */
	private Map<String, String> regions(int editionYear, Collection<String> candidates) {
		Map<String, String> regions = new HashMap<>();
		for (String code : candidates) {
			if (isGovernment(code)) {
				regions.put(code, code);
			}
		}
		List<String> employers = candidates.stream().filter(c -> !isGovernment(c)).toList();
		this.data.employers(editionYear, employers).forEach((npp, employer) -> regions.put(npp, employer.regionCode()));
		return regions;
	}

	/**
	 * The conflict derived from one affiliation with one candidate located in a region
	 * (null when unknown).
	 */
	static Optional<Conflict> derived(Affiliation affiliation, String candidate, String candidateRegion) {
		if (affiliation.npp() != null && affiliation.npp().equals(candidate)) {
			return Optional.of(new Conflict(affiliation.juror(), candidate, Kind.DERIVED, affiliation.npp()));
		}
		String g = affiliation.region();
		if (g == null || candidateRegion == null) {
			return Optional.empty();
		}
		boolean within = candidateRegion.equals(g) || candidateRegion.startsWith(g + ".");
		boolean contains = isGovernment(candidate) && g.startsWith(candidateRegion + ".");
		return (within || contains) ? Optional.of(new Conflict(affiliation.juror(), candidate, Kind.DERIVED, g))
				: Optional.empty();
	}

	/**
	 * A government's candidate code is a Kemendagri code ({@code NN} or {@code NN.NN});
	 * an employer's is its NPP.
	 */
	static boolean isGovernment(String code) {
		return code.matches("\\d{2}(\\.\\d{2})?");
	}

}
