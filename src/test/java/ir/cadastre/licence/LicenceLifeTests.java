package ir.cadastre.licence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static ir.cadastre.GrantedLicences.DISCOVERY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Licences through their life (DESIGN §2: Art. 7, 8, 10 note 3), at the test clock
 * 2026-01-15T08:00:00Z, 1404-10-25 in Tehran: a certificate issued then keeps its
 * holder's priority until the end of 1405-10-25 (2027-01-15T20:30:00Z). The moments
 * around that end are in {@link LicenceTermTests}.
 */
@CadastreTest
class LicenceLifeTests extends ApiTest {

	/** 0.02° × 0.02° (about 3.9 km²) east of Yazd. */
	static final String AREA = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	/** The west half of AREA. */
	static final String WEST_HALF = "POLYGON((54.3 32.3, 54.31 32.3, 54.31 32.32, 54.3 32.32, 54.3 32.3))";

	/** The east half of AREA. */
	static final String EAST_HALF = "POLYGON((54.31 32.3, 54.32 32.3, 54.32 32.32, 54.31 32.32, 54.31 32.3))";

	/** Half inside AREA, half east of it. */
	static final String ACROSS = "POLYGON((54.31 32.3, 54.33 32.3, 54.33 32.32, 54.31 32.32, 54.31 32.3))";

	/** A square of the same size, north-east of AREA. */
	static final String ELSEWHERE = "POLYGON((54.4 32.4, 54.42 32.4, 54.42 32.42, 54.4 32.42, 54.4 32.4))";

