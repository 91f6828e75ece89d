package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists the reviewers' and officers' pages load hold at most 5,000 inquiries and
 * 10,000 applications or licences. After a year or two of a national cadastre there are
 * more: what is still to be done, and what is new, must be in them. The test clock is
 * 2026-01-15T08:00:00Z.
 */
@CadastreTest
class LongListsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		new Fixtures(this.db).noFeatures().users();
	}

	@Test
	void article24_anOpenInquiryIsListedBehind5000ClosedOnes() {
		applications(5001, "UNDER_CONSULTATION");
		// 5,000 whose windows closed in 2025 (deemed consents now), and the newest, open
		// until May.
		this.db.sql("""
				INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day,
				                     last_day_solar_hijri, agency_overlaps)
				SELECT a.id, 'doe', a.received_at, (SELECT min(id) FROM legal_rule),
				       CASE WHEN newest THEN TIMESTAMPTZ '2026-05-15 20:30Z' ELSE TIMESTAMPTZ '2025-12-01 20:30Z' END,
				       CASE WHEN newest THEN DATE '2026-05-15' ELSE DATE '2025-12-01' END,
				       CASE WHEN newest THEN '1405-02-25' ELSE '1404-09-10' END, '[]'
				FROM application a, LATERAL (SELECT a.receipt = (SELECT max(receipt) FROM application) AS newest) n
				""").update();
		JsonNode inquiries = this.api.get("/api/v1/inquiries", Fixtures.DOE_REVIEWER).json();
		assertThat(inquiries.size()).isEqualTo(5000);
		assertThat(values(inquiries, "status")).containsOnlyOnce("OPEN");
	}

	@Test
	void anApplicationToDecideIsListedBehind10000DecidedOnes() {
		applications(10000, "WITHDRAWN");
		String pending = applications(1, "READY_FOR_DECISION").get(0);
		JsonNode applications = this.api.get("/api/v1/applications", Fixtures.OFFICER).json();
		assertThat(applications.size()).isEqualTo(10000);
		assertThat(values(applications, "id")).contains(pending);
	}

	@Test
	void theNewestLicenceIsListedAfter10000Others() {
		applications(10001, "GRANTED");
		this.db
			.sql("""
					INSERT INTO licence (application_id, holder, type, mineral, issued_at, issued_by, geom, area_m2,
					                     compensation, compensation_parcels, levy)
					SELECT a.id, a.applicant, a.type, a.mineral, a.decided_at, a.decided_by, a.geom, a.area_m2, false, '[]', false
					FROM application a ORDER BY a.receipt
					""")
			.update();
		long newest = this.db.sql("SELECT max(number) FROM licence").query(Long.class).single();
		JsonNode licences = this.api.get("/api/v1/licences", Fixtures.OFFICER).json();
		assertThat(licences.size()).isEqualTo(10000);
		assertThat(values(licences, "number")).contains(Long.toString(newest));
	}

	/** Applications of applicant1, in receipt order, each on its own 500 m square. */
	private List<String> applications(int count, String status) {
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

	/** One field of every item of a list, as text. */
	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach((item) -> values.add(item.get(field).asString()));
		return values;
	}

}
