package id.paritrana.app.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
class UserAccounts {

	private static final String SELECT = "SELECT id, username, display_name, password_hash, role, province_code, "
			+ "government_code, employer_npp, enabled, created_at, email, language FROM app_user";

	private static final RowMapper<UserAccount> MAPPER = UserAccounts::map;

	private final JdbcClient jdbc;

	UserAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<UserAccount> findByUsername(String username) {
		return this.jdbc.sql(SELECT + " WHERE username = :username")
			.param("username", username)
			.query(MAPPER)
			.optional();
	}

	Optional<UserAccount> findById(long id) {
		return this.jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MAPPER).optional();
	}

	/**
	 * Accounts in a province (all when the province is empty), filtered by a text in name
	 * or username.
	 */
	List<UserAccount> list(Optional<String> provinceCode, String text) {
		String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
		return this.jdbc
			.sql(SELECT + " WHERE (CAST(:province AS VARCHAR(2)) IS NULL OR province_code = :province)"
					+ " AND (LOWER(username) LIKE :text OR LOWER(display_name) LIKE :text) ORDER BY username")
			.param("province", provinceCode.orElse(null))
			.param("text", like)
			.query(MAPPER)
			.list();
	}

	long insert(String username, String displayName, String passwordHash, Role role, Scope scope, String email,
			String language) {
		var keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("INSERT INTO app_user (username, display_name, password_hash, role, province_code, government_code,"
					+ " employer_npp, email, language) VALUES (:username, :displayName, :hash, :role, :province,"
					+ " :government, :npp, :email, :language)")
			.param("email", email)
			.param("language", language)
			.param("username", username)
			.param("displayName", displayName)
			.param("hash", passwordHash)
			.param("role", role.name())
			.param("province", scope.provinceCode().orElse(null))
			.param("government", scope.governmentCode().orElse(null))
			.param("npp", scope.employerNpp().orElse(null))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void update(long id, String displayName, Role role, Scope scope, boolean enabled, String email, String language) {
		this.jdbc
			.sql("UPDATE app_user SET display_name = :displayName, role = :role, province_code = :province,"
					+ " government_code = :government, employer_npp = :npp, enabled = :enabled, email = :email,"
					+ " language = :language WHERE id = :id")
			.param("email", email)
			.param("language", language)
			.param("displayName", displayName)
			.param("role", role.name())
			.param("province", scope.provinceCode().orElse(null))
			.param("government", scope.governmentCode().orElse(null))
			.param("npp", scope.employerNpp().orElse(null))
			.param("enabled", enabled)
			.param("id", id)
			.update();
	}

	/** Which of these usernames accounts hold: one query. */
	Set<String> usernamesAmong(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc.sql("SELECT username FROM app_user WHERE username IN (:names)")
			.param("names", usernames)
			.query(String.class)
			.list());
	}

	/** The accounts holding these e-mail addresses, by address: one query. */
	Map<String, Long> emailHoldersAmong(Collection<String> emails) {
		Map<String, Long> holders = new HashMap<>();
		if (!emails.isEmpty()) {
			this.jdbc.sql("SELECT email, id FROM app_user WHERE email IN (:emails)")
				.param("emails", emails)
				.query((ResultSet rs) -> {
					holders.put(rs.getString("email"), rs.getLong("id"));
				});
		}
		return holders;
	}

	Optional<UserAccount> findByEmail(String email) {
		return this.jdbc.sql(SELECT + " WHERE email = :email").param("email", email).query(MAPPER).optional();
	}

	/**
	 * The enabled operators of a candidate: of a government by its code, of an employer
	 * by its NPP.
	 */
	List<UserAccount> operatorsOf(String candidateCode) {
		return this.jdbc
			.sql(SELECT + " WHERE enabled = TRUE AND ((role = 'OPERATOR_PEMDA' AND government_code = :code)"
					+ " OR (role = 'OPERATOR_BADAN_USAHA' AND employer_npp = :code)) ORDER BY username")
			.param("code", candidateCode)
			.query(MAPPER)
			.list();
	}

	/** Every enabled operator account, of a government or an employer. */
	List<UserAccount> operators() {
		return this.jdbc
			.sql(SELECT
					+ " WHERE enabled = TRUE AND role IN ('OPERATOR_PEMDA', 'OPERATOR_BADAN_USAHA') ORDER BY username")
			.query(MAPPER)
			.list();
	}

	/** The enabled accounts of a role, of a province or of any. */
	List<UserAccount> withRole(Role role, String provinceCode) {
		return this.jdbc
			.sql(SELECT + " WHERE enabled = TRUE AND role = :role AND (CAST(:province AS VARCHAR(2)) IS NULL"
					+ " OR province_code = :province) ORDER BY username")
			.param("role", role.name())
			.param("province", provinceCode)
			.query(MAPPER)
			.list();
	}

	void updatePassword(long id, String passwordHash) {
		this.jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE id = :id")
			.param("hash", passwordHash)
			.param("id", id)
			.update();
	}

	private static UserAccount map(ResultSet rs, int row) throws SQLException {
		return new UserAccount(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
				rs.getString("password_hash"), Role.valueOf(rs.getString("role")), rs.getString("province_code"),
				rs.getString("government_code"), rs.getString("employer_npp"), rs.getBoolean("enabled"),
				instant(rs, "created_at"), rs.getString("email"), rs.getString("language"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
