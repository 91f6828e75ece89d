package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;

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
 * A list's {@code next} carries the place of its page's last item ({@code after}), so
 * that the next page starts there: items added on the pages already read, as submissions
 * and inquiries arrive while a user reads, move no item onto a page again or past the
 * pages still to read. The test clock is 2026-01-15T08:00:00Z.
 */
@CadastreTest
class PagesAfterAPlaceTests extends ApiTest {

	ListRows rows;

	@BeforeEach
	void setUp() {
		this.rows = new ListRows(this.db);
	}

	@Test
	void applicationsSubmittedWhileTheListIsReadRepeatNoneAndLoseNone() {
		this.rows.applications(25, "READY_FOR_DECISION");
		this.rows.applications(25, "GRANTED");
		for (String user : List.of(Fixtures.OFFICER, Fixtures.APPLICANT, Fixtures.DOE_REVIEWER)) {
			List<String> whole = ids(this.api.get("/api/v1/applications", user).json());
			// Three pages read, to the 30th item, the first decided ones; then, before
			// the fourth, submissions come (pending ones, which the list puts before the
			// decided ones) and decisions on others (the latest decided, first of
			// theirs).
			List<String> read = new ArrayList<>();
			String next = "/api/v1/applications?pageSize=10";
			for (int page = 0; page < 3; page++) {
				JsonNode answer = this.api.get(next, user).json();
				read.addAll(ids(answer.get("items")));
				next = answer.get("next").asString();
			}
			List<String> added = new ArrayList<>(this.rows.applications(4, "SUBMITTED"));
			added.addAll(this.rows.applications(3, "REJECTED"));
			read.addAll(rest(next, user));
			assertThat(read).as(user).doesNotHaveDuplicates().containsAll(whole);
			assertThat(read.stream().filter(whole::contains)).as(user).isEqualTo(whole);
			this.db.sql("DELETE FROM application WHERE id::text IN (:added)").param("added", added).update();
		}
	}

	@Test
	void article24_inquiriesOpenedWhileTheListIsReadRepeatNoneAndLoseNone() {
		this.rows.applications(30, "UNDER_CONSULTATION");
		// 20 open until May, 10 deemed consents since December.
		this.rows.doeInquiries("a.receipt % 3 > 0");
		for (String user : List.of(Fixtures.OFFICER, Fixtures.DOE_REVIEWER)) {
			List<String> whole = ids(this.api.get("/api/v1/inquiries", user).json());
			JsonNode first = this.api.get("/api/v1/inquiries?pageSize=7", user).json();
			List<String> read = new ArrayList<>(ids(first.get("items")));
			// Windows that close before those read (a shorter one, or after a decree's
			// extension of the others), opened before the second page is read.
			int opened = this.db
				.sql("""
						INSERT INTO inquiry (application_id, agency_id, notified_at, rule_id, deadline, last_day,
						                     last_day_solar_hijri, agency_overlaps)
						SELECT a.id, 'frwo', a.received_at, (SELECT min(id) FROM legal_rule), TIMESTAMPTZ '2026-02-01 20:30Z',
						       DATE '2026-02-01', '1404-11-12', '[]'
						FROM application a WHERE a.receipt % 3 = 0
						""")
				.update();
			assertThat(opened).isEqualTo(10);
			read.addAll(rest(first.get("next").asString(), user));
			assertThat(read).as(user).doesNotHaveDuplicates().containsAll(whole);
			assertThat(read.stream().filter(whole::contains)).as(user).isEqualTo(whole);
			this.db.sql("DELETE FROM inquiry WHERE agency_id = 'frwo'").update();
		}
	}

	@Test
	void aPageAskedForByItsNumberIsThePageNextLeadsTo() {
		this.rows.applications(12, "SUBMITTED");
		this.rows.applications(13, "WITHDRAWN");
		JsonNode third = this.api.get("/api/v1/applications?page=3&pageSize=5", Fixtures.OFFICER).json();
		JsonNode first = this.api.get("/api/v1/applications?pageSize=5", Fixtures.OFFICER).json();
		JsonNode second = this.api.get(first.get("next").asString(), Fixtures.OFFICER).json();
		JsonNode followed = this.api.get(second.get("next").asString(), Fixtures.OFFICER).json();
		assertThat(followed.get("page").asInt()).isEqualTo(3);
		assertThat(ids(followed.get("items"))).isEqualTo(ids(third.get("items")));
		assertThat(third.get("next").asString()).contains("page=4").contains("pageSize=5").contains("after=");
	}

	@Test
	void aPlaceNoListGaveIsRefusedWithTheParameterNamed() {
		for (String query : List.of("applications?after=!!", "applications?after=OSAx", "applications?after=MSB0d28",
				"inquiries?after=MCBub3cgaWQ", "inquiries?after=MSAyMDI2LTAxLTE1VDA4OjAwOjAwWiB4", "licences?after=eA",
				"audit?after=eA", "activity-reports?after=eA", "applications?pageSize=5&after=" + "A".repeat(201))) {
			Api.Response response = this.api.get("/api/v1/" + query, Fixtures.OFFICER);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).isTrue();
			JsonNode problem = response.json();
			assertThat(problem.get("type").asString()).isEqualTo("urn:cadastre:problem:invalid-parameter");
			assertThat(problem.get("errors").get(0).get("field").asString()).as(query).isEqualTo("after");
		}
	}

	/**
	 * The ids of the pages from this address to the last, following each {@code next}.
	 */
	private List<String> rest(String address, String user) {
		List<String> ids = new ArrayList<>();
		while (address != null) {
			Api.Response response = this.api.get(address, user);
			assertThat(response.status()).as(address).isEqualTo(200);
			ids.addAll(ids(response.json().get("items")));
			address = response.json().get("next").isNull() ? null : response.json().get("next").asString();
			assertThat(ids).hasSizeLessThan(1000);
		}
		return ids;
	}

	private static List<String> ids(JsonNode items) {
		List<String> ids = new ArrayList<>();
		items.forEach((item) -> ids.add(item.get("id").asString()));
		return ids;
	}

}
