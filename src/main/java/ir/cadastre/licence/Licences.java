package ir.cadastre.licence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.overlap.OverlapFinder;
import ir.cadastre.overlap.OverlapReport;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The licence register: issues licences, reads one, and locks one to change it; the
 * register's lists and searches are {@link LicenceSearch}.
 */
@Component
public class Licences {

	/** A licence's states, as {@code licence_status} gives them. */
	static final List<String> STATES = List.of("ACTIVE", "SUPERSEDED", "CLOSED", "LAPSED", "EXPIRED");

	/**
	 * A licence's columns. Its warnings (Art. 20) are read only for the few licences that
	 * have any: the function costs 8 µs a row, 80 ms on a page of 10,000. Its state is as
	 * the clock has it now, before the sweeping job stores it ({@link #view} ends a
	 * transfer asked for with it). Its latest renewal is read from the audit trail only
	 * when its current period may not have begun: the period's Gregorian years before its
	 * last day fall within a day of its first day (so for every first day of 2000–2059
	 * and 1 to 25 years; the query allows 7), and after today when a renewal added it;
	 * such a licence has not ended, whatever the clock. Today is read once per statement:
	 * both columns cost 7 ms on a page of 10,000 exploitation licences, 10 ms when 1,000
	 * of them were renewed ahead.
	 */
	static final String COLUMNS = """
			SELECT l.id, l.number, l.application_id, l.parent_id, l.holder, l.type, l.mineral, licence_status(l) AS status,
			       l.issued_at, l.issued_by, l.area_m2, ST_AsGeoJSON(l.geom, 7) AS geometry, l.compensation,
			       l.compensation_parcels::text AS parcels, l.levy, l.ends_at, l.last_day_solar_hijri,
			       CASE WHEN licence_status(l) = 'ACTIVE' AND l.last_day IS NOT NULL THEN days_left(l.last_day) END AS days_left, l.term_years,
			       l.reserve, l.exploration_cost_rials, l.requested_at, l.request_note, l.ended_at,
			       l.end_reason, l.registered_at, l.transfer_to, l.transfer_asked_at, l.transfer_note,
			       CASE WHEN EXISTS (SELECT FROM licence_warning w WHERE w.licence_id = l.id)
			            THEN licence_warnings(l.id)::text ELSE '[]' END AS warnings,
			       CASE WHEN l.type = 'EXPLOITATION' AND l.status = 'ACTIVE'
			                 AND l.last_day - make_interval(years => l.term_years) > (SELECT (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date - 7)
			            THEN (SELECT e.details->>'from' FROM audit_event e
			                  WHERE e.subject = 'licence:' || l.id AND e.action = 'licence.renew'
			                  ORDER BY e.id DESC LIMIT 1) END AS renewed_after,
			       (SELECT (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date) AS today
			""";

	private final JdbcClient db;

	private final OverlapFinder overlaps;

	private final JsonMapper json;

	private final String issue = SqlFile.read("sql/licence/issue-licence.sql");

	Licences(JdbcClient db, OverlapFinder overlaps, JsonMapper json) {
		this.db = db;
		this.overlaps = overlaps;
		this.json = json;
	}

	/**
	 * Issues a licence on a granted area: an exploration licence with no term (its
	 * validity is set by the executive regulations, Art. 6), or a withdrawal permit for
	 * whole Solar Hijri months from now (Art. 13). Call inside the decision's
	 * transaction, which takes the application out of the applications layer.
	 * @param application the granted application
	 * @param area the grantable area
	 * @param holder the applicant
	 * @param type the application's type
	 * @param mineral its mineral
	 * @param officer who granted it
	 * @param months a withdrawal permit's months, or null for no term
	 * @return the licence's id
	 */
	public UUID issue(UUID application, AcceptedArea area, String holder, String type, String mineral, String officer,
			Integer months) {
		Instant now = null;
		Deadline term = null;
		if (months != null) {
			now = this.db.sql("SELECT cadastre_now()").query(Timestamp.class).single().toInstant();
			term = SolarHijri.window(now, months);
		}
		return issue(new Issuing(type, application, null, holder, mineral, now, term, null, null, null), area, officer);
	}

