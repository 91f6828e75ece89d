package ir.cadastre.inquiry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The period of the agencies' figures (Art. 24) is given as Gregorian days: a day the
 * database cannot hold, or a Solar Hijri day given as a Gregorian one (which would count
 * every inquiry since the year 1404 AD), is refused and names the parameter.
 */
@CadastreTest
class AgencyFiguresTests extends ApiTest {

	@Autowired
	private DeemedConsents deemedConsents;

	@ParameterizedTest(name = "Art. 24: by-agency?{0}={1} is a 400 naming {0}")
	@CsvSource({ "to, +5874897-12-31", "to, +294276-12-31", "from, +100000-01-01", "from, -5000-01-01",
			"from, 1404-10-25", "to, 1405-02-25", "from, 0000-01-01" })
	void article24_figuresRefuseDaysTheyCannotCount(String parameter, String day) {
		this.fixtures.feature("protected_areas", "Kavir", InquiryTests.PROTECTED);
		this.fixtures.application(this.api, Fixtures.APPLICANT, InquiryTests.AREA);
		Api.Response figures = this.api.get("/api/v1/inquiries/by-agency?" + parameter + "=" + day.replace("+", "%2B"),
				Fixtures.OFFICER);
		assertThat(figures.status()).as(figures.body()).isEqualTo(400);
		assertThat(figures.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(figures.json().get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
	}

	/**
	 * The sweeping job keeps the figures of each month whose inquiries are all settled
	 * (V47), so that the figures of all time do not count every inquiry ever notified;
	 * they stay the figures of the inquiries, whole months or cut by the period, and an
	 * inquiry written behind the kept months still counts.
	 */
	@Test
	void article24_figuresOfKeptMonthsAreTheFiguresOfTheirInquiries() {
		// 400 inquiries of two agencies notified from March to December 2025, settled but
		// for those of the last month, answered after n % 97 hours and some minutes.
		this.db
			.sql("""
					INSERT INTO application (receipt, received_at, status, type, mineral, applicant, geom, area_m2,
					                         requested_area_m2, trimmed, overlap_report, consulted_agencies, compensation, levy)
					SELECT nextval('application_receipt'), TIMESTAMPTZ '2025-03-01 00:00Z' + n * INTERVAL '17 hours',
					       'READY_FOR_DECISION', 'EXPLORATION', 'copper', :applicant,
					       ST_Multi(ST_MakeEnvelope(54 + (n % 20) * 0.01, 31 + (n / 20) * 0.01,
					                                54.005 + (n % 20) * 0.01, 31.005 + (n / 20) * 0.01, 4326)),
					       250000, 250000, false, '{}', ARRAY['doe', 'frwo'], false, false
					FROM generate_series(0, 399) n
					""")
			.param("applicant", Fixtures.APPLICANT)
			.update();
		this.db
			.sql("""
					INSERT INTO inquiry (application_id, agency_id, status, notified_at, rule_id, deadline, last_day,
					                     last_day_solar_hijri, agency_overlaps, answered_at, deemed_at, refused_geom)
					SELECT a.id, g.agency, s.status, a.received_at, (SELECT min(id) FROM legal_rule),
					       a.received_at + INTERVAL '4 months', (a.received_at + INTERVAL '4 months')::date, '1404-01-01', '[]',
					       CASE WHEN s.status IN ('CONSENTED', 'OBJECTED', 'PARTIALLY_OBJECTED')
					            THEN a.received_at + (a.receipt % 97) * INTERVAL '1 hour' + (a.receipt % 7) * INTERVAL '11 minutes' END,
					       CASE WHEN s.status = 'DEEMED_CONSENT' THEN a.received_at + INTERVAL '4 months' END,
					       CASE WHEN s.status = 'PARTIALLY_OBJECTED' THEN a.geom END
					FROM application a CROSS JOIN unnest(ARRAY['doe', 'frwo']) g (agency)
					CROSS JOIN LATERAL (SELECT CASE WHEN a.received_at >= TIMESTAMPTZ '2025-12-01 00:00Z' THEN 'OPEN'
					        ELSE (ARRAY['CONSENTED', 'OBJECTED', 'DEEMED_CONSENT', 'WITHDRAWN', 'PARTIALLY_OBJECTED'])
					             [(a.receipt + length(g.agency)) % 5 + 1] END AS status) s
					""")
			.update();
		List<String> periods = List.of("", "?from=2025-04-10&to=2025-07-20", "?from=2025-05-01", "?to=2025-06-30",
				"?days=3660");
		periods.forEach((period) -> checkFiguresCount(period));
		checkStatesCount();
		this.deemedConsents.sweep();
		assertThat(this.db.sql("SELECT count(*) FROM inquiry_month_figures").query(Long.class).single())
			.as("agency-months kept: March to August 2025, whose windows have all closed")
			.isGreaterThanOrEqualTo(12);
		periods.forEach((period) -> checkFiguresCount(period));
		checkStatesCount();
		// An inquiry notified in a kept month (under a clock set back) counts too.
		this.db
			.sql("""
					INSERT INTO inquiry (application_id, agency_id, status, notified_at, rule_id, deadline, last_day,
					                     last_day_solar_hijri, agency_overlaps, answered_at)
					SELECT a.id, 'agriculture', 'CONSENTED', TIMESTAMPTZ '2025-04-03 10:00Z', (SELECT min(id) FROM legal_rule),
					       TIMESTAMPTZ '2025-08-03 10:00Z', DATE '2025-08-03', '1404-05-12', '[]', TIMESTAMPTZ '2025-04-05 10:00Z'
					FROM application a ORDER BY a.receipt LIMIT 1
					""")
			.update();
		periods.forEach((period) -> checkFiguresCount(period));
		checkStatesCount();
		this.deemedConsents.sweep();
		periods.forEach((period) -> checkFiguresCount(period));
		checkStatesCount();
	}

	/**
	 * The officer's and the DoE reviewer's counts by state are those of every inquiry
	 * they may see.
	 */
	private void checkStatesCount() {
		for (String user : List.of(Fixtures.OFFICER, Fixtures.DOE_REVIEWER)) {
			JsonNode counts = this.api.get("/api/v1/inquiries/counts", user).json();
			this.db.sql("""
					SELECT s.state, count(i.id) AS n
					FROM unnest(ARRAY['OPEN', 'CONSENTED', 'OBJECTED', 'PARTIALLY_OBJECTED', 'DEEMED_CONSENT',
					                  'WITHDRAWN']) s (state)
					LEFT JOIN inquiry i ON inquiry_status(i) = s.state AND (:everyAgency OR i.agency_id = 'doe')
					GROUP BY s.state
					""")
				.param("everyAgency", user.equals(Fixtures.OFFICER))
				.query()
				.listOfRows()
				.forEach((row) -> assertThat(counts.get((String) row.get("state")).longValue()).as(user + " " + row)
					.isEqualTo(row.get("n")));
		}
	}

	/**
	 * The officer's figures for the period are those counted from every inquiry in it.
	 */
	private void checkFiguresCount(String period) {
		JsonNode figures = this.api.get("/api/v1/inquiries/by-agency" + period, Fixtures.OFFICER).json();
		Map<String, String> query = Arrays.stream(period.replace("?", "").split("&"))
			.filter((pair) -> !pair.isEmpty())
			.collect(Collectors.toMap((pair) -> pair.split("=")[0], (pair) -> pair.split("=")[1]));
		List<Map<String, Object>> counted = this.db
			.sql("""
					WITH period AS (
					    SELECT coalesce(CASE WHEN CAST(:days AS int) IS NOT NULL
					                         THEN (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date - CAST(:days AS int) + 1
					                         ELSE CAST(:from AS date) END::timestamp AT TIME ZONE 'Asia/Tehran', '-infinity') AS starts,
					           coalesce((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Asia/Tehran', 'infinity') AS ends
					)
					SELECT i.agency_id, count(*) FILTER (WHERE inquiry_status(i) = 'OPEN') AS open,
					       count(*) FILTER (WHERE inquiry_status(i) = 'CONSENTED') AS consented,
					       count(*) FILTER (WHERE inquiry_status(i) = 'OBJECTED') AS objected,
					       count(*) FILTER (WHERE inquiry_status(i) = 'PARTIALLY_OBJECTED') AS partially_objected,
					       count(*) FILTER (WHERE inquiry_status(i) = 'DEEMED_CONSENT') AS deemed_consent,
					       count(*) FILTER (WHERE inquiry_status(i) = 'WITHDRAWN') AS withdrawn,
					       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM i.answered_at - i.notified_at) / 86400)
					           AS median
					FROM period, inquiry i WHERE i.notified_at >= period.starts AND i.notified_at < period.ends
					GROUP BY 1 ORDER BY 1
					""")
			.param("days", (query.get("days") != null) ? Integer.valueOf(query.get("days")) : null)
			.param("from", (query.get("from") != null) ? LocalDate.parse(query.get("from")) : null)
			.param("to", (query.get("to") != null) ? LocalDate.parse(query.get("to")) : null)
			.query()
			.listOfRows();
		assertThat(figures).as(period).hasSize(counted.size());
		for (int i = 0; i < counted.size(); i++) {
			JsonNode agency = figures.get(i);
			Map<String, Object> row = counted.get(i);
			assertThat(agency.get("agency").stringValue()).isEqualTo(row.get("agency_id"));
			assertThat(List.<Object>of(agency.get("open").longValue(), agency.get("consented").longValue(),
					agency.get("objected").longValue(), agency.get("partiallyObjected").longValue(),
					agency.get("deemedConsent").longValue(), agency.get("withdrawn").longValue()))
				.as(period + " " + row)
				.containsExactly(row.get("open"), row.get("consented"), row.get("objected"),
						row.get("partially_objected"), row.get("deemed_consent"), row.get("withdrawn"));
			assertThat(agency.get("medianDaysToAnswer").doubleValue()).as(period + " median of " + row)
				.isCloseTo(((Number) row.get("median")).doubleValue(), within(0.021));
		}
	}

}
