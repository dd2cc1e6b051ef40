package id.paritrana.app.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.paritrana.app.system.AreaNames;

/**
 * Reads the administrative areas. Creating this bean makes sure the shipped reference
 * data is loaded, so every module that uses areas can rely on them being there.
 */
@Service
public class Areas implements InitializingBean, AreaNames {

	private static final int SEARCH_LIMIT = 50;

	private static final String SELECT_PROVINCE = "SELECT code, name, 'PROVINSI' AS level, FALSE AS city, "
			+ "NULL AS parent_code, '' AS context FROM province p";

	private static final String SELECT_REGENCY = "SELECT r.code, r.name, 'KABUPATEN_KOTA' AS level, "
			+ "r.kind = 'KOTA' AS city, r.province_code AS parent_code, p.name AS context "
			+ "FROM regency r JOIN province p ON p.code = r.province_code";

	private static final String SELECT_DISTRICT = "SELECT d.code, d.name, 'KECAMATAN' AS level, FALSE AS city, "
			+ "d.regency_code AS parent_code, r.name || ', ' || p.name AS context "
			+ "FROM district d JOIN regency r ON r.code = d.regency_code JOIN province p ON p.code = r.province_code";

	private static final String SELECT_VILLAGE = "SELECT v.code, v.name, 'DESA_KELURAHAN' AS level, FALSE AS city, "
			+ "v.district_code AS parent_code, d.name || ', ' || r.name || ', ' || p.name AS context "
			+ "FROM village v JOIN district d ON d.code = v.district_code "
			+ "JOIN regency r ON r.code = d.regency_code JOIN province p ON p.code = r.province_code";

	/*
	 * Mapped by hand: the record mapper looks each component up by its own name first
	 * ("parentCode"), and H2 writes every such miss, with its stack trace, to its trace
	 * file: megabytes a minute, as areas are read by every scope check.
	 */
	private static final RowMapper<Area> AREA = (rs, row) -> new Area(rs.getString("code"), rs.getString("name"),
			AreaLevel.valueOf(rs.getString("level")), rs.getBoolean("city"), rs.getString("parent_code"),
			rs.getString("context"));

	private final JdbcClient jdbc;

	private final AreaLoader loader;

	Areas(JdbcClient jdbc, AreaLoader loader) {
		this.jdbc = jdbc;
		this.loader = loader;
	}

	@Override
	public void afterPropertiesSet() {
		this.loader.loadIfEmpty();
	}

	public AreaCounts counts() {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM province) AS provinces,
				       (SELECT COUNT(*) FROM regency) AS regencies,
				       (SELECT COUNT(*) FROM regency WHERE kind = 'KOTA') AS cities,
				       (SELECT COUNT(*) FROM district) AS districts,
				       (SELECT COUNT(*) FROM village) AS villages""").query(AreaCounts.class).single();
	}

	public List<Area> provinces() {
		return this.jdbc.sql(SELECT_PROVINCE + " ORDER BY code").query(AREA).list();
	}

	/** The area with this code, if the code is well-formed and known. */
	@Override
	public Optional<String> name(String code) {
		return find(code).map(Area::name);
	}

	public Optional<Area> find(String code) {
		Optional<AreaLevel> level = AreaLevel.ofCode(code);
		if (level.isEmpty()) {
			return Optional.empty();
		}
		String select = switch (level.get()) {
			case PROVINSI -> SELECT_PROVINCE + " WHERE p.code = :code";
			case KABUPATEN_KOTA -> SELECT_REGENCY + " WHERE r.code = :code";
			case KECAMATAN -> SELECT_DISTRICT + " WHERE d.code = :code";
			case DESA_KELURAHAN -> SELECT_VILLAGE + " WHERE v.code = :code";
		};
		return this.jdbc.sql(select).param("code", code).query(AREA).optional();
	}

	/** The areas directly below the given one, by code. */
	public List<Area> children(Area parent) {
		String select = switch (parent.level()) {
			case PROVINSI -> SELECT_REGENCY + " WHERE r.province_code = :code ORDER BY r.code";
			case KABUPATEN_KOTA -> SELECT_DISTRICT + " WHERE d.regency_code = :code ORDER BY d.code";
			case KECAMATAN -> SELECT_VILLAGE + " WHERE v.district_code = :code ORDER BY v.code";
			case DESA_KELURAHAN -> null;
		};
		return select == null ? List.of() : this.jdbc.sql(select).param("code", parent.code()).query(AREA).list();
	}

	/** The areas above the given one, from its province down to its parent. */
	public List<Area> ancestors(Area area) {
		List<Area> path = new ArrayList<>();
		String code = area.code();
		while (code.length() > 2) {
			code = code.substring(0, code.lastIndexOf('.'));
			find(code).ifPresent(path::add);
		}
		java.util.Collections.reverse(path);
		return path;
	}

	/**
	 * Areas whose name contains the query (case-insensitive) or whose code starts with
	 * it, provinces first, at most {@value #SEARCH_LIMIT}.
	 */
	public List<Area> search(String query) {
		String q = query == null ? "" : query.strip();
		if (q.length() < 2) {
			return List.of();
		}
		String name = "%" + q.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
				+ "%";
		// Only digits and dots can start a code; anything else matches no code.
		String code = q.matches("[0-9.]+") ? q + "%" : "-";
		String where = " WHERE LOWER(%s.name) LIKE :name ESCAPE '\\' OR %s.code LIKE :code";
		String sql = "SELECT * FROM (" + SELECT_PROVINCE + where.formatted("p", "p") + " UNION ALL " + SELECT_REGENCY
				+ where.formatted("r", "r") + " UNION ALL " + SELECT_DISTRICT + where.formatted("d", "d")
				+ " UNION ALL " + SELECT_VILLAGE + where.formatted("v", "v") + ") a ORDER BY LENGTH(code), code LIMIT "
				+ SEARCH_LIMIT;
		return this.jdbc.sql(sql).param("name", name).param("code", code).query(AREA).list();
	}

}