	@Test
	@DisplayName("Art. 7, 8: a discovery certificate supersedes the exploration licence and keeps priority for one Solar Hijri year")
	void article7_discoveryCertificateSupersedesTheExplorationLicence() {
		String exploration = explorationLicence(AREA);
		Api.Response issued = post(exploration, "discovery-certificate", DISCOVERY);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		JsonNode certificate = issued.json();
		assertThat(certificate.get("type").stringValue()).isEqualTo("DISCOVERY_CERTIFICATE");
		assertThat(certificate.get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(certificate.get("parentId").stringValue()).isEqualTo(exploration);
		assertThat(certificate.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(certificate.get("mineral").stringValue()).isEqualTo("copper");
		assertThat(certificate.get("reserve").stringValue()).isEqualTo("1.2 Mt at 0.8% Cu");
		assertThat(certificate.get("explorationCostRials").longValue()).isEqualTo(25_000_000_000L);
		assertThat(certificate.get("lastDaySolarHijri").stringValue()).isEqualTo("1405-10-25");
		assertThat(certificate.get("endsAt").stringValue()).isEqualTo("2027-01-15T20:30:00Z");
		assertThat(certificate.get("daysLeft").intValue()).isEqualTo(365);
		assertThat(certificate.get("area_m2").doubleValue()).isCloseTo(areaM2(AREA), within(1.0));
		JsonNode old = licence(exploration);
		assertThat(old.get("status").stringValue()).isEqualTo("SUPERSEDED");
		assertThat(old.get("endedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(old.get("daysLeft").isNull()).isTrue();
		assertThat(licenceFeatures()).containsExactly("DC-" + certificate.get("number").longValue());
		assertThat(submit(AREA, Fixtures.APPLICANT2).status()).as("the certificate blocks the land").isEqualTo(409);
		assertThat(audited("licence.supersede", exploration)).isEqualTo(1);
		assertThat(audited("licence.issue", certificate.get("id").stringValue())).isEqualTo(1);
		assertThat(notified(Fixtures.APPLICANT))
			.anyMatch((body) -> body.contains("until the end of 25 Dey 1405 (Art. 7, 8)"));
		assertThat(post(exploration, "discovery-certificate", DISCOVERY).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("Art. 7: a certificate on part of the licence frees the rest; an extent outside the licence is refused")
	void article7_certificateExtentInsideTheLicence() {
		String exploration = explorationLicence(AREA);
		Api.Response outside = post(exploration, "discovery-certificate", discovery(ACROSS));
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.json().get("type").stringValue()).endsWith(":outside-licence");
		assertThat(licence(exploration).get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(this.fixtures.count("licence")).isEqualTo(1);

		Api.Response west = post(exploration, "discovery-certificate", discovery(WEST_HALF));
		assertThat(west.status()).as(west.body()).isEqualTo(201);
		assertThat(west.json().get("area_m2").doubleValue()).isCloseTo(areaM2(WEST_HALF),
				within(1e-6 * areaM2(WEST_HALF)));
		assertThat(submit(EAST_HALF, Fixtures.APPLICANT2).status()).as("the east half is free again").isEqualTo(201);
		assertThat(submit(WEST_HALF, Fixtures.APPLICANT2).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("Art. 8: the certificate's holder, and only the holder, asks for the exploitation licence, once")
	void article8_theHolderAsksForTheExploitationLicence() {
		String exploration = explorationLicence(AREA);
		assertThat(
				this.api.postJson("/api/v1/licences/" + exploration + "/exploitation-request", Fixtures.APPLICANT, "{}")
					.status())
			.isEqualTo(409);
		String certificate = post(exploration, "discovery-certificate", DISCOVERY).json().get("id").stringValue();
		String path = "/api/v1/licences/" + certificate + "/exploitation-request";
		Api.Response notTheHolder = this.api.postJson(path, Fixtures.APPLICANT2, "{}");
		assertThat(notTheHolder.status()).isEqualTo(403);
		assertThat(notTheHolder.json().get("detail").stringValue()).endsWith("asks for the exploitation licence.");
		assertThat(this.api.postJson(path, Fixtures.OFFICER, "{}").status()).isEqualTo(403);
		assertThat(this.api.postJson(path, Fixtures.APPLICANT, "{\"note\":\"" + "x".repeat(4001) + "\"}").status())
			.isEqualTo(400);
		Api.Response asked = this.api.postJson(path, Fixtures.APPLICANT, "{\"note\":\"exploitation plan 1405/3\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertThat(asked.json().get("requestedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(asked.json().get("requestNote").stringValue()).isEqualTo("exploitation plan 1405/3");
		assertThat(this.api.postJson(path, Fixtures.APPLICANT, "{}").json().get("type").stringValue())
			.endsWith(":already-requested");
		assertThat(this.db.sql("SELECT ends_at IS NULL FROM feature WHERE layer_id = 'licences'")
			.query(Boolean.class)
			.single()).as("the certificate holds its land until the ministry decides").isTrue();
		assertThat(audited("licence.exploitation-request", certificate)).isEqualTo(1);
	}

	@Test
	@DisplayName("Art. 10 note 3: the holder asks for the renewal; the officer's renewal answers it")
	void article10_theHolderAsksForTheRenewal() {
		String exploitation = post(certificate(AREA), "exploitation-licence", "{\"years\":10}").json()
			.get("id")
			.stringValue();
		String path = "/api/v1/licences/" + exploitation + "/renewal-request";
		Api.Response notTheHolder = this.api.postJson(path, Fixtures.APPLICANT2, "{}");
		assertThat(notTheHolder.status()).isEqualTo(403);
		assertThat(notTheHolder.json().get("detail").stringValue()).endsWith("asks for the renewal.");
		Api.Response asked = this.api.postJson(path, Fixtures.APPLICANT, "{\"note\":\"second period\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertThat(asked.json().get("requestedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		long number = asked.json().get("number").longValue();
		assertThat(this.db.sql("SELECT body FROM notification WHERE recipient = :officer AND subject = :subject")
			.param("officer", "user:" + Fixtures.OFFICER)
			.param("subject", "Licence " + number + ": the holder asks for its renewal")
			.query(String.class)
			.list())
			.as("the officers are told")
			.containsExactly("The holder of licence " + number + ", " + Fixtures.APPLICANT
					+ ", asked for its renewal (Art. 10 note 3) before the end of its term: second period. The licence "
					+ "keeps its priority and its land until the ministry decides.");
		assertThat(this.api.postJson(path, Fixtures.APPLICANT, "{}").status()).isEqualTo(409);
		JsonNode renewed = post(exploitation, "renewal", "{\"years\":10}").json();
		assertThat(renewed.get("lastDaySolarHijri").stringValue()).isEqualTo("1424-10-25");
		assertThat(renewed.get("requestedAt").isNull()).isTrue();
		assertThat(this.api.postJson(path, Fixtures.APPLICANT, "{}").status()).as("asked again for the next period")
			.isEqualTo(200);
		assertThat(audited("licence.renewal-request", exploitation)).isEqualTo(2);
	}

	@Test
	@DisplayName("Art. 8, Art. 10 note 3: an exploitation licence on the certificate, for at most 25 years")
	void article10_exploitationLicenceForAtMost25Years() {
		String certificate = certificate(AREA);
		Api.Response tooLong = post(certificate, "exploitation-licence", "{\"years\":26}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("detail").stringValue()).contains("Art. 10 note 3");
		assertThat(post(certificate, "exploitation-licence", "{\"years\":0}").status()).isEqualTo(400);
		assertThat(post(certificate, "exploitation-licence", "{}").status()).isEqualTo(400);
		assertThat(licence(certificate).get("status").stringValue()).isEqualTo("ACTIVE");

		Api.Response issued = post(certificate, "exploitation-licence", "{\"years\":25}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		JsonNode exploitation = issued.json();
		assertThat(exploitation.get("type").stringValue()).isEqualTo("EXPLOITATION");
		assertThat(exploitation.get("parentId").stringValue()).isEqualTo(certificate);
		assertThat(exploitation.get("termYears").intValue()).isEqualTo(25);
		assertThat(exploitation.get("lastDaySolarHijri").stringValue()).isEqualTo("1429-10-25");
		assertThat(licence(certificate).get("status").stringValue()).isEqualTo("SUPERSEDED");
		assertThat(licenceFeatures()).containsExactly("EXL-" + exploitation.get("number").longValue());
		assertThat(submit(AREA, Fixtures.APPLICANT2).status()).isEqualTo(409);
		assertThat(post(exploitation.get("id").stringValue(), "exploitation-licence", "{\"years\":5}").status())
			.as("an exploitation licence is not issued on an exploitation licence")
			.isEqualTo(409);
	}

	@Test
	@DisplayName("Art. 10 note 3: renewal adds a period of at most 25 years from the end of the current one")
	void article10_renewalFromTheEndOfThePeriod() {
		String exploitation = post(certificate(AREA), "exploitation-licence", "{\"years\":10}").json()
			.get("id")
			.stringValue();
		assertThat(licence(exploitation).get("lastDaySolarHijri").stringValue()).isEqualTo("1414-10-25");
		assertThat(post(exploitation, "renewal", "{\"years\":26}").status()).isEqualTo(422);
		Api.Response renewed = post(exploitation, "renewal", "{\"years\":5}");
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
		assertThat(renewed.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1419-10-25");
		assertThat(renewed.json().get("termYears").intValue()).isEqualTo(5);
		assertThat(featureEndsAt()).isEqualTo(renewed.json().get("endsAt").stringValue());
		assertThat(audited("licence.renew", exploitation)).isEqualTo(1);
		Api.Response certificate = post(certificate(ELSEWHERE), "renewal", "{\"years\":5}");
		assertThat(certificate.status()).isEqualTo(409);
		assertThat(certificate.json().get("type").stringValue()).endsWith(":licence-type");
	}

	@Test
	@DisplayName("Art. 7, Art. 6: a certificate is transferred to another applicant; an exploration licence is not")
	void article7_transferWithinTheYear() {
		String exploration = explorationLicence(AREA);
		Api.Response refused = post(exploration, "transfer", "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").stringValue()).contains("Art. 6");
		String certificate = post(exploration, "discovery-certificate", DISCOVERY).json().get("id").stringValue();
		for (String to : List.of(Fixtures.OFFICER, Fixtures.APPLICANT, "nobody")) {
			Api.Response response = post(certificate, "transfer", "{\"to\":\"" + to + "\"}");
			assertThat(response.status()).as(to).isEqualTo(422);
			assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("to");
		}
		Api.Response noOne = post(certificate, "transfer", "{}");
		assertThat(noOne.status()).as("no one named, and nothing asked").isEqualTo(409);
		assertThat(noOne.json().get("type").stringValue()).endsWith(":nothing-asked");
		Api.Response moved = post(certificate, "transfer",
				"{\"to\":\"" + Fixtures.APPLICANT2 + "\",\"reason\":\"sold with the ministry's approval\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(this.db.sql("SELECT properties->>'holder' FROM feature WHERE layer_id = 'licences'")
			.query(String.class)
			.single()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(notified(Fixtures.APPLICANT2)).anyMatch((body) -> body.contains("transferred"));
		assertThat(audited("licence.transfer", certificate)).isEqualTo(1);
	}

	@Test
	@DisplayName("The register by holder and by state, as the clock has it")
	void theRegisterByHolderAndState() {
		String exploration = explorationLicence(AREA);
		String certificate = post(exploration, "discovery-certificate", DISCOVERY).json().get("id").stringValue();
		String other = explorationLicence(ELSEWHERE);
		post(certificate, "transfer", "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(ids("?holder=" + Fixtures.APPLICANT2)).containsExactly(certificate);
		assertThat(ids("?holder=" + Fixtures.APPLICANT)).containsExactly(other, exploration);
		assertThat(ids("?status=ACTIVE")).containsExactly(other, certificate);
		assertThat(ids("?status=SUPERSEDED,CLOSED&holder=" + Fixtures.APPLICANT)).containsExactly(exploration);
		this.api.postJson("/api/v1/licences/" + certificate + "/exploitation-request", Fixtures.APPLICANT2, "{}");
		assertThat(ids("?requested=true")).containsExactly(certificate);
		assertThat(ids("?requested=false&status=ACTIVE")).containsExactly(other);
		assertThat(this.api.get("/api/v1/licences?requested=yes", Fixtures.APPLICANT).status()).isEqualTo(400);
		Api.Response bad = this.api.get("/api/v1/licences?status=VALID", Fixtures.APPLICANT);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("errors").get(0).get("field").stringValue()).isEqualTo("status");
	}

	@Test
	@DisplayName("Art. 6, 9: a GIS import that replaces the licences layer keeps the licences the service issued")
	void aReplacedLicencesLayerKeepsIssuedLicences() {
		String certificate = certificate(AREA);
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"id\":\"OLD-1\",\"name\":\"Imported\"},\"geometry\":"
				+ this.fixtures.geoJson(ELSEWHERE) + "}]}";
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "licences.geojson",
				file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(this.db.sql("""
				SELECT external_id FROM feature WHERE layer_id = 'licences' AND retired_in IS NULL ORDER BY external_id
				""").query(String.class).list()).containsExactly("DC-" + licence(certificate).get("number").longValue(),
				"OLD-1");
		assertThat(submit(AREA, Fixtures.APPLICANT2).status()).as("the certificate still blocks").isEqualTo(409);
	}

	@Test
	@DisplayName("Art. 7 note 2: an exploration that found no ore is closed, and its land is free at once")
	void article7_closureFreesTheLand() {
		String exploration = explorationLicence(AREA);
		assertThat(post(exploration, "closure", "{\"reason\":\" \"}").status()).isEqualTo(400);
		Api.Response closed = post(exploration, "closure", "{\"reason\":\"no ore found (Art. 7 note 2)\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("status").stringValue()).isEqualTo("CLOSED");
		assertThat(closed.json().get("endReason").stringValue()).isEqualTo("no ore found (Art. 7 note 2)");
		assertThat(licenceFeatures()).isEmpty();
		assertThat(submit(AREA, Fixtures.APPLICANT2).status()).isEqualTo(201);
		Api.Response again = post(exploration, "closure", "{\"reason\":\"again\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").stringValue()).endsWith(":licence-not-active");
		assertThat(again.json().get("status").intValue()).as("RFC 9457's status, once").isEqualTo(409);
		assertThat(again.json().get("licenceStatus").stringValue()).isEqualTo("CLOSED");
		assertThat(post(exploration, "discovery-certificate", DISCOVERY).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("Only officers change licences; bad requests change nothing")
	void onlyOfficersAndBadRequestsChangeNothing() {
		String exploration = explorationLicence(AREA);
		for (String user : List.of(Fixtures.APPLICANT, Fixtures.DOE_REVIEWER, Fixtures.GIS_ADMIN)) {
			assertThat(this.api.postJson("/api/v1/licences/" + exploration + "/closure", user, "{\"reason\":\"x\"}")
				.status()).as(user).isEqualTo(403);
		}
		List<String> bad = List.of("{\"reserve\":\"x\"}", "{\"reserve\":\"x\",\"explorationCostRials\":-1}",
				"{\"reserve\":\"x\",\"explorationCostRials\":1e30}", "{\"reserve\":\"x\",\"explorationCostRials\":1.5}",
				"{\"explorationCostRials\":1}", "{\"reserve\":\"x\",\"explorationCostRials\":1,\"holder\":\"me\"}",
				"{\"reserve\":\"x\",\"explorationCostRials\":1,\"geometry\":{\"type\":\"Point\",\"coordinates\":[54.3,32.3]}}",
				"{\"reserve\":\"x\",\"explorationCostRials\":1,\"geometry\":" + this.fixtures.geoJson(AREA)
						+ ",\"vertices\":{\"srid\":32640,\"coordinates\":[]}}",
				"{\"reserve\":\"" + "x".repeat(4001) + "\",\"explorationCostRials\":1}", "not json");
		for (String body : bad) {
			Api.Response response = post(exploration, "discovery-certificate", body);
			assertThat(response.status()).as(body).isBetween(400, 422);
			assertThat(response.isProblem()).as(body).isTrue();
		}
		assertThat(post("00000000-0000-0000-0000-000000000000", "closure", "{\"reason\":\"x\"}").status())
			.isEqualTo(404);
		assertThat(this.fixtures.count("licence")).isEqualTo(1);
		assertThat(licence(exploration).get("status").stringValue()).isEqualTo("ACTIVE");
	}

	@Test
	@DisplayName("Two officers issuing on the same licence at once: one certificate, the other 409")
	void concurrentChangesTakeTurns() {
		String exploration = explorationLicence(AREA);
		List<CompletableFuture<Integer>> racing = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			racing.add(CompletableFuture
				.supplyAsync(() -> post(exploration, "discovery-certificate", DISCOVERY).status()));
		}
		List<Integer> statuses = racing.stream().map(CompletableFuture::join).sorted().toList();
		assertThat(statuses).containsExactly(201, 409, 409, 409);
		assertThat(this.fixtures.count("licence")).isEqualTo(2);
	}

	@Test
	@DisplayName("Art. 10 note 3: two renewals at once (a double click) add one period, the other 409")
	void article10_renewalsAtOnceAddOnePeriod() {
		String exploitation = post(certificate(AREA), "exploitation-licence", "{\"years\":10}").json()
			.get("id")
			.stringValue();
		List<CompletableFuture<Integer>> racing = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			racing.add(CompletableFuture.supplyAsync(() -> post(exploitation, "renewal", "{\"years\":3}").status()));
		}
		assertThat(racing.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(200, 409, 409, 409);
		assertThat(licence(exploitation).get("lastDaySolarHijri").stringValue()).isEqualTo("1417-10-25");
		assertThat(audited("licence.renew", exploitation)).isEqualTo(1);
	}

	private String explorationLicence(String wkt) {
		return GrantedLicences.exploration(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(wkt));
	}

	private String certificate(String wkt) {
		return GrantedLicences.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(wkt))
			.get("id")
			.stringValue();
	}

	private String discovery(String wkt) {
		return "{\"reserve\":\"0.4 Mt\",\"explorationCostRials\":1000,\"geometry\":" + this.fixtures.geoJson(wkt) + "}";
	}

	private Api.Response submit(String wkt, String applicant) {
		return this.api.postJson("/api/v1/applications", applicant,
				"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
	}

	private Api.Response post(String licence, String action, String body) {
		return this.api.postJson("/api/v1/licences/" + licence + "/" + action, Fixtures.OFFICER, body);
	}

	private JsonNode licence(String id) {
		return this.api.get("/api/v1/licences/" + id, Fixtures.APPLICANT2).json();
	}

	private List<String> ids(String query) {
		List<String> ids = new ArrayList<>();
		this.api.get("/api/v1/licences" + query, Fixtures.APPLICANT)
			.json()
			.forEach((l) -> ids.add(l.get("id").stringValue()));
		return ids;
	}

	private double areaM2(String wkt) {
		return this.db.sql("SELECT ST_Area(ST_GeomFromText(:wkt, 4326)::geography)")
			.param("wkt", wkt)
			.query(Double.class)
			.single();
	}

	private List<String> licenceFeatures() {
		return this.db.sql("SELECT external_id FROM feature WHERE layer_id = 'licences' ORDER BY id")
			.query(String.class)
			.list();
	}

	private String featureEndsAt() {
		return this.db.sql("""
				SELECT to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') FROM feature
				WHERE layer_id = 'licences'
				""").query(String.class).single();
	}

	private long audited(String action, String licence) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", "licence:" + licence)
			.query(Long.class)
			.single();
	}

	private List<String> notified(String user) {
		return this.db.sql("SELECT body FROM notification WHERE kind = 'LICENCE' AND recipient = :recipient")
			.param("recipient", "user:" + user)
			.query(String.class)
			.list();
	}

}
