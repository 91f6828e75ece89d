package ir.cadastre.notify;

import java.net.http.HttpRequest;
import java.util.Collections;
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
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user reads, in the service, the notices to it and to its agency, in the language it
 * chose, and which of them are new.
 */
@CadastreTest
class InboxTests {

	@Autowired
	JdbcClient db;

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).users();
		this.api = new Api(this.port);
		// Every fixture user reads Persian, the default, and has seen every notice so
		// far.
		this.db.sql("""
				UPDATE app_user SET language = 'fa', notices_seen = (SELECT coalesce(max(id), 0) FROM notification)
				WHERE username LIKE 't-%'
				""").update();
	}

	@Test
	void aUserReadsItsOwnNoticesAndItsAgencysNewestFirstInItsLanguage() {
		tell(renewed("user:" + Fixtures.APPLICANT, 11), renewed("user:" + Fixtures.APPLICANT2, 12),
				renewed("agency:doe", 13), renewed("user:" + Fixtures.DOE_REVIEWER, 14));

		JsonNode applicant = inbox(Fixtures.APPLICANT, "");
		assertThat(applicant.get("unread").longValue()).isEqualTo(1);
		assertThat(applicant.get("items").get(0).get("subject").stringValue()).isEqualTo("پروانهٔ ۱۱ تمدید شد");
		assertThat(applicant.get("items").get(0).get("unread").booleanValue()).isTrue();
		assertThat(applicant.get("items").get(0).get("kind").stringValue()).isEqualTo("LICENCE");
		assertThat(subjects(inbox(Fixtures.APPLICANT, "?language=en"))).first().isEqualTo("Licence 11 renewed");
		assertThat(subjects(applicant)).as("not another applicant's, nor an agency's")
			.doesNotContain("پروانهٔ ۱۲ تمدید شد", "پروانهٔ ۱۳ تمدید شد");

		JsonNode reviewer = inbox(Fixtures.DOE_REVIEWER, "?language=en");
		assertThat(reviewer.get("unread").longValue()).isEqualTo(2);
		assertThat(subjects(reviewer)).startsWith("Licence 14 renewed", "Licence 13 renewed");
		assertThat(subjects(inbox(Fixtures.FRWO_REVIEWER, "?language=en"))).doesNotContain("Licence 13 renewed");
	}

	@Test
	void aNoticeIsDatedByTheServicesClockAsWhatItTellsOf() {
		tell(renewed("user:" + Fixtures.APPLICANT, 15));
		assertThat(inbox(Fixtures.APPLICANT, "?language=en").get("items").get(0).get("at").stringValue())
			.as("the test clock: a notice dated by another clock reads as sent before or after what it tells of")
			.isEqualTo("2026-01-15T08:00:00Z");
	}

	@Test
	void theLanguageAUserChoosesIsTheOneItsNoticesAreIn() {
		Api.Response chosen = put(Fixtures.APPLICANT, "{\"language\": \"en\"}");
		assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
		assertThat(chosen.json().get("language").stringValue()).isEqualTo("en");
		assertThat(this.api.get("/api/v1/me", Fixtures.APPLICANT).json().get("language").stringValue()).isEqualTo("en");
		tell(renewed("user:" + Fixtures.APPLICANT, 21));
		assertThat(subjects(inbox(Fixtures.APPLICANT, ""))).first().isEqualTo("Licence 21 renewed");
		assertThat(subjects(inbox(Fixtures.APPLICANT, "?language=fa"))).first().isEqualTo("پروانهٔ ۲۱ تمدید شد");
	}

	@Test
	void whatTheUserHasSeenIsNoLongerNew() {
		tell(renewed("user:" + Fixtures.APPLICANT, 31), renewed("user:" + Fixtures.APPLICANT, 32));
		JsonNode before = inbox(Fixtures.APPLICANT, "");
		assertThat(before.get("unread").longValue()).isEqualTo(2);
		long newest = before.get("items").get(0).get("id").longValue();
		long older = before.get("items").get(1).get("id").longValue();

		assertThat(seen(Fixtures.APPLICANT, "{\"through\": " + older + "}").status()).isEqualTo(204);
		JsonNode half = inbox(Fixtures.APPLICANT, "");
		assertThat(half.get("unread").longValue()).isEqualTo(1);
		assertThat(half.get("items").get(1).get("unread").booleanValue()).isFalse();

		assertThat(seen(Fixtures.APPLICANT, "{\"through\": " + (newest + 1_000_000) + "}").status()).isEqualTo(204);
		assertThat(inbox(Fixtures.APPLICANT, "").get("unread").longValue()).isZero();
		assertThat(seen(Fixtures.APPLICANT, "{\"through\": 0}").status()).as("never unmarks").isEqualTo(204);
		assertThat(inbox(Fixtures.APPLICANT, "").get("unread").longValue()).isZero();
		tell(renewed("user:" + Fixtures.APPLICANT, 33));
		assertThat(inbox(Fixtures.APPLICANT, "").get("unread").longValue()).as("a notice made later is new")
			.isEqualTo(1);
	}

	@Test
	void theNewNoticesAreCountedUpToAThousand() {
		Notification notice = renewed("user:" + Fixtures.APPLICANT2, 50);
		tell(Collections.nCopies(1001, notice).toArray(Notification[]::new));
		assertThat(inbox(Fixtures.APPLICANT2, "?limit=1").get("unread").longValue()).isEqualTo(1000);
	}

	@Test
	void olderNoticesFollowPageByPage() {
		tell(renewed("user:" + Fixtures.APPLICANT2, 41), renewed("agency:frwo", 42),
				renewed("user:" + Fixtures.APPLICANT2, 43));
		JsonNode first = inbox(Fixtures.APPLICANT2, "?limit=2&language=en");
		assertThat(subjects(first)).containsExactly("Licence 43 renewed", "Licence 41 renewed");
		String next = first.get("next").stringValue();
		assertThat(next).startsWith("/api/v1/notifications?before=").endsWith("&limit=2&language=en");
		long oldestShown = first.get("items").get(1).get("id").longValue();
		assertThat(this.api.get(next, Fixtures.APPLICANT2).json().get("items").valueStream())
			.allSatisfy((older) -> assertThat(older.get("id").longValue()).isLessThan(oldestShown));
	}

	@Test
	void anOfficerReadsTheDigestOfAnAnchorInPersian() {
		assertThat(this.api.post("/api/v1/audit/anchors", Fixtures.OFFICER, "application/json", "").status())
			.isEqualTo(201);
		JsonNode notice = inbox(Fixtures.OFFICER, "").get("items").get(0);
		assertThat(notice.get("kind").stringValue()).isEqualTo("AUDIT_ANCHOR");
		assertThat(notice.get("subject").stringValue()).startsWith("لنگر سابقهٔ رویدادها ").matches(".*[۰-۹]+");
		assertThat(notice.get("body").stringValue()).startsWith("این چکیده را بیرون از سامانه نگه دارید: ")
			.containsPattern("[0-9a-f]{64}");
	}

	@Test
	void badRequestsAreRefusedAndChangeNothing() {
		for (String query : List.of("?language=de", "?limit=0", "?limit=101", "?limit=x", "?before=0", "?before=-3",
				"?before=1e3")) {
			Api.Response refused = this.api.get("/api/v1/notifications" + query, Fixtures.APPLICANT);
			assertThat(refused.status()).as(query).isEqualTo(400);
			assertThat(refused.isProblem()).as(query).isTrue();
		}
		for (String body : List.of("{\"through\": -1}", "{}", "{\"through\": \"x\"}", "{\"through\": 1, \"x\": 1}",
				"[]", "")) {
			assertThat(seen(Fixtures.APPLICANT, body).status()).as(body).isEqualTo(400);
		}
		for (String body : List.of("{\"language\": \"de\"}", "{}", "{\"language\": \"fa\", \"theme\": \"dark\"}")) {
			Api.Response refused = put(Fixtures.APPLICANT, body);
			assertThat(refused.status()).as(body).isEqualTo(400);
			assertThat(refused.isProblem()).as(body).isTrue();
		}
		assertThat(this.api.get("/api/v1/me", Fixtures.APPLICANT).json().get("language").stringValue()).isEqualTo("fa");
		assertThat(this.api.get("/api/v1/notifications", null).status()).isEqualTo(401);
	}

	private static Notification renewed(String recipient, long number) {
		return Notification.of("LICENCE", recipient, "licence:1", "licence.renewed", "number", number, "years", 5,
				"lastDay", new SolarDay("1410-10-30"));
	}

	private void tell(Notification... notifications) {
		this.transaction.executeWithoutResult((status) -> this.outbox.add(List.of(notifications)));
	}

	private JsonNode inbox(String user, String query) {
		Api.Response response = this.api.get("/api/v1/notifications" + query, user);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> subjects(JsonNode inbox) {
		return inbox.get("items").valueStream().map((item) -> item.get("subject").stringValue()).toList();
	}

	private Api.Response seen(String user, String json) {
		return this.api.postJson("/api/v1/notifications/seen", user, json);
	}

	private Api.Response put(String user, String json) {
		return this.api.send(this.api.request("/api/v1/me/language", user)
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)));
	}

}
