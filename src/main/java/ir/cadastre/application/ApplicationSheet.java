package ir.cadastre.application;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.Csv;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applications a user may see as a spreadsheet ({@link Csv}): one row each, in the
 * list's order.
 */
@Component
class ApplicationSheet {

	/** The header row. */
	static final List<String> COLUMNS = List.of("receipt", "received_at", "received_on", "status", "type", "mineral",
			"applicant", "area_m2", "requested_area_m2", "trimmed", "consulted_agencies", "compensation", "levy",
			"decision", "decision_reason", "decided_at", "decided_by", "licence_number", "withdrawn_at");

	/**
	 * The list's rows: the columns of {@link Applications#VIEW} it names, which alone
	 * PostgreSQL computes, and the licence's number.
	 */
	private static final String ROWS = """
			SELECT a.receipt, a.received_at, a.status, a.type, a.mineral, a.applicant, a.area_m2,
			       a.requested_area_m2, a.trimmed, a.consulted_agencies, a.compensation, a.levy, a.decision,
			       a.withdrawn_at, l.number AS licence_number
			FROM (%s FROM application a %s
			        AND (CAST(:status AS text[]) IS NULL OR a.status = ANY (CAST(:status AS text[])))) a
			LEFT JOIN licence l ON l.id = a.licence_id
			ORDER BY %s
			""";

	private final JdbcClient db;

	private final JsonMapper json;

	ApplicationSheet(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * Writes the sheet.
	 * @param states only the applications in these states, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public void write(CadastreUser user, String[] states, OutputStream out) throws IOException {
		Csv.write(out, COLUMNS,
				this.db.sql(ROWS.formatted(Applications.VIEW, Applications.visibleTo(user), Applications.PENDING_FIRST))
					.param("user", user.username())
					.param("agency", (user.role() == Role.AGENCY_REVIEWER) ? user.agency() : "")
					.param("status", states),
				this::row);
	}

	private List<Object> row(ResultSet rs) throws SQLException {
		Timestamp received = rs.getTimestamp("received_at");
		String decision = rs.getString("decision");
		JsonNode decided = (decision != null) ? this.json.readTree(decision) : this.json.createObjectNode();
		List<Object> row = new ArrayList<>();
		row.add(rs.getLong("receipt"));
		row.add(received.toInstant().toString());
		row.add(SolarHijri.format(received.toInstant().atZone(SolarHijri.TEHRAN).toLocalDate()));
		row.add(rs.getString("status"));
		row.add(rs.getString("type"));
		row.add(rs.getString("mineral"));
		row.add(rs.getString("applicant"));
		row.add(String.format(Locale.ROOT, "%.2f", rs.getDouble("area_m2")));
		row.add(String.format(Locale.ROOT, "%.2f", rs.getDouble("requested_area_m2")));
		row.add(rs.getBoolean("trimmed"));
		row.add(rs.getString("consulted_agencies").replace(',', ' '));
		row.add(rs.getBoolean("compensation"));
		row.add(rs.getBoolean("levy"));
		row.add(decided.path("decision").asString(null));
		row.add(decided.path("reason").asString(null));
		row.add(decided.path("decidedAt").asString(null));
		row.add(decided.path("decidedBy").asString(null));
		row.add(rs.getObject("licence_number"));
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		row.add((withdrawn != null) ? withdrawn.toInstant().toString() : null);
		return row;
	}

}