	/**
	 * Issues a licence, with the private property it overlaps (Art. 22) and whether it
	 * overlaps national resources (Art. 25), as they stand now.
	 * @return the licence's id
	 */
	UUID issue(Issuing issuing, AcceptedArea area, String officer) {
		Consequences consequences = consequences(area);
		return this.db.sql(this.issue)
			.param("wkb", area.wkb())
			.param("application", issuing.application())
			.param("parent", issuing.parent())
			.param("holder", issuing.holder())
			.param("type", issuing.type())
			.param("mineral", issuing.mineral())
			.param("officer", officer)
			.param("issuedAt", (issuing.issuedAt() != null) ? Timestamp.from(issuing.issuedAt()) : null)
			.param("endsAt", (issuing.term() != null) ? Timestamp.from(issuing.term().closesAt()) : null)
			.param("lastDay", (issuing.term() != null) ? Date.valueOf(issuing.term().lastDay()) : null)
			.param("lastDaySolarHijri", (issuing.term() != null) ? issuing.term().lastDaySolarHijri() : null)
			.param("termYears", issuing.termYears())
			.param("reserve", issuing.reserve())
			.param("cost", issuing.explorationCostRials())
			.param("area", consequences.areaM2())
			.param("compensation", consequences.compensation())
			.param("parcels", consequences.parcels())
			.param("levy", consequences.levy())
			.query(UUID.class)
			.single();
	}

	/**
	 * What a licence's area overlaps, as it stands now: the private property to
	 * compensate (Art. 22) and national resources (Art. 25 levy).
	 */
	Consequences consequences(AcceptedArea area) {
		OverlapReport report = this.overlaps.find(area);
		List<Map<String, Object>> parcels = report.overlaps()
			.stream()
			.filter((o) -> o.has("COMPENSATION"))
			.map((o) -> Map.<String, Object>of("featureId", o.featureId(), "externalId", String.valueOf(o.externalId()),
					"name", String.valueOf(o.name()), "area_m2", o.areaM2()))
			.toList();
		return new Consequences(report.areaM2(), !parcels.isEmpty(), this.json.writeValueAsString(parcels),
				report.has("LEVY"));
	}

