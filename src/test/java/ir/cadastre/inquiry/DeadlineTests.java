package ir.cadastre.inquiry;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import ir.cadastre.Api;
import ir.cadastre.CadastreApplication;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deemed consent (Art. 24) at the exact boundary, across restarts, and with two service
 * instances sweeping at once. Applications are submitted at the test clock,
 * 2026-01-15T08:00:00Z; their windows close at 2026-05-15T20:30:00Z (end of 1405-02-25,
 * Tehran). Each later moment is a new service instance started with its own fixed clock
 * on the same database.
 */
@CadastreTest
class DeadlineTests extends ApiTest {

	static final String MINUTE_BEFORE = "2026-05-15T20:29:00Z";

	static final String MINUTE_AFTER = "2026-05-15T20:31:00Z";

	@BeforeEach
	void setUp() {
		this.fixtures.feature("protected_areas", "Kavir", InquiryTests.PROTECTED);
	}

	@Test
	@DisplayName("Art. 24: one minute before the close OPEN and answerable; one minute after DEEMED_CONSENT, answer refused")
	void article24_deemedConsentAtTheExactBoundaryAcrossRestarts() {
		String answered = inquiry(submit(InquiryTests.AREA, Fixtures.APPLICANT));
		String silentApplication = submit("POLYGON((54.28 32.3, 54.3 32.3, 54.3 32.32, 54.28 32.32, 54.28 32.3))",
				Fixtures.APPLICANT2);
		String silent = inquiry(silentApplication);

		try (Instance before = new Instance(MINUTE_BEFORE)) {
			Api.Response opened = before.api.get("/api/v1/inquiries/" + silent, Fixtures.DOE_REVIEWER);
			assertThat(opened.status()).as(opened.body()).isEqualTo(200);
			JsonNode open = opened.json();
			assertThat(open.get("status").stringValue()).isEqualTo("OPEN");
			assertThat(open.get("daysLeft").intValue()).isZero();
			assertThat(open.get("dueSoon").booleanValue()).isTrue();
			assertThat(before.api
				.postJson("/api/v1/inquiries/" + answered + "/response", Fixtures.DOE_REVIEWER,
						"{\"decision\":\"CONSENT\"}")
				.status()).isEqualTo(200);
			assertThat(before.sweeper().sweep()).isZero();
			assertThat(notifications("INQUIRY_DUE_SOON")).isEqualTo(1);
			before.sweeper().sweep();
			assertThat(notifications("INQUIRY_DUE_SOON")).as("warned once").isEqualTo(1);
		}

		try (Instance after = new Instance(MINUTE_AFTER)) {
			assertThat(storedStatus(silent)).as("the job has not run").isEqualTo("OPEN");
			JsonNode deemed = after.api.get("/api/v1/inquiries/" + silent, Fixtures.DOE_REVIEWER).json();
			assertThat(deemed.get("status").stringValue()).isEqualTo("DEEMED_CONSENT");
			assertThat(deemed.get("response").isNull()).as("never shown as the agency's consent").isTrue();
			assertThat(after.api.get("/api/v1/applications/" + silentApplication, Fixtures.OFFICER)
				.json()
				.get("status")
				.stringValue()).isEqualTo("READY_FOR_DECISION");
			Api.Response late = after.api.postJson("/api/v1/inquiries/" + silent + "/response", Fixtures.DOE_REVIEWER,
					"{\"decision\":\"OBJECTION\",\"reason\":\"too late\"}");
			assertThat(late.status()).isEqualTo(409);
			assertThat(late.json().get("type").stringValue()).endsWith("window-closed");
			assertThat(after.api.get("/api/v1/inquiries/" + answered, Fixtures.DOE_REVIEWER)
				.json()
				.get("status")
				.stringValue()).isEqualTo("CONSENTED");

			assertThat(after.sweeper().sweep()).isEqualTo(1);
			assertThat(storedStatus(silent)).isEqualTo("DEEMED_CONSENT");
			assertThat(after.sweeper().sweep()).as("once").isZero();
			assertThat(this.db.sql("SELECT deemed_at = deadline FROM inquiry WHERE id = CAST(:id AS uuid)")
				.param("id", silent)
				.query(Boolean.class)
				.single()).isTrue();
			assertThat(events("inquiry.deemed", silent)).isEqualTo(1);
			assertThat(this.db
				.sql("SELECT details->>'deadline' FROM audit_event WHERE action = 'inquiry.deemed' AND subject = :s")
				.param("s", "inquiry:" + silent)
				.query(String.class)
				.single()).as("an instant in the audit trail, as every other: ISO 8601 in UTC, whatever the JVM's zone")
				.isEqualTo(InquiryTests.DEADLINE);
			assertThat(notifications("DEEMED_CONSENT")).isEqualTo(1);
			assertThat(this.db.sql("""
					SELECT body FROM notification WHERE kind = 'INQUIRY_ANSWERED' AND recipient = :applicant
					ORDER BY id DESC LIMIT 1
					""").param("applicant", "user:" + Fixtures.APPLICANT2).query(String.class).single())
				.as("the applicant is told")
				.contains("Department of Environment did not answer within the Article 24 window and is deemed to "
						+ "consent.");
			assertThat(after.api
				.postJson("/api/v1/applications/" + silentApplication + "/decision", Fixtures.OFFICER,
						"{\"decision\":\"GRANT\"}")
				.status()).isEqualTo(200);
		}
	}

