package id.paritrana.app.jury;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.paritrana.app.assessment.Shortlists;
import id.paritrana.app.audit.AuditLog;
import id.paritrana.app.edition.Editions;
import id.paritrana.app.edition.Stages;
import id.paritrana.app.region.AreaLevel;
import id.paritrana.app.region.Areas;
import id.paritrana.app.security.Role;
import id.paritrana.app.security.SignedInUser;
import id.paritrana.app.security.UserAccount;
import id.paritrana.app.security.UserManagement;
import id.paritrana.app.system.InvalidInputException;
import id.paritrana.app.system.InvalidInputException.Problem;
import id.paritrana.app.system.NotFoundException;

/**
 * The assessment team of each level of an edition (DESIGN §2): a province's Tim Penilai
 * (scope = the province code), managed by its committee or the national secretariat, and
 * the national jury ({@code ID}), managed by the secretariat. Members are {@code PENILAI}
 * accounts — of that province for a provincial team — with a panel role (one chair),
 * their agency and optionally the government (region code) or employer (NPP) they are
 * affiliated with, from which conflicts of interest are derived. Every change is audited.
 */
@Service
public class Panels {

	private static final Pattern NPP = Pattern.compile("[0-9A-Z]{6,20}");

	private final JdbcClient jdbc;

	private final Editions editions;

	private final Stages stages;

	private final Areas areas;

	private final UserManagement users;

	private final AuditLog audit;

	private final Shortlists shortlists;

	Panels(JdbcClient jdbc, Editions editions, Stages stages, Areas areas, UserManagement users, AuditLog audit,
			Shortlists shortlists) {
		this.shortlists = shortlists;
		this.jdbc = jdbc;
		this.editions = editions;
		this.stages = stages;
		this.areas = areas;
		this.users = users;
		this.audit = audit;
	}

	/** A member's role in the panel. */
	public enum PanelRole {

		KETUA, SEKRETARIS, ANGGOTA

	}

	/** One member of a panel; the affiliations are null when none. */
	public record Member(String username, String displayName, PanelRole role, String agency, String affiliationRegion,
			String affiliationNpp) {
	}

	/**
	 * What a member is in the panel: role, agency and affiliation (region code or NPP,
	 * either optional).
	 */
	public record MemberDetails(PanelRole role, String agency, String affiliationRegion, String affiliationNpp) {
	}

	/**
	 * The members of a level's panel: chair first, then secretary, then members by
	 * username.
	 */
	public List<Member> members(int editionYear, String scope) {
		List<Member> members = this.jdbc
			.sql("SELECT username, panel_role, agency, affiliation_region, affiliation_npp FROM panel_member"
					+ " WHERE edition_year = :y AND level_scope = :s ORDER BY CASE panel_role WHEN 'KETUA' THEN 0"
					+ " WHEN 'SEKRETARIS' THEN 1 ELSE 2 END, username")
			.param("y", editionYear)
			.param("s", scope)
			.query((rs, n) -> new Member(rs.getString("username"), rs.getString("username"),
					PanelRole.valueOf(rs.getString("panel_role")), rs.getString("agency"),
					rs.getString("affiliation_region"), rs.getString("affiliation_npp")))
			.list();
		List<Member> named = new ArrayList<>(members.size());
		for (Member m : members) {
			String name = this.users.findUsername(m.username()).map(UserAccount::displayName).orElse(m.username());
			named.add(new Member(m.username(), name, m.role(), m.agency(), m.affiliationRegion(), m.affiliationNpp()));
		}
		return named;
	}