	/**
	 * A licence as the API shows it.
	 * @throws CadastreProblem 404 when there is none
	 */
	LicenceView get(UUID id) {
		return this.db.sql(COLUMNS + " FROM licence l WHERE l.id = :id")
			.param("id", id)
			.query(Licences::view)
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * A licence to change, its row locked for the rest of the transaction.
	 * @throws CadastreProblem 404 when there is none
	 */
	Current lock(UUID id) {
		return this.db.sql("""
				SELECT l.id, l.number, l.type, licence_status(l) AS status, l.holder, l.mineral, l.feature_id,
				       ST_AsBinary(l.geom) AS wkb, l.area_m2, l.last_day, l.last_day_solar_hijri,
				       l.requested_at IS NOT NULL AS requested, l.transfer_to, cadastre_now() AS now
				FROM licence l WHERE l.id = :id
				FOR UPDATE
				""")
			.param("id", id)
			.query((rs, n) -> new Current(id, rs.getLong("number"), rs.getString("type"), rs.getString("status"),
					rs.getString("holder"), rs.getString("mineral"), rs.getObject("feature_id", Long.class),
					rs.getBytes("wkb"), rs.getDouble("area_m2"), rs.getObject("last_day", LocalDate.class),
					rs.getString("last_day_solar_hijri"), rs.getBoolean("requested"), rs.getString("transfer_to"),
					rs.getTimestamp("now").toInstant()))
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/** Whether a user may hold a licence: an enabled applicant. */
	boolean mayHold(String username) {
		return this.db
			.sql("SELECT count(*) > 0 FROM app_user WHERE username = :username AND role = 'APPLICANT' AND enabled")
			.param("username", username)
			.query(Boolean.class)
			.single();
	}

	static CadastreProblem notFound(UUID id) {
		return new CadastreProblem(HttpStatus.NOT_FOUND, "licence-not-found", "Licence not found",
				Text.of("There is no licence {0}.", id));
	}

	/**
	 * A licence from {@link #COLUMNS}. A transfer asked for ends with the licence (Art.
	 * 7, 8): one that is no longer active shows none, as the sweeping job then stores.
	 */
	static LicenceView view(ResultSet rs, int n) throws SQLException {
		Timestamp endsAt = rs.getTimestamp("ends_at");
		Timestamp requestedAt = rs.getTimestamp("requested_at");
		Timestamp endedAt = rs.getTimestamp("ended_at");
		Timestamp registeredAt = rs.getTimestamp("registered_at");
		boolean active = "ACTIVE".equals(rs.getString("status"));
		Timestamp transferAskedAt = active ? rs.getTimestamp("transfer_asked_at") : null;
		return new LicenceView(rs.getObject("id", UUID.class), rs.getLong("number"),
				rs.getObject("application_id", UUID.class), rs.getObject("parent_id", UUID.class),
				rs.getString("holder"), rs.getString("type"), rs.getString("mineral"), rs.getString("status"),
				rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"), rs.getDouble("area_m2"),
				rs.getString("geometry"), rs.getBoolean("compensation"), rs.getString("parcels"), rs.getBoolean("levy"),
				(endsAt != null) ? endsAt.toInstant() : null, rs.getString("last_day_solar_hijri"),
				rs.getObject("days_left", Integer.class), rs.getObject("term_years", Integer.class),
				rs.getString("reserve"), rs.getBigDecimal("exploration_cost_rials"),
				(requestedAt != null) ? requestedAt.toInstant() : null, rs.getString("request_note"),
				(endedAt != null) ? endedAt.toInstant() : null, rs.getString("end_reason"),
				(registeredAt != null) ? registeredAt.toInstant() : null, active ? rs.getString("transfer_to") : null,
				(transferAskedAt != null) ? transferAskedAt.toInstant() : null,
				active ? rs.getString("transfer_note") : null, rs.getString("warnings"),
				correctableUntil(rs.getString("renewed_after"), rs.getObject("today", LocalDate.class)));
	}

	/**
	 * The last day of the period the latest renewal followed, while the period it added
	 * has not begun, so that it may be corrected; otherwise null.
	 */
	private static String correctableUntil(String renewedAfter, LocalDate today) {
		if (renewedAfter == null) {
			return null;
		}
		return today.isAfter(SolarHijri.parse(renewedAfter)) ? null : renewedAfter;
	}

	/**
	 * What a licence is issued as.
	 *
	 * @param type {@code EXPLORATION}, {@code DISCOVERY_CERTIFICATE} or
	 * {@code EXPLOITATION}
	 * @param application the granted application (an exploration licence), or null
	 * @param parent the licence it is issued on (the others), or null
	 * @param holder its holder
	 * @param mineral its mineral
	 * @param issuedAt the instant of issue its term counts from; null: now
	 * @param term when it ends, or null for no term
	 * @param termYears an exploitation licence's period in years, or null
	 * @param reserve a discovery certificate's reserve, or null
	 * @param explorationCostRials a discovery certificate's cost of exploration, or null
	 */
	record Issuing(String type, UUID application, UUID parent, String holder, String mineral, Instant issuedAt,
			Deadline term, Integer termYears, String reserve, BigDecimal explorationCostRials) {
	}

	/**
	 * @param areaM2 the licence's area, m² on the ellipsoid
	 * @param compensation whether it overlaps private property (Art. 22)
	 * @param parcels the parcels overlapped with their areas, JSON
	 * @param levy whether it overlaps national resources (Art. 25)
	 */
	record Consequences(double areaM2, boolean compensation, String parcels, boolean levy) {
	}

}
