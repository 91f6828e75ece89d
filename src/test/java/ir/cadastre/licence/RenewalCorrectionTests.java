package ir.cadastre.licence;

import java.util.List;
import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import ir.cadastre.licence.LicenceTermTests.Instance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer corrects the years of a renewal typed wrongly, before the period it added
 * begins (Art. 10 note 3). At the test clock, 2026-01-15T08:00:00Z (1404-10-25 in
 * Tehran).
 */
@CadastreTest
class RenewalCorrectionTests extends ApiTest {

	@Test
	@DisplayName("Art. 10 note 3: a renewal's years are corrected from the day it followed, audited, told to the holder in Persian and English, and in the licence's history")
	void article10_anOfficerCorrectsAMistypedRenewal() {
		String licence = exploitation(LicenceLifeTests.AREA, 10);
		assertThat(view(licence).get("renewalCorrectableUntilSolarHijri").isNull()).as("not renewed").isTrue();
		assertThat(post(licence, "renewal", "{\"years\":5}").status()).isEqualTo(200);
		assertThat(view(licence).get("renewalCorrectableUntilSolarHijri").stringValue()).isEqualTo("1414-10-25");

		Api.Response corrected = post(licence, "renewal-correction", "{\"years\":3,\"reason\":\" typed 5 for 3 \"}");
		assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
		JsonNode view = corrected.json();
		assertThat(view.get("lastDaySolarHijri").stringValue()).as("1414-10-25 and 3 years").isEqualTo("1417-10-25");
		assertThat(view.get("termYears").intValue()).isEqualTo(3);
		assertThat(view.get("endsAt").stringValue()).isEqualTo(featureEndsAt(licence));
		assertThat(view.get("renewalCorrectableUntilSolarHijri").stringValue()).isEqualTo("1414-10-25");

		JsonNode history = this.api.get("/api/v1/audit?subject=licence:" + licence, Fixtures.OFFICER).json();
		assertThat(history.valueStream().map((e) -> e.get("action").stringValue())).containsSubsequence("licence.renew",
				"licence.renewal-correct");
		JsonNode correction = history.get(history.size() - 1);
		assertThat(correction.get("actor").stringValue()).isEqualTo(Fixtures.OFFICER);
		assertThat(correction.get("details").stringValue()).contains("\"from\": \"1414-10-25\"",
				"\"was\": \"1419-10-25\"", "\"to\": \"1417-10-25\"", "\"years\": 3", "\"reason\": \"typed 5 for 3\"");
		assertThat(notices(licence, "body")).singleElement()
			.asString()
			.contains("renewed for 3 years, until the end of 25 Dey 1417, not until the end of 25 Dey 1419",
					"Reason: typed 5 for 3");
		assertThat(notices(licence, "body_fa")).singleElement()
			.asString()
			.contains("۳ سال", "۲۵ دی ۱۴۱۷", "۲۵ دی ۱۴۱۹", "typed 5 for 3");

		Api.Response same = post(licence, "renewal-correction", "{\"years\":3,\"reason\":\"again\"}");
		assertThat(same.status()).as("a double click").isEqualTo(409);
		assertThat(same.json().get("type").stringValue()).endsWith(":nothing-to-correct");
		Api.Response renewal = post(licence, "renewal", "{\"years\":3}");
		assertThat(renewal.status()).as("the corrected period is still renewed once").isEqualTo(409);
		assertThat(renewal.json().get("type").stringValue()).endsWith(":already-renewed");
		assertThat(post(licence, "renewal-correction", "{\"years\":25,\"reason\":\"25 after all\"}").status())
			.isEqualTo(200);
		assertThat(lastDay(licence)).isEqualTo("1439-10-25");
	}

