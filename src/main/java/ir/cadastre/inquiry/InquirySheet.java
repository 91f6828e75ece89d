package ir.cadastre.inquiry;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.Csv;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inquiries a user may see as a spreadsheet ({@link Csv}): one row each, in the
 * list's order (the open ones first, by deadline).
 */
@Component
class InquirySheet {

	/** The header row. */
	static final List<String> COLUMNS = List.of("application_receipt", "applicant", "mineral", "agency", "status",
			"notified_at", "deadline", "last_day", "days_left", "paused", "answered_at", "answered_by", "reason",
			"refused_area_m2");

	private static final String ROWS = """
			SELECT a.receipt, a.applicant, a.mineral, i.agency_id, inquiry_status(i) AS status, i.notified_at,
			       i.deadline, i.last_day_solar_hijri, inquiry_days_left(i.last_day, i.paused_at) AS days_left,
			       i.paused_at IS NOT NULL AS paused,
			       i.answered_at, i.answered_by, i.reason, ST_Area(i.refused_geom::geography) AS refused_area_m2
			FROM inquiry i JOIN application a ON a.id = i.application_id
			%s
			ORDER BY %s
			""";

	private final InquiryReader reader;

	InquirySheet(InquiryReader reader) {
		this.reader = reader;
	}

	/**
	 * Writes the sheet.
	 * @param states only the inquiries in these states now, or {@code null} for all
	 */
	@Transactional(readOnly = true)
	public void write(CadastreUser user, String[] states, OutputStream out) throws IOException {
		InquiryReader.Order order = InquiryReader.Order.of(states);
		String sql = ROWS.formatted(InquiryReader.visibleTo(user) + order.where() + InquiryReader.IN_STATES,
				order.by());
		Csv.write(out, COLUMNS, this.reader.visible(sql, user).param("status", states), InquirySheet::row);
	}

	private static List<Object> row(ResultSet rs) throws SQLException {
		return Arrays.asList(rs.getLong("receipt"), rs.getString("applicant"), rs.getString("mineral"),
				rs.getString("agency_id"), rs.getString("status"), Csv.instant(rs.getTimestamp("notified_at")),
				Csv.instant(rs.getTimestamp("deadline")), rs.getString("last_day_solar_hijri"),
				"OPEN".equals(rs.getString("status")) ? rs.getInt("days_left") : null, rs.getBoolean("paused"),
				Csv.instant(rs.getTimestamp("answered_at")), rs.getString("answered_by"), rs.getString("reason"),
				Csv.area((Number) rs.getObject("refused_area_m2")));
	}

}