	@Test
	@DisplayName("Art. 24: once its last window has closed, an application is listed and counted READY_FOR_DECISION before the job runs")
	void article24_closedWindowsListAndCountTheApplicationAsReady() {
		String application = submit(InquiryTests.AREA, Fixtures.APPLICANT);
		try (Instance after = new Instance(MINUTE_AFTER)) {
			assertThat(this.db.sql("SELECT status FROM application WHERE id = CAST(:id AS uuid)")
				.param("id", application)
				.query(String.class)
				.single()).as("the job has not run").isEqualTo("UNDER_CONSULTATION");
			assertThat(after.api.get("/api/v1/applications/" + application, Fixtures.OFFICER)
				.json()
				.get("status")
				.stringValue()).isEqualTo("READY_FOR_DECISION");
			JsonNode counts = after.api.get("/api/v1/applications/counts", Fixtures.OFFICER).json();
			assertThat(counts.get("READY_FOR_DECISION").longValue()).isEqualTo(1);
			assertThat(counts.get("UNDER_CONSULTATION").longValue()).isZero();
			assertThat(after.api.get("/api/v1/applications?status=READY_FOR_DECISION", Fixtures.OFFICER).json())
				.singleElement()
				.satisfies((listed) -> assertThat(listed.get("id").stringValue()).isEqualTo(application));
			assertThat(after.api.get("/api/v1/applications?status=UNDER_CONSULTATION", Fixtures.OFFICER).json())
				.isEmpty();
			Api.Response sheet = after.api.get("/api/v1/applications/export?status=READY_FOR_DECISION",
					Fixtures.OFFICER);
			assertThat(sheet.body().lines().count()).as(sheet.body()).isEqualTo(2);
			assertThat(after.api.get("/api/v1/applications/export?status=UNDER_CONSULTATION", Fixtures.OFFICER)
				.body()
				.lines()
				.count()).as("the header alone").isEqualTo(1);
		}
	}

