package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * more: what is still to be done, and what is new, must be in them, and the rest can be
 * read page by page. The test clock is 2026-01-15T08:00:00Z.
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
		doeInquiries("a.receipt = (SELECT max(receipt) FROM application)");
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
		licences(10001);
		long newest = this.db.sql("SELECT max(number) FROM licence").query(Long.class).single();
		JsonNode licences = this.api.get("/api/v1/licences", Fixtures.OFFICER).json();
		assertThat(licences.size()).isEqualTo(10000);
		assertThat(values(licences, "number")).contains(Long.toString(newest));
	}

	@Test
	void everyApplicationCanBeReadPageByPage() {
		applications(1700, "WITHDRAWN");
		applications(300, "READY_FOR_DECISION");
		applications(500, "GRANTED");
		List<String> unpaged = values(this.api.get("/api/v1/applications", Fixtures.OFFICER).json(), "id");
		List<JsonNode> pages = pages("/api/v1/applications?pageSize=1000", Fixtures.OFFICER);
		assertThat(pages).hasSize(3);
		assertThat(items(pages, "id")).hasSize(2500).doesNotHaveDuplicates().isEqualTo(unpaged);
		assertThat(values(pages.get(0).get("items"), "status").subList(0, 300)).containsOnly("READY_FOR_DECISION");
	}

	@Test
	void licencesBeyondTheFirst10000CanBeReadPageByPage() {
		licences(10001);
		List<JsonNode> pages = pages("/api/v1/licences?page=1&pageSize=1000", Fixtures.APPLICANT);
		assertThat(pages).hasSize(11);
		assertThat(pages.get(10).get("items").size()).isEqualTo(1);
		assertThat(items(pages, "number")).doesNotHaveDuplicates()
			.isEqualTo(this.db.sql("SELECT l.number::text FROM licence l ORDER BY l.number DESC")
				.query(String.class)
				.list());
	}

	@Test
	void article24_aReviewerPagesThroughItsOpenInquiriesWithTheFilterKept() {
		applications(8, "UNDER_CONSULTATION");
		// 5 open until May, 3 deemed in December.
		doeInquiries("a.receipt % 8 < 5");
		List<JsonNode> pages = pages("/api/v1/inquiries?status=OPEN&pageSize=2", Fixtures.DOE_REVIEWER);
		assertThat(pages).hasSize(3);
		assertThat(pages.get(0).get("next").asString()).contains("status=OPEN").contains("page=2");
		assertThat(items(pages, "status")).containsExactly("OPEN", "OPEN", "OPEN", "OPEN", "OPEN");
		assertThat(items(pages("/api/v1/inquiries?pageSize=3", Fixtures.DOE_REVIEWER), "id")).hasSize(8)
			.doesNotHaveDuplicates();
	}

	@Test
	void theWholeAuditTrailCanBeReadPageByPageInChainOrder() {
		this.db
			.sql("""
					SELECT audit_append(array_agg('t-officer'::text), array_agg('test.event'::text), array_agg('test:' || n),
					                    array_agg(jsonb_build_object('n', n)), array_agg(NULL::text))
					FROM generate_series(1, 1500) n
					""")
			.query()
			.singleRow();
		// The trail is append-only: it also holds the events of the tests before this
		// one.
		List<String> trail = this.db.sql("SELECT e.id::text FROM audit_event e ORDER BY e.id")
			.query(String.class)
			.list();
		List<JsonNode> pages = pages("/api/v1/audit?pageSize=1000", Fixtures.OFFICER);
		assertThat(pages).hasSize((trail.size() + 999) / 1000);
		assertThat(items(pages, "id")).isEqualTo(trail);
		assertThat(this.api.get("/api/v1/audit", Fixtures.OFFICER).json().size()).isEqualTo(1000);
	}

	@Test
	void pagesOutsideTheirRangeAreRefusedWithTheParameterNamed() {
		Map<String, String> bad = Map.of("page=0", "page", "page=-1", "page", "page=two", "page", "page=1.5", "page",
				"page=", "page", "page=1000001", "page", "pageSize=0", "pageSize", "pageSize=1001", "pageSize",
				"page=1&pageSize=99999999999", "pageSize");
		for (String list : List.of("applications", "inquiries", "licences", "audit")) {
			bad.forEach((query, parameter) -> {
				Api.Response response = this.api.get("/api/v1/" + list + "?" + query, Fixtures.OFFICER);
				assertThat(response.status()).as(list + "?" + query).isEqualTo(400);
				assertThat(response.isProblem()).isTrue();
				JsonNode problem = response.json();
				assertThat(problem.get("type").asString()).isEqualTo("urn:cadastre:problem:invalid-parameter");
				assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
			});
		}
	}

	/**
	 * A paged list from its first page to its last, following each page's {@code next},
	 * which the {@code Link} header repeats.
	 */
	private List<JsonNode> pages(String first, String user) {
		List<JsonNode> pages = new ArrayList<>();
		String address = first;
		while (address != null) {
			Api.Response response = this.api.get(address, user);
			assertThat(response.status()).as(address).isEqualTo(200);
			JsonNode page = response.json();
			pages.add(page);
			assertThat(page.get("page").asInt()).isEqualTo(pages.size());
			address = page.get("next").isNull() ? null : page.get("next").asString();
			assertThat(response.link()).isEqualTo((address != null) ? "<" + address + ">; rel=\"next\"" : null);
			assertThat(page.get("items").size())
				.isEqualTo((address != null) ? page.get("pageSize").asInt() : page.get("items").size());
			assertThat(pages).as("pages").hasSizeLessThan(100);
		}
		return pages;
	}

	private static List<String> items(List<JsonNode> pages, String field) {
		List<String> values = new ArrayList<>();
		pages.forEach((page) -> values.addAll(values(page.get("items"), field)));
		return values;
	}

	/**
	 * An inquiry of the DoE on every application: open until May where {@code open} (SQL
	 * on the application {@code a}) holds, else closed in December 2025, a deemed consent
	 * now.
	 */
	private void doeInquiries(String open) {
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
	private void licences(int count) {
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
