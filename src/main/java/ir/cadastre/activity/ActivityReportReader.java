package ir.cadastre.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Paging;
import ir.cadastre.web.Text;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shows activity reports: all of them to officers, to a reviewer those reported by the
 * users of its own agency; to anyone else a report does not exist (404, never 403, so ids
 * reveal nothing).
 */
@Component
class ActivityReportReader {

	private static final String COLUMNS = """
			SELECT r.id, r.number, r.reported_by, r.reported_at, r.observed_on, r.description, r.area_m2,
			       ST_AsGeoJSON(r.geom, 7) AS geometry, r.flagged, ST_AsGeoJSON(r.outside_geom, 7) AS outside_geometry,
			       r.outside_area_m2, r.covering::text AS covering, r.judged_on, r.undetermined::text AS undetermined
			""";

	/**
	 * A page of the list, the latest first. It is chosen on the ids alone, so that the
	 * GeoJSON is written for its rows only, not for every row before them.
	 */
	private static final String PAGE = COLUMNS + """
			FROM unnest(ARRAY(
			    SELECT r.id FROM activity_report r
			    WHERE %s AND (CAST(:flagged AS boolean) IS NULL OR r.flagged = CAST(:flagged AS boolean))
			      AND r.number < :before
			    ORDER BY r.number DESC LIMIT :limit OFFSET :offset)) WITH ORDINALITY AS page (id, n)
			JOIN activity_report r ON r.id = page.id
			ORDER BY page.n
			""";

	private final JdbcClient db;

	private final JsonMapper json;

	ActivityReportReader(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * The report, if this user may see it.
	 * @throws CadastreProblem 404 when it does not exist or is not the user's to see
	 */
	ActivityReportView get(UUID id, CadastreUser user) {
		return bound(COLUMNS + " FROM activity_report r WHERE " + visibleTo(user) + " AND r.id = :id", user)
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "activity-report-not-found",
					"Activity report not found", Text.of("There is no activity report {0} that you may see.", id)));
	}

	/**
	 * The reports this user may see, the latest first.
	 * @param flagged {@code true} or {@code false} for only the flagged or unflagged
	 * ones, or {@code null} for all
	 * @param paging the page asked for, if any; unpaged, the latest 1,000
	 * @throws CadastreProblem 400 naming {@code flagged} when it is neither {@code true}
	 * nor {@code false}
	 */
	List<ActivityReportView> list(CadastreUser user, String flagged, Paging paging) {
		return bound(PAGE.formatted(visibleTo(user)), user).param("flagged", BooleanFilter.of("flagged", flagged))
			.param("before", Objects.requireNonNullElse(paging.after(0, Long::valueOf), Long.MAX_VALUE))
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(this::view)
			.list();
	}

	/**
	 * The reports this user may see, as a condition on {@code r}: an officer all, a
	 * reviewer those of its agency's users, anyone else none.
	 */
	private static String visibleTo(CadastreUser user) {
		return switch (user.role()) {
			case MINISTRY_OFFICER -> "true";
			case AGENCY_REVIEWER -> "r.reported_by IN (SELECT u.username FROM app_user u WHERE u.agency_id = :agency)";
			default -> "false";
		};
	}

	private JdbcClient.StatementSpec bound(String sql, CadastreUser user) {
		return this.db.sql(sql).param("agency", (user.role() == Role.AGENCY_REVIEWER) ? user.agency() : "");
	}

	private ActivityReportView view(ResultSet rs, int n) throws SQLException {
		boolean flagged = rs.getBoolean("flagged");
		double area = rs.getDouble("area_m2");
		double outside = rs.getDouble("outside_area_m2");
		JsonNode covering = this.json.readTree(rs.getString("covering"));
		JsonNode undetermined = this.json.readTree(rs.getString("undetermined"));
		LocalDate judgedOn = rs.getObject("judged_on", LocalDate.class);
		return new ActivityReportView(rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("reported_by"),
				rs.getTimestamp("reported_at").toInstant(), rs.getObject("observed_on", LocalDate.class),
				rs.getString("description"), area, rs.getString("geometry"), flagged, rs.getString("outside_geometry"),
				outside, covering, judgedOn, undetermined,
				ActivityFinding.of(flagged, area, outside, covering, judgedOn, undetermined));
	}

}