	@Test
	@DisplayName("Art. 24: the window of an application rejected while it was open never lapses into deemed consent")
	void article24_aRejectedApplicationIsNeverDeemedConsented() {
		String application = submit(InquiryTests.AREA, Fixtures.APPLICANT);
		String inquiry = inquiry(application);
		assertThat(this.api
			.postJson("/api/v1/applications/" + application + "/decision", Fixtures.OFFICER,
					"{\"decision\":\"REJECT\",\"reason\":\"no exploration plan\"}")
			.status()).isEqualTo(200);
		try (Instance after = new Instance(MINUTE_AFTER)) {
			assertThat(after.sweeper().sweep()).isZero();
			assertThat(after.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER)
				.json()
				.get("status")
				.stringValue()).isEqualTo("WITHDRAWN");
			assertThat(notifications("DEEMED_CONSENT")).isZero();
		}
	}

	@Test
	@DisplayName("Art. 24: a paused window does not close; resumed, it runs on for the days it was paused")
	void article24_pausedWindowDoesNotClose() {
		String inquiry = inquiry(submit(InquiryTests.AREA, Fixtures.APPLICANT));
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"PAUSE\",\"agency\":\"doe\",\"reason\":\"court order\",\"reference\":\"C-9\"}")
			.status()).isEqualTo(201);
		try (Instance after = new Instance(MINUTE_AFTER)) {
			assertThat(after.sweeper().sweep()).isZero();
			JsonNode paused = after.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
			assertThat(paused.get("status").stringValue()).isEqualTo("OPEN");
			assertThat(paused.get("paused").booleanValue()).isTrue();
			assertThat(after.api
				.postJson("/api/v1/decrees", Fixtures.OFFICER,
						"{\"action\":\"RESUME\",\"agency\":\"doe\",\"reason\":\"order lifted\",\"reference\":\"C-10\"}")
				.json()
				.get("affected")
				.intValue()).isEqualTo(1);
			JsonNode resumed = after.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
			// paused on 1404-10-25, resumed on 1405-02-26 (Tehran): 121 days are added to
			// the last day, 2026-05-15 + 121 days = 2026-09-13 = 1405-06-22
			assertThat(resumed.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-06-22");
			assertThat(resumed.get("deadline").stringValue()).isEqualTo("2026-09-13T20:30:00Z");
			assertThat(resumed.get("status").stringValue()).isEqualTo("OPEN");
			assertThat(resumed.get("paused").booleanValue()).isFalse();
		}
	}

	@Test
	@DisplayName("Art. 24: a paused window's days stand still: it keeps the days it had left, and is not due soon")
	void article24_aPausedWindowKeepsItsDaysLeft() {
		String application = submit(InquiryTests.AREA, Fixtures.APPLICANT);
		String inquiry = inquiry(application);
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"PAUSE\",\"agency\":\"doe\",\"reason\":\"court order\",\"reference\":\"C-9\"}")
			.status()).isEqualTo(201);
		// Paused on 1404-10-25 (2026-01-15), its last day 1405-02-25 (2026-05-15): 120
		// days left, on the day it closed unpaused as on any other.
		for (String clock : List.of(MINUTE_BEFORE, MINUTE_AFTER)) {
			try (Instance later = new Instance(clock)) {
				JsonNode paused = later.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
				assertThat(paused.get("paused").booleanValue()).isTrue();
				assertThat(paused.get("daysLeft").intValue()).as(clock).isEqualTo(120);
				assertThat(paused.get("dueSoon").booleanValue()).as(clock).isFalse();
				assertThat(later.api.get("/api/v1/applications/" + application, Fixtures.APPLICANT)
					.json()
					.get("inquiries")
					.get(0)
					.get("daysLeft")
					.intValue()).as(clock).isEqualTo(120);
				assertThat(later.api.get("/api/v1/inquiries?dueWithinDays=14", Fixtures.DOE_REVIEWER).json())
					.as("not about to close")
					.isEmpty();
				assertThat(later.api.get("/api/v1/inquiries/by-agency", Fixtures.DOE_REVIEWER)
					.json()
					.get(0)
					.get("dueSoon")
					.longValue()).isZero();
				assertThat(later.api.get("/api/v1/inquiries/export", Fixtures.DOE_REVIEWER).body())
					.contains(",1405-02-25,120,true,");
				later.sweeper().sweep();
				assertThat(notifications("INQUIRY_DUE_SOON")).isZero();
			}
		}
		try (Instance resumed = new Instance(MINUTE_AFTER)) {
			resumed.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"RESUME\",\"agency\":\"doe\",\"reason\":\"order lifted\",\"reference\":\"C-10\"}");
			assertThat(resumed.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER)
				.json()
				.get("daysLeft")
				.intValue()).as("resumed with the days it had").isEqualTo(120);
		}
	}

	@Test
	@DisplayName("Art. 24: a window paused and resumed on one day keeps the hours between: it ends on the day holding the time it had left")
	void article24_aWindowPausedAndResumedOnOneDayLosesNoTime() {
		String inquiry = inquiry(submit(InquiryTests.AREA, Fixtures.APPLICANT));
		decree(this.api, "PAUSE");
		try (Instance evening = new Instance("2026-01-15T16:00:00Z")) {
			decree(evening.api, "RESUME");
			// Paused at 11:30 and resumed at 19:30 (Tehran), 1404-10-25, with 120 days
			// 12 h 30 min left: they run out at 03:30 on 2026-05-16, whose end is the
			// deadline. Counted in whole days, the eight hours were lost (1405-02-25).
			JsonNode resumed = evening.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
			assertThat(resumed.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-02-26");
			assertThat(resumed.get("deadline").stringValue()).isEqualTo("2026-05-16T20:30:00Z");
			assertThat(resumed.get("daysLeft").intValue()).isEqualTo(121);
		}
		// Paused again the next morning, extended by ten days while paused, and
		// resumed an hour later: the time from 05:00Z on 16 January to 2026-05-26T20:30Z
		// runs out from 06:00Z at 01:00 on 2026-05-27 in Tehran.
		try (Instance morning = new Instance("2026-01-16T05:00:00Z")) {
			decree(morning.api, "PAUSE");
			assertThat(morning.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"EXTEND\",\"days\":10,\"agency\":\"doe\",\"reason\":\"survey\",\"reference\":\"C-11\"}")
				.json()
				.get("affected")
				.intValue()).isEqualTo(1);
		}
		try (Instance later = new Instance("2026-01-16T06:00:00Z")) {
			decree(later.api, "RESUME");
			JsonNode resumed = later.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
			assertThat(resumed.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-03-06");
			assertThat(resumed.get("deadline").stringValue()).isEqualTo("2026-05-27T20:30:00Z");
		}
	}

	@Test
	@DisplayName("Art. 24: a window paused late on its last day and resumed late the next keeps the half hour it had")
	void article24_aWindowPausedOnItsLastDayKeepsItsTime() {
		String inquiry = inquiry(submit(InquiryTests.AREA, Fixtures.APPLICANT));
		try (Instance lastDay = new Instance("2026-05-15T20:00:00Z")) {
			decree(lastDay.api, "PAUSE");
		}
		try (Instance nextDay = new Instance("2026-05-16T20:15:00Z")) {
			decree(nextDay.api, "RESUME");
			// Paused at 23:30 on its last day, 1405-02-25, with 30 minutes left, and
			// resumed at 23:45 the next day: they run out at 00:15 on 1405-02-27,
			// whose end is the deadline. Counted in whole days, it closed 15 minutes
			// after resuming.
			JsonNode resumed = nextDay.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
			assertThat(resumed.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-02-27");
			assertThat(resumed.get("deadline").stringValue()).isEqualTo("2026-05-17T20:30:00Z");
			assertThat(resumed.get("status").stringValue()).isEqualTo("OPEN");
		}
	}

	@Test
	@DisplayName("Art. 24: a paused window says when it was paused and the time it had left, its deadline kept as it was")
	void article24_aPausedWindowSaysItsTimeLeft() {
		String application = submit(InquiryTests.AREA, Fixtures.APPLICANT);
		String inquiry = inquiry(application);
		JsonNode open = this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
		assertThat(open.get("pausedAt").isNull()).isTrue();
		assertThat(open.get("timeLeft").isNull()).isTrue();
		decree(this.api, "PAUSE");
		JsonNode paused = this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
		JsonNode listed = this.api.get("/api/v1/applications/" + application, Fixtures.APPLICANT)
			.json()
			.get("inquiries")
			.get(0);
		for (JsonNode shown : List.of(paused, listed)) {
			assertThat(shown.get("pausedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
			assertThat(shown.get("timeLeft").stringValue()).as("to 2026-05-15T20:30:00Z").isEqualTo("P120DT12H30M0S");
			assertThat(shown.get("deadline").stringValue()).isEqualTo(InquiryTests.DEADLINE);
		}
	}

	private static void decree(Api api, String action) {
		Api.Response issued = api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\":\"" + action + "\",\"agency\":\"doe\",\"reason\":\"court order\",\"reference\":\"C-9\"}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		assertThat(issued.json().get("affected").intValue()).as(action).isEqualTo(1);
	}

	@Test
	@DisplayName("Art. 24: two instances sweeping 5,000 due inquiries deem each exactly once, one audit event each")
	void article24_twoInstancesSweepEachInquiryOnce() throws Exception {
		this.db
			.sql("""
					INSERT INTO application (receipt, received_at, status, type, mineral, applicant, geom, area_m2,
					                         requested_area_m2, trimmed, overlap_report, consulted_agencies, compensation, levy)
					SELECT nextval('application_receipt'), TIMESTAMPTZ '2026-01-15 08:00Z', 'UNDER_CONSULTATION', 'EXPLORATION',
					       'copper', :applicant,
					       ST_Multi(ST_MakeEnvelope(54 + (n % 40) * 0.01, 31 + (n / 40) * 0.01,
					                                54.005 + (n % 40) * 0.01, 31.005 + (n / 40) * 0.01, 4326)),
					       250000, 250000, false, '{}', ARRAY['doe', 'frwo', 'agriculture', 'energy', 'nioc'], false, false
					FROM generate_series(0, 999) n
					""")
			.param("applicant", Fixtures.APPLICANT)
			.update();
		this.db.sql("""
				INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day,
				                     last_day_solar_hijri, agency_overlaps)
				SELECT a.id, agency, a.received_at, (SELECT min(id) FROM legal_rule),
				       TIMESTAMPTZ '2026-05-15 20:30Z', DATE '2026-05-15', '1405-02-25', '[]'
				FROM application a, unnest(ARRAY['doe', 'frwo', 'agriculture', 'energy', 'nioc']) agency
				""").update();
		long before = this.db.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
		try (Instance first = new Instance(MINUTE_AFTER); Instance second = new Instance(MINUTE_AFTER)) {
			CyclicBarrier together = new CyclicBarrier(2);
			List<CompletableFuture<Integer>> sweeps = List.of(first, second)
				.stream()
				.map((instance) -> CompletableFuture.supplyAsync(() -> {
					await(together);
					return instance.sweeper().sweep();
				}))
				.toList();
			int deemed = sweeps.stream().mapToInt(CompletableFuture::join).sum();
			assertThat(deemed).isEqualTo(5000);
		}
		assertThat(
				this.db.sql("SELECT count(*) FROM inquiry WHERE status = 'DEEMED_CONSENT'").query(Long.class).single())
			.isEqualTo(5000);
		assertThat(this.db.sql("SELECT count(*) FROM application WHERE status = 'READY_FOR_DECISION'")
			.query(Long.class)
			.single()).isEqualTo(1000);
		List<Long> audit = this.db
			.sql("""
					SELECT count(*), count(DISTINCT subject) FROM audit_event WHERE action = 'inquiry.deemed' AND id > :before
					""")
			.param("before", before)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single();
		assertThat(audit).containsExactly(5000L, 5000L);
	}

	@Test
	@DisplayName("Art. 24 figures: a day is Tehran's, from its first instant to the next day's first")
	void article24_theAgenciesFiguresCountTehransDays() {
		List<String> areas = List.of(InquiryTests.AREA,
				"POLYGON((54.28 32.3, 54.3 32.3, 54.3 32.32, 54.28 32.32, 54.28 32.3))");
		List<String> clocks = List.of("2026-01-14T20:29:59.999Z", "2026-01-14T20:30:00Z");
		for (int i = 0; i < 2; i++) {
			try (Instance notifying = new Instance(clocks.get(i))) {
				submit(notifying.api, areas.get(i), Fixtures.APPLICANT);
			}
		}
		// The test clock, 2026-01-15T08:00:00Z, is 11:30 on the 15th in Tehran.
		assertThat(openAtDoe("to=2026-01-14")).as("the last millisecond of the 14th").isEqualTo(1);
		assertThat(openAtDoe("from=2026-01-15")).as("midnight, the 15th's first instant").isEqualTo(1);
		assertThat(openAtDoe("from=2026-01-14&to=2026-01-15")).isEqualTo(2);
		assertThat(openAtDoe("days=1")).as("today").isEqualTo(1);
		assertThat(openAtDoe("days=2")).isEqualTo(2);
	}

	private long openAtDoe(String period) {
		JsonNode figures = this.api.get("/api/v1/inquiries/by-agency?" + period, Fixtures.OFFICER).json();
		assertThat(figures).as(period).singleElement();
		assertThat(figures.get(0).get("agency").stringValue()).isEqualTo("doe");
		return figures.get(0).get("open").longValue();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String submit(String wkt, String applicant) {
		return submit(this.api, wkt, applicant);
	}

	private String submit(Api api, String wkt, String applicant) {
		Api.Response response = api.postJson("/api/v1/applications", applicant,
				"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().get("id").stringValue();
	}

	private String inquiry(String application) {
		return this.api.get("/api/v1/applications/" + application, Fixtures.OFFICER)
			.json()
			.get("inquiries")
			.get(0)
			.get("id")
			.stringValue();
	}

	private String storedStatus(String inquiry) {
		return this.db.sql("SELECT status FROM inquiry WHERE id = CAST(:id AS uuid)")
			.param("id", inquiry)
			.query(String.class)
			.single();
	}

	private long events(String action, String inquiry) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", "inquiry:" + inquiry)
			.query(Long.class)
			.single();
	}

	private long notifications(String kind) {
		return this.db.sql("""
				SELECT count(*) FROM notification n
				WHERE kind = :kind AND EXISTS (SELECT 1 FROM inquiry i WHERE n.body LIKE '%' || i.id || '%')
				""").param("kind", kind).query(Long.class).single();
	}

	/** Another service instance on the same database, its clock fixed at an instant. */
	static final class Instance implements AutoCloseable {

		final ConfigurableApplicationContext context;

		final Api api;

		Instance(String clock) {
			this.context = new SpringApplicationBuilder(CadastreApplication.class).profiles("test")
				.run("--server.port=0", "--cadastre.clock.fixed=" + clock);
			this.api = new Api(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")));
		}

		DeemedConsents sweeper() {
			return this.context.getBean(DeemedConsents.class);
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
