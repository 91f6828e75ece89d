package ir.cadastre.application;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.Csv;

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
	 * PostgreSQL computes (the state as of now among them), the decision as recorded and
	 * the licence's number.
	 */
	private static final String ROWS = """
			SELECT a.receipt, a.received_at, a.status, a.type, a.mineral, a.applicant, a.area_m2,
			       a.requested_area_m2, a.trimmed, a.consulted_agencies, a.compensation, a.levy, a.withdrawn_at,
			       d.decision, d.decision_reason, d.decided_at, d.decided_by, l.number AS licence_number
			FROM (%s FROM application a %s) a
			JOIN application d ON d.id = a.id
			LEFT JOIN licence l ON l.id = a.licence_id
			ORDER BY %s
			""";

	private final Applications applications;

	ApplicationSheet(Applications applications) {
		this.applications = applications;
	}

	/**
	 * Writes the sheet.
	 * @param states only the applications in these states, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public void write(CadastreUser user, String[] states, OutputStream out) throws IOException {
		String sql = ROWS.formatted(Applications.VIEW, Applications.visibleTo(user) + Applications.IN_STATES,
				Applications.PENDING_FIRST);
		Csv.write(out, COLUMNS, this.applications.bound(sql, user).param("status", states), ApplicationSheet::row);
	}

	private static List<Object> row(ResultSet rs) throws SQLException {
		Instant received = rs.getTimestamp("received_at").toInstant();
		List<Object> row = new ArrayList<>();
		row.add(rs.getLong("receipt"));
		row.add(received.toString());
		row.add(SolarHijri.format(received.atZone(SolarHijri.TEHRAN).toLocalDate()));
		row.add(rs.getString("status"));
		row.add(rs.getString("type"));
		row.add(rs.getString("mineral"));
		row.add(rs.getString("applicant"));
		row.add(Csv.area(rs.getDouble("area_m2")));
		row.add(Csv.area(rs.getDouble("requested_area_m2")));
		row.add(rs.getBoolean("trimmed"));
		row.add(rs.getString("consulted_agencies").replace(',', ' '));
		row.add(rs.getBoolean("compensation"));
		row.add(rs.getBoolean("levy"));
		row.add(rs.getString("decision"));
		row.add(rs.getString("decision_reason"));
		row.add(Csv.instant(rs.getTimestamp("decided_at")));
		row.add(rs.getString("decided_by"));
		row.add(rs.getObject("licence_number"));
		row.add(Csv.instant(rs.getTimestamp("withdrawn_at")));
		return row;
	}

}
