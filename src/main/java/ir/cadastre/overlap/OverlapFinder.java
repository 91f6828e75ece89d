package ir.cadastre.overlap;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import ir.cadastre.SqlFile;
import ir.cadastre.geometry.AcceptedArea;

import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds what an area overlaps in every current layer, in one PostGIS query over the
 * subdivided features ({@code sql/overlap/find-overlaps.sql}).
 */
@Component
public class OverlapFinder {

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final double sliverM2;

	private final String sql;

	/** {@link #findAfter}'s statements, parsed once each (a submission's claim locks). */
	private final Map<String, ParsedSql> parsed = new ConcurrentHashMap<>();

	OverlapFinder(JdbcClient db, JdbcTemplate jdbc, Clock clock, OverlapProperties properties) {
		this.db = db;
		this.jdbc = jdbc;
		this.clock = clock;
		this.sliverM2 = properties.sliverM2();
		this.sql = SqlFile.read("sql/overlap/find-overlaps.sql");
	}

	/**
	 * Checks an area against every layer.
	 * @param area an accepted area
	 * @return the report; no overlaps (and the whole area free) when it touches others
	 * only along edges or at corners, or shares less than the sliver tolerance
	 */
	public OverlapReport find(AcceptedArea area) {
		return report(this.db.sql(this.sql)
			.param("wkb", area.wkb())
			.param("sliver", this.sliverM2)
			.query((rs, n) -> row(rs))
			.list());
	}

	/**
	 * Runs a statement on the area ({@code :wkb}), then checks it, in one round trip.
	 * Each statement takes its own snapshot, so the check sees everything committed
	 * before the statement ended: this takes an area's claim locks and then looks for
	 * earlier claims.
	 * @param statement one SQL statement naming the area {@code :wkb}
	 * @param area an accepted area
	 * @return the report, as {@link #find}
	 */
	public OverlapReport findAfter(String statement, AcceptedArea area) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("wkb", area.wkb()).addValue("sliver",
				this.sliverM2);
		ParsedSql query = this.parsed.computeIfAbsent(statement,
				(first) -> NamedParameterUtils.parseSqlStatement(first + ";\n" + this.sql));
		Object[] values = NamedParameterUtils.buildValueArray(query, parameters, null);
		return report(this.jdbc.execute(NamedParameterUtils.substituteNamedParameters(query, parameters),
				(PreparedStatement ps) -> {
					new ArgumentPreparedStatementSetter(values).setValues(ps);
					ps.execute();
					if (!ps.getMoreResults()) {
						throw new IllegalStateException("The overlap check returned nothing");
					}
					List<Row> rows = new ArrayList<>();
					try (ResultSet rs = ps.getResultSet()) {
						while (rs.next()) {
							rows.add(row(rs));
						}
					}
					return rows;
				}));
	}

	private OverlapReport report(List<Row> rows) {
		Row first = rows.get(0);
		List<Overlap> overlaps = new ArrayList<>();
		for (Row row : rows) {
			if (row.overlap() != null) {
				overlaps.add(row.overlap());
			}
		}
		return new OverlapReport(first.areaM2(), overlaps, first.freeGeometry(), first.freeAreaM2(),
				this.clock.instant(), null);
	}

	private static Row row(ResultSet rs) throws SQLException {
		double areaM2 = rs.getDouble("area_m2");
		Overlap overlap = null;
		long featureId = rs.getLong("feature_id");
		if (!rs.wasNull()) {
			List<String> consequences = strings(rs.getArray("consequences"));
			double shared = rs.getDouble("overlap_area_m2");
			overlap = new Overlap(rs.getString("layer_id"), Long.toString(featureId), rs.getString("external_id"),
					rs.getString("name"), rs.getString("name_fa"), rs.getString("agency"), consequences.get(0),
					consequences, shared, Math.round(shared / areaM2 * 1e6) / 1e4, rs.getString("intersection"));
		}
		return new Row(areaM2, rs.getString("free_geometry"), rs.getDouble("free_area_m2"), overlap);
	}

	private static List<String> strings(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	private record Row(double areaM2, String freeGeometry, double freeAreaM2, Overlap overlap) {

	}

}
