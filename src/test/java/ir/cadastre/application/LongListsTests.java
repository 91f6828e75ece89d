package ir.cadastre.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.ListRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lists the reviewers' and officers' pages load hold at most 5,000 inquiries and
 * 10,000 applications or licences. After a year or two of a national cadastre there are
 * more: what is still to be done, and what is new, must be in them, and the rest can be
 * read page by page, and each page's tabs counted and listed state by state. The test
 * clock is 2026-01-15T08:00:00Z.
 */
@CadastreTest
class LongListsTests extends ApiTest {

	ListRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new ListRows(this.db);
	}

	@Test
	void article24_anOpenInquiryIsListedBehind5000ClosedOnes() {
		this.rows.applications(5001, "UNDER_CONSULTATION");
		// 5,000 whose windows closed in 2025 (deemed consents now), and the newest, open
		// until May.
		this.rows.doeInquiries("a.receipt = (SELECT max(receipt) FROM application)");
		JsonNode inquiries = this.api.get("/api/v1/inquiries", Fixtures.DOE_REVIEWER).json();
		assertThat(inquiries.size()).isEqualTo(5000);
		assertThat(values(inquiries, "status")).containsOnlyOnce("OPEN");
	}

	@Test
	void anApplicationToDecideIsListedBehind10000DecidedOnes() {
		this.rows.applications(10000, "WITHDRAWN");
		String pending = this.rows.applications(1, "READY_FOR_DECISION").get(0);
		JsonNode applications = this.api.get("/api/v1/applications", Fixtures.OFFICER).json();
		assertThat(applications.size()).isEqualTo(10000);
		assertThat(values(applications, "id")).contains(pending);
	}

	@Test
	void theNewestLicenceIsListedAfter10000Others() {
		this.rows.licences(10001);
		long newest = this.db.sql("SELECT max(number) FROM licence").query(Long.class).single();
		JsonNode licences = this.api.get("/api/v1/licences", Fixtures.OFFICER).json();
		assertThat(licences.size()).isEqualTo(10000);
		assertThat(values(licences, "number")).contains(Long.toString(newest));
	}

	@Test
	void everyApplicationCanBeReadPageByPage() {
		this.rows.applications(1700, "WITHDRAWN");
		this.rows.applications(300, "READY_FOR_DECISION");
		this.rows.applications(500, "GRANTED");
		List<String> unpaged = values(this.api.get("/api/v1/applications", Fixtures.OFFICER).json(), "id");
		List<JsonNode> pages = pages("/api/v1/applications?pageSize=1000", Fixtures.OFFICER);
		assertThat(pages).hasSize(3);
		assertThat(items(pages, "id")).hasSize(2500).doesNotHaveDuplicates().isEqualTo(unpaged);
		assertThat(values(pages.get(0).get("items"), "status").subList(0, 300)).containsOnly("READY_FOR_DECISION");
	}

	@Test
	void licencesBeyondTheFirst10000CanBeReadPageByPage() {
		this.rows.licences(10001);
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
		this.rows.applications(8, "UNDER_CONSULTATION");
		// 5 open until May, 3 deemed in December.
		this.rows.doeInquiries("a.receipt % 8 < 5");
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

	@Test
	void theOfficersTabsCountApplicationsByStateAndListThoseOfSomeStates() {
		this.rows.applications(4, "WITHDRAWN");
		this.rows.applications(3, "READY_FOR_DECISION");
		List<String> granted = this.rows.applications(2, "GRANTED");
		assertThat(this.api.get("/api/v1/applications/counts", Fixtures.OFFICER).json().toString())
			.isEqualTo("{\"SUBMITTED\":0,\"UNDER_CONSULTATION\":0,\"READY_FOR_DECISION\":3,\"GRANTED\":2,"
					+ "\"REJECTED\":0,\"WITHDRAWN\":4}");
		// Decided ones latest first, page by page with the filter kept.
		List<JsonNode> decided = pages("/api/v1/applications?status=GRANTED,REJECTED&pageSize=1", Fixtures.OFFICER);
		assertThat(items(decided, "id")).containsExactly(granted.get(1), granted.get(0));
		assertThat(decided.get(0).get("next").asString()).contains("status=GRANTED,REJECTED");
		assertThat(values(this.api.get("/api/v1/applications?status=READY_FOR_DECISION", Fixtures.OFFICER).json(),
				"status"))
			.containsExactly("READY_FOR_DECISION", "READY_FOR_DECISION", "READY_FOR_DECISION");
		// Each user counts only what it may see: the DoE is consulted on every one.
		assertThat(this.api.get("/api/v1/applications/counts", Fixtures.DOE_REVIEWER).json().get("WITHDRAWN").asLong())
			.isEqualTo(4);
		assertThat(this.api.get("/api/v1/applications/counts", Fixtures.FRWO_REVIEWER).json().get("WITHDRAWN").asLong())
			.isZero();
		assertThat(this.api.get("/api/v1/applications/counts", Fixtures.APPLICANT2).json().get("GRANTED").asLong())
			.isZero();
	}

	@Test
	void eachOfTheOfficersTabsListsItsApplicationsInTheWholeListsOrder() {
		Map<String, String> stored = new HashMap<>();
		for (String status : List.of("WITHDRAWN", "READY_FOR_DECISION", "GRANTED", "UNDER_CONSULTATION", "WITHDRAWN",
				"READY_FOR_DECISION", "GRANTED", "SUBMITTED")) {
			this.rows.applications(2, status).forEach((id) -> stored.put(id, status));
		}
		// Under consultation while a window is open (Art. 24), as the list has it now.
		this.rows.doeInquiries("a.status = 'UNDER_CONSULTATION'");
		List<String> whole = values(this.api.get("/api/v1/applications", Fixtures.OFFICER).json(), "id");
		// The pending ones first by receipt, then the rest latest first.
		assertThat(whole.subList(0, 8)).extracting(stored::get)
			.containsExactly("READY_FOR_DECISION", "READY_FOR_DECISION", "UNDER_CONSULTATION", "UNDER_CONSULTATION",
					"READY_FOR_DECISION", "READY_FOR_DECISION", "SUBMITTED", "SUBMITTED");
		assertThat(whole.subList(8, 16)).extracting(stored::get)
			.containsExactly("GRANTED", "GRANTED", "WITHDRAWN", "WITHDRAWN", "GRANTED", "GRANTED", "WITHDRAWN",
					"WITHDRAWN");
		for (String tab : List.of("GRANTED,REJECTED", "WITHDRAWN", "READY_FOR_DECISION", "SUBMITTED,UNDER_CONSULTATION",
				"UNDER_CONSULTATION,GRANTED")) {
			List<String> states = List.of(tab.split(","));
			assertThat(items(pages("/api/v1/applications?status=" + tab + "&pageSize=3", Fixtures.OFFICER), "id"))
				.as(tab)
				.isEqualTo(whole.stream().filter((id) -> states.contains(stored.get(id))).toList());
		}
	}

	@Test
	void article24_eachOfTheReviewersTabsListsItsInquiriesInTheWholeListsOrder() {
		this.rows.applications(12, "UNDER_CONSULTATION");
		// Open ones until March, two by two on the same day, and one paused since
		// December; three deemed consents now, not yet stored, two of them closed on the
		// same day, and one stored; two answered early.
		this.db
			.sql("""
					INSERT INTO inquiry (application_id, agency_id, status, notified_at, rule_id, deadline, last_day,
					                     last_day_solar_hijri, agency_overlaps, paused_at, answered_at, answered_by, deemed_at)
					SELECT a.id, 'doe', s.status, a.received_at, (SELECT min(id) FROM legal_rule), s.deadline, s.deadline::date,
					       '1404-01-01', '[]', CASE WHEN k = 5 THEN TIMESTAMPTZ '2025-12-01 08:00Z' END,
					       CASE WHEN k > 9 THEN TIMESTAMPTZ '2026-01-10 08:00Z' END, CASE WHEN k > 9 THEN :reviewer END,
					       CASE WHEN k = 9 THEN s.deadline END
					FROM (SELECT a.*, row_number() OVER (ORDER BY a.receipt) - 1 AS k FROM application a) a,
					     LATERAL (SELECT CASE WHEN k < 9 THEN 'OPEN' WHEN k = 9 THEN 'DEEMED_CONSENT' WHEN k = 10 THEN 'CONSENTED'
					                          ELSE 'OBJECTED' END AS status,
					                     CASE WHEN k < 5 THEN TIMESTAMPTZ '2026-03-01 20:30Z' + (k % 3) * INTERVAL '1 day'
					                          WHEN k = 5 THEN TIMESTAMPTZ '2025-12-20 20:30Z'
					                          WHEN k < 9 THEN TIMESTAMPTZ '2025-11-01 20:30Z' + (k % 2) * INTERVAL '1 day'
					                          WHEN k = 9 THEN TIMESTAMPTZ '2025-10-01 20:30Z'
					                          ELSE TIMESTAMPTZ '2026-02-01 20:30Z' END AS deadline) s
					""")
			.param("reviewer", Fixtures.DOE_REVIEWER)
			.update();
		JsonNode whole = this.api.get("/api/v1/inquiries", Fixtures.DOE_REVIEWER).json();
		// The open ones first by deadline, then the rest latest first.
		List<String> statuses = values(whole, "status");
		assertThat(statuses.subList(0, 6)).containsOnly("OPEN");
		assertThat(statuses.subList(6, 8)).containsExactlyInAnyOrder("CONSENTED", "OBJECTED");
		assertThat(statuses.subList(8, 12)).containsOnly("DEEMED_CONSENT");
		for (String tab : List.of("OPEN", "CONSENTED,OBJECTED,PARTIALLY_OBJECTED", "DEEMED_CONSENT",
				"OPEN,DEEMED_CONSENT")) {
			List<String> states = List.of(tab.split(","));
			List<String> expected = new ArrayList<>();
			whole.forEach((inquiry) -> {
				if (states.contains(inquiry.get("status").asString())) {
					expected.add(inquiry.get("id").asString());
				}
			});
			assertThat(items(pages("/api/v1/inquiries?status=" + tab + "&pageSize=2", Fixtures.DOE_REVIEWER), "id"))
				.as(tab)
				.isEqualTo(expected);
		}
	}

	@Test
	void article24_aReviewersTabsCountItsInquiriesByTheirStateNow() {
		this.rows.applications(8, "UNDER_CONSULTATION");
		// 5 open until May, 3 whose windows closed in December: deemed consents now,
		// though no sweep has stored them yet.
		this.rows.doeInquiries("a.receipt % 8 < 5");
		String counts = "{\"OPEN\":5,\"CONSENTED\":0,\"OBJECTED\":0,\"PARTIALLY_OBJECTED\":0,\"DEEMED_CONSENT\":3,\"WITHDRAWN\":0}";
		assertThat(this.api.get("/api/v1/inquiries/counts", Fixtures.DOE_REVIEWER).json().toString()).isEqualTo(counts);
		assertThat(this.api.get("/api/v1/inquiries/counts", Fixtures.OFFICER).json().toString()).isEqualTo(counts);
		assertThat(
				this.api.get("/api/v1/inquiries/counts", Fixtures.FRWO_REVIEWER).json().get("DEEMED_CONSENT").asLong())
			.isZero();
		assertThat(values(this.api
			.get("/api/v1/inquiries?status=CONSENTED,OBJECTED,PARTIALLY_OBJECTED,DEEMED_CONSENT", Fixtures.DOE_REVIEWER)
			.json(), "status")).containsExactly("DEEMED_CONSENT", "DEEMED_CONSENT", "DEEMED_CONSENT");
		assertThat(this.api.get("/api/v1/inquiries/counts", Fixtures.APPLICANT).status()).isEqualTo(403);
	}

	@Test
	void aStateNotOfTheListIsRefusedWithTheParameterNamed() {
		for (String query : List.of("applications?status=OPEN", "applications?status=GRANTED,", "applications?status=",
				"applications?status=granted", "inquiries?status=GRANTED", "inquiries?status=OPEN,,DEEMED_CONSENT",
				"inquiries?status=NOPE&page=1")) {
			Api.Response response = this.api.get("/api/v1/" + query, Fixtures.OFFICER);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
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

	/** One field of every item of a list, as text. */
	private static List<String> values(JsonNode items, String field) {
		List<String> values = new ArrayList<>();
		items.forEach((item) -> values.add(item.get(field).asString()));
		return values;
	}

}
