package ir.cadastre.licence;

import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article 20: the ministry warns the holder of an exploitation licence who does not
 * fulfil an obligation, with a deadline; after it, damages or unfitness, never before;
 * the licence stays valid. The test clock is 2026-01-15T08:00:00Z (1404-10-25).
 */
@CadastreTest
class LicenceWarningTests extends ApiTest {

	private static final String FENCE = "{\"obligation\":\"Fence the open pit\",\"days\":60}";

	@Autowired
	LicenceTerms terms;

	@BeforeEach
	void setUp() {
		this.db.sql("DELETE FROM notification").update();
	}

	@Test
	@DisplayName("Art. 20: the officer warns the holder with a deadline, the holder reports what it did, the officer finds it fulfilled")
	void article20_warnedReportedFulfilled() {
		String licence = exploitation();
		Api.Response warned = warn(licence, FENCE);
		assertThat(warned.status()).as(warned.body()).isEqualTo(201);
		JsonNode warning = warned.json().get("warnings").get(0);
		assertThat(warning.get("obligation").stringValue()).isEqualTo("Fence the open pit");
		assertThat(warning.get("status").stringValue()).isEqualTo("OPEN");
		assertThat(warning.get("issuedBy").stringValue()).isEqualTo(Fixtures.OFFICER);
		// 60 days from 1404-10-25: the end of 1404-12-25 (2026-03-16) in Tehran.
		assertThat(warning.get("lastDaySolarHijri").stringValue()).isEqualTo("1404-12-25");
		assertThat(warning.get("deadline").stringValue()).isEqualTo("2026-03-16T20:30:00Z");
		assertThat(warning.get("daysLeft").intValue()).isEqualTo(60);
		long number = warned.json().get("number").longValue();
		assertThat(notice(Fixtures.APPLICANT, "Warning on licence " + number))
			.contains("by the end of 25 Esfand 1404: Fence the open pit.");
		assertThat(warned(true)).containsExactly(licence);
		String path = "/api/v1/licences/" + licence + "/warnings/" + warning.get("id").longValue();

		Api.Response early = decide(path, "{\"outcome\":\"DAMAGES\",\"reason\":\"not fenced\"}");
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.json().get("type").stringValue()).endsWith(":warning-not-overdue");
		assertThat(early.json().get("detail").stringValue()).contains("1404-12-25").contains("Art. 20");

