package ir.cadastre;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many rows at once, for the tests of long lists: applications of applicant1, DoE
 * inquiries on them, licences. The test clock is 2026-01-15T08:00:00Z.
 */
public final class ListRows {

	private final JdbcClient db;

	public ListRows(JdbcClient db) {
		this.db = db;
	}

	/**
	 * An inquiry of the DoE on every application: open until May where {@code open} (SQL
	 * on the application {@code a}) holds, else closed in December 2025, a deemed consent
	 * now.
	 */
	public void doeInquiries(String open) {
		this.db.sql("""
				INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day,
				                     last_day_solar_hijri, agency_overlaps)
				SELECT a.id, 'doe', a.received_at, (SELECT min(id) FROM legal_rule),
				       CASE WHEN open THEN TIMESTAMPTZ '2026-05-15 20:30Z' ELSE TIMESTAMPTZ '2025-12-01 20:30Z' END,
				       CASE WHEN open THEN DATE '2026-05-15' ELSE DATE '2025-12-01' END,
				       CASE WHEN open THEN '1405-02-25' ELSE '1404-09-10' END, '[]'
				FROM application a, LATERAL (SELECT %s AS open) o
				""".formatted(open)).update();
	}

	/** Licences on as many granted applications, in receipt order. */
	public void licences(int count) {
		applications(count, "GRANTED");
		this.db
			.sql("""
					INSERT INTO licence (application_id, holder, type, mineral, issued_at, issued_by, geom, area_m2,
					                     compensation, compensation_parcels, levy)
					SELECT a.id, a.applicant, a.type, a.mineral, a.decided_at, a.decided_by, a.geom, a.area_m2, false, '[]', false
					FROM application a ORDER BY a.receipt
					""")
			.update();
	}

	/** Applications of applicant1, in receipt order, each on its own 500 m square. */
	public List<String> applications(int count, String status) {
		return this.db
			.sql("""
					INSERT INTO application (receipt, received_at, status, type, mineral, applicant, geom, area_m2,
					                         requested_area_m2, trimmed, overlap_report, consulted_agencies, compensation,
					                         levy, withdrawn_at, decision, decided_at, decided_by)
					SELECT nextval('application_receipt'), TIMESTAMPTZ '2025-08-01 08:00Z', :status, 'EXPLORATION', 'copper',
					       :applicant,
					       ST_Multi(ST_MakeEnvelope(54 + (n % 100) * 0.01, 31 + (n / 100) * 0.01,
					                                54.005 + (n % 100) * 0.01, 31.005 + (n / 100) * 0.01, 4326)),
					       250000, 250000, false, '{"overlaps": []}', ARRAY['doe'], false, false,
					       CASE WHEN :status = 'WITHDRAWN' THEN TIMESTAMPTZ '2025-09-01 08:00Z' END,
					       CASE WHEN :status = 'GRANTED' THEN 'GRANT' END,
					       CASE WHEN :status = 'GRANTED' THEN TIMESTAMPTZ '2025-09-01 08:00Z' END,
					       CASE WHEN :status = 'GRANTED' THEN :officer END
					FROM generate_series(0, :count - 1) n ORDER BY n
					RETURNING id
					""")
			.param("status", status)
			.param("applicant", Fixtures.APPLICANT)
			.param("officer", Fixtures.OFFICER)
			.param("count", count)
			.query(String.class)
			.list();
	}

}