	@Test
	@DisplayName("Art. 10 note 3: a correction of 0 or 26 years, of text, without a reason, of a licence not renewed or not an exploitation licence, or by anyone but an officer is a 4xx problem and changes nothing")
	void article10_badCorrectionsChangeNothing() {
		String licence = exploitation(LicenceLifeTests.AREA, 10);
		String never = exploitation(LicenceLifeTests.ELSEWHERE, 10);
		String certificate = GrantedLicences
			.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceTermTests.EAST))
			.get("id")
			.stringValue();
		assertThat(post(licence, "renewal", "{\"years\":5}").status()).isEqualTo(200);
		record Bad(String licence, String body, int status, String type) {
		}
		List<Bad> bad = List.of(new Bad(licence, "{\"years\":0,\"reason\":\"x\"}", 400, "invalid-request"),
				new Bad(licence, "{\"years\":26,\"reason\":\"x\"}", 422, "period-too-long"),
				new Bad(licence, "{\"years\":\"three\",\"reason\":\"x\"}", 400, null),
				new Bad(licence, "{\"years\":2.5,\"reason\":\"x\"}", 400, null),
				new Bad(licence, "{\"years\":3}", 400, "invalid-request"),
				new Bad(licence, "{\"years\":3,\"reason\":\"  \"}", 400, "invalid-request"),
				new Bad(licence, "{\"years\":3,\"reason\":\"x\",\"after\":\"1414-10-25\"}", 400, "unknown-field"),
				new Bad(never, "{\"years\":3,\"reason\":\"x\"}", 409, "not-renewed"),
				new Bad(certificate, "{\"years\":3,\"reason\":\"x\"}", 409, "licence-type"),
				new Bad("00000000-0000-0000-0000-000000000000", "{\"years\":3,\"reason\":\"x\"}", 404,
						"licence-not-found"));
		for (Bad request : bad) {
			Api.Response refused = post(request.licence(), "renewal-correction", request.body());
			assertThat(refused.status()).as(request.body() + " " + refused.body()).isEqualTo(request.status());
			assertThat(refused.isProblem()).isTrue();
			if (request.type() != null) {
				assertThat(refused.json().get("type").stringValue()).endsWith(":" + request.type());
			}
		}
		for (String user : List.of(Fixtures.APPLICANT, Fixtures.DOE_REVIEWER, Fixtures.GIS_ADMIN)) {
			Api.Response refused = this.api.postJson("/api/v1/licences/" + licence + "/renewal-correction", user,
					"{\"years\":3,\"reason\":\"x\"}");
			assertThat(refused.status()).as(user).isEqualTo(403);
			assertThat(refused.isProblem()).isTrue();
		}
		assertThat(lastDay(licence)).isEqualTo("1419-10-25");
		assertThat(lastDay(never)).isEqualTo("1414-10-25");
		assertThat(this.db
			.sql("SELECT count(*) FROM audit_event WHERE action = 'licence.renewal-correct' AND subject = :subject")
			.param("subject", "licence:" + licence)
			.query(Long.class)
			.single()).isZero();
		assertThat(notices(licence, "body")).isEmpty();
	}

	@Test
	@DisplayName("Art. 10 note 3: a renewal is corrected until the end of the last day of the period it followed; once its period has begun, 409 renewal-begun saying what the officer does then")
	void article10_aRenewalIsCorrectedOnlyBeforeItsPeriodBegins() {
		String licence = exploitation(LicenceTermTests.EAST, 1);
		assertThat(post(licence, "renewal", "{\"years\":2}").status()).isEqualTo(200);
		assertThat(lastDay(licence)).isEqualTo("1407-10-25");
		try (Instance before = new Instance(LicenceTermTests.MINUTE_BEFORE)) {
			assertThat(view(before.api, licence).get("renewalCorrectableUntilSolarHijri").stringValue())
				.isEqualTo("1405-10-25");
			Api.Response corrected = correct(before.api, licence, 3);
			assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
			assertThat(lastDay(licence)).isEqualTo("1408-10-25");
		}
		try (Instance after = new Instance(LicenceTermTests.MINUTE_AFTER)) {
			assertThat(view(after.api, licence).get("renewalCorrectableUntilSolarHijri").isNull()).isTrue();
			Api.Response begun = correct(after.api, licence, 2);
			assertThat(begun.status()).as(begun.body()).isEqualTo(409);
			assertThat(begun.json().get("type").stringValue()).endsWith(":renewal-begun");
			assertThat(begun.json().get("detail").stringValue()).contains("after 1405-10-25", "renewed again",
					"closure");
		}
		assertThat(lastDay(licence)).isEqualTo("1408-10-25");
	}

	private String exploitation(String wkt, int years) {
		String certificate = GrantedLicences.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(wkt))
			.get("id")
			.stringValue();
		return post(certificate, "exploitation-licence", "{\"years\":" + years + "}").json().get("id").stringValue();
	}

	private Api.Response post(String licence, String action, String body) {
		return this.api.postJson("/api/v1/licences/" + licence + "/" + action, Fixtures.OFFICER, body);
	}

	private static Api.Response correct(Api api, String licence, int years) {
		return api.postJson("/api/v1/licences/" + licence + "/renewal-correction", Fixtures.OFFICER,
				"{\"years\":" + years + ",\"reason\":\"typed wrongly\"}");
	}

	private JsonNode view(String licence) {
		return view(this.api, licence);
	}

	private static JsonNode view(Api api, String licence) {
		return api.get("/api/v1/licences/" + licence, Fixtures.OFFICER).json();
	}

	private String lastDay(String licence) {
		return this.db.sql("SELECT last_day_solar_hijri FROM licence WHERE id = :id")
			.param("id", UUID.fromString(licence))
			.query(String.class)
			.single();
	}

	private String featureEndsAt(String licence) {
		return this.db.sql("""
				SELECT to_char(f.ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
				FROM feature f JOIN licence l ON l.feature_id = f.id WHERE l.id = :id
				""").param("id", UUID.fromString(licence)).query(String.class).single();
	}

	/** What the holder was told of the correction, in one language. */
	private List<String> notices(String licence, String column) {
		return this.db.sql("SELECT " + column + """
				 FROM notification
				WHERE recipient = :recipient AND about = :about AND body LIKE '%corrected%'
				""")
			.param("recipient", "user:" + Fixtures.APPLICANT)
			.param("about", "licence:" + licence)
			.query(String.class)
			.list();
	}

}