		assertThat(report(path, Fixtures.APPLICANT2, "{\"note\":\"x\"}").status()).isEqualTo(403);
		assertThat(report(path, Fixtures.OFFICER, "{\"note\":\"x\"}").status()).isEqualTo(403);
		assertThat(report(path, Fixtures.APPLICANT, "{\"note\":\" \"}").status()).isEqualTo(400);
		Api.Response reported = report(path, Fixtures.APPLICANT, "{\"note\":\"Fenced on 1404-11-02\"}");
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);
		assertThat(reported.json().get("warnings").get(0).get("report").stringValue())
			.isEqualTo("Fenced on 1404-11-02");
		assertThat(reported.json().get("warnings").get(0).get("reportedAt").stringValue())
			.isEqualTo("2026-01-15T08:00:00Z");
		assertThat(notice(Fixtures.OFFICER, "Licence " + number + ": the holder reported on the warning"))
			.contains("Fenced on 1404-11-02");
		assertThat(report(path, Fixtures.APPLICANT, "{\"note\":\"again\"}").json().get("type").stringValue())
			.endsWith(":already-reported");

		Api.Response fulfilled = decide(path, "{\"outcome\":\"FULFILLED\"}");
		assertThat(fulfilled.status()).as(fulfilled.body()).isEqualTo(200);
		JsonNode decided = fulfilled.json().get("warnings").get(0);
		assertThat(decided.get("status").stringValue()).isEqualTo("FULFILLED");
		assertThat(decided.get("decidedBy").stringValue()).isEqualTo(Fixtures.OFFICER);
		assertThat(decided.get("daysLeft").isNull()).isTrue();
		assertThat(fulfilled.json().get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(notice(Fixtures.APPLICANT, "Warning on licence " + number + " decided"))
			.contains("found the obligation fulfilled");
		assertThat(warned(true)).isEmpty();
		assertThat(warned(false)).contains(licence);
		assertThat(decide(path, "{\"outcome\":\"FULFILLED\"}").json().get("type").stringValue())
			.endsWith(":warning-decided");
		assertThat(this.db
			.sql("SELECT action FROM audit_event WHERE subject = :subject AND action LIKE '%warn%' ORDER BY id")
			.param("subject", "licence:" + licence)
			.query(String.class)
			.list()).containsExactly("licence.warn", "licence.warning-report", "licence.warning-decide");
	}

	@Test
	@DisplayName("Art. 20: once the deadline passes undecided, the officer and the holder are told once, and the officer finds damages; the licence stays valid")
	void article20_afterTheDeadlineDamages() {
		String licence = exploitation();
		JsonNode warning = warn(licence, FENCE).json().get("warnings").get(0);
		String path = "/api/v1/licences/" + licence + "/warnings/" + warning.get("id").longValue();
		this.db.sql("""
				UPDATE licence_warning SET deadline = TIMESTAMPTZ '2026-01-14 20:30Z', last_day = DATE '2026-01-14',
				                           last_day_solar_hijri = '1404-10-24'
				""").update();
		JsonNode overdue = this.api.get("/api/v1/licences/" + licence, Fixtures.APPLICANT)
			.json()
			.get("warnings")
			.get(0);
		assertThat(overdue.get("status").stringValue()).isEqualTo("OVERDUE");
		assertThat(overdue.get("daysLeft").isNull()).isTrue();
		assertThat(warned(true)).as("still to be decided").containsExactly(licence);

		this.terms.sweep();
		this.terms.sweep();
		long number = this.api.get("/api/v1/licences/" + licence, Fixtures.APPLICANT).json().get("number").longValue();
		String subject = "Licence " + number + ": a warning's deadline passed";
		assertThat(notice(Fixtures.OFFICER, subject)).contains("passed at the end of 24 Dey 1404");
		assertThat(notice(Fixtures.APPLICANT, subject)).contains("The ministry will decide");

		Api.Response noReason = decide(path, "{\"outcome\":\"UNFIT\"}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().get("errors").get(0).get("field").stringValue()).isEqualTo("reason");
		Api.Response damages = decide(path, "{\"outcome\":\"DAMAGES\",\"reason\":\"the pit stayed open\"}");
		assertThat(damages.status()).as(damages.body()).isEqualTo(200);
		assertThat(damages.json().get("warnings").get(0).get("status").stringValue()).isEqualTo("DAMAGES");
		assertThat(damages.json().get("warnings").get(0).get("reason").stringValue()).isEqualTo("the pit stayed open");
		assertThat(damages.json().get("status").stringValue()).as("Art. 20: the licence stays valid")
			.isEqualTo("ACTIVE");
		assertThat(notice(Fixtures.APPLICANT, "Warning on licence " + number + " decided"))
			.contains("pay for the damage")
			.contains("the pit stayed open");
	}

	@Test
	@DisplayName("Art. 20: only an officer warns, only the holder of an active exploitation licence or withdrawal permit, and bad requests change nothing")
	void article20_badWarningsAreRefused() {
		String certificate = GrantedLicences
			.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceLifeTests.ELSEWHERE))
			.get("id")
			.stringValue();
		Api.Response notExploitation = warn(certificate, FENCE);
		assertThat(notExploitation.status()).isEqualTo(409);
		assertThat(notExploitation.json().get("detail").stringValue()).contains("Art. 20");
		String licence = exploitation();
		assertThat(this.api.postJson("/api/v1/licences/" + licence + "/warnings", Fixtures.APPLICANT, FENCE).status())
			.isEqualTo(403);
		for (String body : List.of("{\"obligation\":\"x\",\"days\":0}", "{\"obligation\":\"x\",\"days\":731}",
				"{\"obligation\":\"x\"}", "{\"obligation\":\" \",\"days\":5}", "{\"days\":5}",
				"{\"obligation\":\"x\",\"days\":5,\"status\":\"FULFILLED\"}",
				"{\"obligation\":\"x\",\"days\":\"soon\"}", "{\"obligation\":\"x\",\"days\":1e40}", "[]")) {
			Api.Response refused = warn(licence, body);
			assertThat(refused.status()).as(body).isEqualTo(400);
			assertThat(refused.isProblem()).isTrue();
		}
		String path = "/api/v1/licences/" + licence + "/warnings/";
		assertThat(decide(path + "999999", "{\"outcome\":\"FULFILLED\"}").status()).isEqualTo(404);
		assertThat(decide(path + "first", "{\"outcome\":\"FULFILLED\"}").status()).isEqualTo(400);
		long warning = warn(licence, FENCE).json().get("warnings").get(0).get("id").longValue();
		assertThat(decide(path + warning, "{\"outcome\":\"REVOKED\",\"reason\":\"x\"}").status()).isEqualTo(400);
		assertThat(decide("/api/v1/licences/" + certificate + "/warnings/" + warning, "{\"outcome\":\"FULFILLED\"}")
			.status()).as("another licence's warning").isEqualTo(404);
		assertThat(this.db.sql("SELECT count(*) FROM licence_warning WHERE outcome IS NULL").query(Long.class).single())
			.isOne();
	}

	private String exploitation() {
		return GrantedLicences.exploitation(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceLifeTests.AREA));
	}

	private Api.Response warn(String licence, String json) {
		return this.api.postJson("/api/v1/licences/" + licence + "/warnings", Fixtures.OFFICER, json);
	}

	private Api.Response report(String warning, String user, String json) {
		return this.api.postJson(warning + "/report", user, json);
	}

	private Api.Response decide(String warning, String json) {
		return this.api.postJson(warning + "/decision", Fixtures.OFFICER, json);
	}

	private List<String> warned(boolean warned) {
		return this.api.get("/api/v1/licences?warned=" + warned, Fixtures.OFFICER)
			.json()
			.valueStream()
			.map((l) -> l.get("id").stringValue())
			.toList();
	}

	/** The body of the one notification to a user with this subject. */
	private String notice(String user, String subject) {
		return this.db.sql("SELECT body FROM notification WHERE recipient = :user AND subject = :subject")
			.param("user", "user:" + user)
			.param("subject", subject)
			.query(String.class)
			.single();
	}

}