	/** The chair (KETUA) of a level's panel, if it has one. */
	public Optional<String> chairOf(int editionYear, String scope) {
		return this.jdbc.sql(
				"SELECT username FROM panel_member WHERE edition_year = :y AND level_scope = :s AND panel_role = 'KETUA'"
						+ " ORDER BY username")
			.param("y", editionYear)
			.param("s", scope)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/** Whether the user chairs that level's panel. */
	public boolean isChair(int editionYear, String scope, String username) {
		return chairOf(editionYear, scope).map(username::equals).orElse(false);
	}

	/** Whether the user sits on that level's panel. */
	public boolean isMember(int editionYear, String scope, String username) {
		return member(editionYear, scope, username).isPresent();
	}

	/** The level scopes whose panel the user sits on in an edition ({@code ID} first). */
	public List<String> scopesOf(int editionYear, String username) {
		return this.jdbc
			.sql("SELECT level_scope FROM panel_member WHERE edition_year = :y AND username = :u"
					+ " ORDER BY CASE WHEN level_scope = :national THEN 0 ELSE 1 END, level_scope")
			.param("y", editionYear)
			.param("u", username)
			.param("national", Stages.NATIONAL)
			.query(String.class)
			.list();
	}

	/** The panel membership of a user in a level, if any. */
	public Optional<Member> member(int editionYear, String scope, String username) {
		return members(editionYear, scope).stream().filter(m -> m.username().equals(username)).findFirst();
	}

	/**
	 * The {@code PENILAI} accounts that may join a level's panel and are not on it yet:
	 * of that province for a provincial team, any juror for the national jury.
	 */
	public List<UserAccount> available(SignedInUser user, int editionYear, String scope) {
		authorize(user, scope);
		List<String> on = members(editionYear, scope).stream().map(Member::username).toList();
		return this.users.list(user, "")
			.stream()
			.filter(a -> a.role() == Role.PENILAI && a.enabled() && !on.contains(a.username()))
			.filter(a -> scope.equals(Stages.NATIONAL) || scope.equals(a.provinceCode()))
			.toList();
	}

	/**
	 * Adds a member to the panel or changes one, after checking the user runs the level.
	 */
	@Transactional
	public Member save(SignedInUser user, int editionYear, String scope, String username, MemberDetails details) {
		authorize(user, scope);
		return saveAs(user.getUsername(), editionYear, scope, username, details);
	}

	/**
	 * Adds a member to a level's panel or changes one (audited with before and after);
	 * for a caller that has already decided the actor may (the demo edition).
	 * @throws InvalidInputException with every problem: not a juror account (of the
	 * province), no role, a second chair, no agency, an unknown region, a malformed NPP
	 */
	@Transactional
	public Member saveAs(String actor, int editionYear, String scope, String username, MemberDetails details) {
		requireLevel(editionYear, scope);
		List<Problem> problems = new ArrayList<>();
		String name = (username == null) ? "" : username.strip();
		Optional<UserAccount> account = this.users.findUsername(name);
		if (account.isEmpty() || account.get().role() != Role.PENILAI) {
			problems.add(new Problem("username", "panel.error.notJuror", name));
		}
		else if (!scope.equals(Stages.NATIONAL) && !scope.equals(account.get().provinceCode())) {
			problems.add(new Problem("username", "panel.error.otherProvince", name, scope));
		}
		if (details.role() == null) {
			problems.add(new Problem("role", "panel.error.role"));
		}
		else if (details.role() == PanelRole.KETUA) {
			chairOf(editionYear, scope).filter(chair -> !chair.equals(name))
				.ifPresent(chair -> problems.add(new Problem("role", "panel.error.secondChair", chair)));
		}
		String agency = blankToNull(details.agency());
		if (agency == null) {
			problems.add(new Problem("agency", "panel.error.agency"));
		}
		else if (agency.length() > 200) {
			problems.add(new Problem("agency", "panel.error.agencyLength", 200));
		}
		String region = blankToNull(details.affiliationRegion());
		if (region != null && this.areas.find(region)
			.filter(a -> a.level() == AreaLevel.PROVINSI || a.level() == AreaLevel.KABUPATEN_KOTA)
			.isEmpty()) {
			problems.add(new Problem("affiliationRegion", "panel.error.region", region));
		}
		String npp = blankToNull(details.affiliationNpp());
		if (npp != null && !NPP.matcher(npp).matches()) {
			problems.add(new Problem("affiliationNpp", "panel.error.npp", npp));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		Optional<Member> before = member(editionYear, scope, name);
		this.jdbc.sql("DELETE FROM panel_member WHERE edition_year = :y AND level_scope = :s AND username = :u")
			.param("y", editionYear)
			.param("s", scope)
			.param("u", name)
			.update();
		this.jdbc.sql(
				"INSERT INTO panel_member (edition_year, level_scope, username, panel_role, agency, affiliation_region,"
						+ " affiliation_npp) VALUES (:y, :s, :u, :role, :agency, :region, :npp)")
			.param("y", editionYear)
			.param("s", scope)
			.param("u", name)
			.param("role", details.role().name())
			.param("agency", agency)
			.param("region", region)
			.param("npp", npp)
			.update();
		Member after = member(editionYear, scope, name).orElseThrow();
		this.audit.recordAs(actor, before.isPresent() ? "PANEL_MEMBER_CHANGED" : "PANEL_MEMBER_ADDED", "panel_member",
				editionYear + "/" + scope + "/" + name, before.map(Panels::describe).orElse(null), describe(after));
		return after;
	}

	/**
	 * Removes a member from the panel (audited).
	 * @throws InvalidInputException while the juror still has nominees assigned at that
	 * level
	 */
	@Transactional
	public void remove(SignedInUser user, int editionYear, String scope, String username) {
		authorize(user, scope);
		requireLevel(editionYear, scope);
		Member member = member(editionYear, scope, username)
			.orElseThrow(() -> new NotFoundException("panel member " + username));
		Set<String> nominees = this.shortlists.nomineesOf(editionYear, scope)
			.stream()
			.map(n -> n.level() + "/" + n.category() + "/" + n.code())
			.collect(Collectors.toSet());
		long assigned = this.jdbc
			.sql("SELECT score_level, category, candidate_code FROM jury_assignment WHERE edition_year = :y"
					+ " AND juror_username = :u")
			.param("y", editionYear)
			.param("u", username)
			.query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3))
			.list()
			.stream()
			.filter(nominees::contains)
			.count();
		if (assigned > 0) {
			throw new InvalidInputException("username", "panel.error.stillAssigned", username, assigned);
		}
		this.jdbc.sql("DELETE FROM panel_member WHERE edition_year = :y AND level_scope = :s AND username = :u")
			.param("y", editionYear)
			.param("s", scope)
			.param("u", username)
			.update();
		this.audit.recordAs(user.getUsername(), "PANEL_MEMBER_REMOVED", "panel_member",
				editionYear + "/" + scope + "/" + username, describe(member), null);
	}

	/**
	 * Refuses (403) a user who does not run the level: the national secretariat runs
	 * every level, a provincial committee its province's.
	 */
	public void authorize(SignedInUser user, String scope) {
		if (!this.stages.runs(user, scope)) {
			throw new AccessDeniedException("panel of level " + scope + " is outside the user's role or scope");
		}
	}

	/** 404 for an unknown edition or province. */
	void requireLevel(int editionYear, String scope) {
		this.editions.require(editionYear);
		this.stages.stagesOf(editionYear, scope);
	}

	private static Map<String, Object> describe(Member member) {
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("username", member.username());
		view.put("role", member.role().name());
		view.put("agency", member.agency());
		view.put("affiliationRegion", member.affiliationRegion());
		view.put("affiliationNpp", member.affiliationNpp());
		return view;
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
