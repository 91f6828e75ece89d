package ir.cadastre.application;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.overlap.Overlap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Submitting, reading and withdrawing applications (DESIGN §2, §5; Art. 3, 4, 6, 9, 22,
 * 24, 25).
 */
@CadastreTest
class ApplicationTests extends ApiTest {

	@Autowired
	private Submissions submissions;

	@Autowired
	private GeometryIntake intake;

	static final String LICENCE = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	/** Half on the licence above, half east of it. */
	static final String ACROSS_THE_LICENCE = "POLYGON((54.05 32.02, 54.15 32.02, 54.15 32.06, 54.05 32.06, 54.05 32.02))";

	static final String FREE = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	@ParameterizedTest(name = "article3_class1And2MineralsAreAccepted: {0}")
	@ValueSource(strings = { "limestone", "gypsum", "iron_ore", "copper", "gold", "chromite", "manganese",
			"decorative_stone" })
	void article3_class1And2MineralsAreAccepted(String mineral) {
		assertThat(submit(FREE, mineral, Fixtures.APPLICANT).status()).isEqualTo(201);
	}

	@ParameterizedTest(name = "article3_class3HydrocarbonsAreRefused: {0}")
	@ValueSource(strings = { "crude_oil", "natural_gas" })
	void article3_class3HydrocarbonsAreRefused(String mineral) {
		checkRefused(mineral, "Article 3(c)");
	}

	@Test
	void article3_class4RadioactiveMineralsAreRefused() {
		checkRefused("uranium", "Article 3(d)");
	}

	@ParameterizedTest(name = "article4_ordinarySandAndClayAreRefused: {0}")
	@ValueSource(strings = { "ordinary_sand", "ordinary_clay" })
	void article4_ordinarySandAndClayAreRefused(String mineral) {
		checkRefused(mineral, "Article 4");
	}

	@Test
	void article3_theCatalogueGivesEachMineralItsClass() {
		JsonNode minerals = this.api.get("/api/v1/minerals", Fixtures.APPLICANT).json();
		List<String> codes = new ArrayList<>();
		minerals.forEach((m) -> codes.add(m.get("code").stringValue() + ":" + m.get("mineralClass").intValue()));
		assertThat(codes).contains("iron_ore:2", "copper:2", "gold:2", "chromite:2", "manganese:2", "limestone:1",
				"gypsum:1", "decorative_stone:2", "ordinary_sand:1", "ordinary_clay:1", "crude_oil:3", "natural_gas:3",
				"uranium:4");
	}

	@Test
	void unknownMineralIs400() {
		Api.Response response = submit(FREE, "mithril", Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(400);
		assertThat(count("application")).isZero();
		Api.Response missing = this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
				"{\"geometry\":" + this.fixtures.geoJson(FREE) + "}");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("errors").get(0).get("reason").stringValue()).isEqualTo("required");
		assertThat(missing.json().get("detail").stringValue()).doesNotContain("null");
		assertThat(count("application")).isZero();
	}

	@Test
	void article9_anActiveLicenceBlocksWithItsIntersectionAreaAndVertices() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		Api.Response response = submit(ACROSS_THE_LICENCE, "copper", Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.isProblem()).isTrue();
		JsonNode conflict = response.json().get("conflicts").get(0);
		assertThat(conflict.get("layer").stringValue()).isEqualTo("licences");
		assertThat(conflict.get("externalId").stringValue()).isEqualTo("LIC-1");
		double expected = area("ST_Intersection(ST_GeomFromText('" + LICENCE + "', 4326), ST_GeomFromText('"
				+ ACROSS_THE_LICENCE + "', 4326))");
		assertThat(conflict.get("area_m2").doubleValue()).isCloseTo(expected, within(expected * 1e-6));
		assertThat(conflict.get("intersection").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(conflict.get("vertices").toString()).contains("[54.05,32.02]", "[54.1,32.06]");
		assertThat(count("application")).isZero();
	}

	@Test
	void article9_anEarlierPendingApplicationBlocks() {
		long receipt = submit(FREE, "copper", Fixtures.APPLICANT).json().get("receipt").longValue();
		Api.Response second = submit(FREE, "gold", Fixtures.APPLICANT2);
		assertThat(second.status()).isEqualTo(409);
		JsonNode conflict = second.json().get("conflicts").get(0);
		assertThat(conflict.get("layer").stringValue()).isEqualTo("applications");
		assertThat(conflict.get("externalId").stringValue()).isEqualTo(Long.toString(receipt));
	}

	@Test
	void article9_trimToFreeAreaAppliesForWhatIsFree() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		Api.Response response = this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
				"{\"mineral\":\"copper\",\"trimToFreeArea\":true,\"geometry\":"
						+ this.fixtures.geoJson(ACROSS_THE_LICENCE) + "}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode application = response.json();
		assertThat(application.get("trimmed").booleanValue()).isTrue();
		double free = area("ST_Difference(ST_GeomFromText('" + ACROSS_THE_LICENCE + "', 4326), ST_GeomFromText('"
				+ LICENCE + "', 4326))");
		// Less a strip of at most 3 cm along the licence, which it keeps clear of.
		double along = this.db
			.sql("SELECT ST_Length(ST_Intersection(ST_Boundary(ST_GeomFromText(:licence, 4326)), "
					+ "ST_GeomFromText(:area, 4326))::geography)")
			.param("licence", LICENCE)
			.param("area", ACROSS_THE_LICENCE)
			.query(Double.class)
			.single();
		assertThat(application.get("area_m2").doubleValue()).isBetween(free - along * 0.03, free);
		assertThat(application.get("requestedArea_m2").doubleValue()).isGreaterThan(free * 1.9);
		assertThat(application.get("overlaps").toString()).doesNotContain("\"BLOCKS\"");
	}

	@Test
	void article9_aTrimmedAreaSharesNoInteriorWithTheClaimItWasCutFrom() {
		// An oblique edge: the points where it crosses the application's edges lie off
		// any grid of decimal degrees, and rounded to 7 decimals the cut overlapped the
		// claim by 3.5 m².
		String claim = "POLYGON((54.3 32.3, 54.33 32.31, 54.3 32.33, 54.3 32.3))";
		this.fixtures.feature("licences", "LIC-1", claim);
		Api.Response response = this.api
			.postJson("/api/v1/applications", Fixtures.APPLICANT,
					"{\"mineral\":\"copper\",\"trimToFreeArea\":true,\"geometry\":"
							+ this.fixtures
								.geoJson("POLYGON((54.31 32.31, 54.33 32.31, 54.33 32.33, 54.31 32.33, 54.31 32.31))")
							+ "}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(this.db.sql("""
				SELECT ST_Area(ST_Intersection(a.geom, ST_GeomFromText(:claim, 4326))::geography)
				FROM application a WHERE a.id = CAST(:id AS uuid)
				""")
			.param("claim", claim)
			.param("id", response.json().get("id").stringValue())
			.query(Double.class)
			.single()).isZero();
	}

	@Test
	void article9_aClaimGoneBetweenTheCheckAndTheTrimLeavesTheAreaWhole() {
		// The soak run's race: the check found the claim, and it was withdrawn before the
		// trim read it (a 500). Now nothing is cut, and the check that follows decides.
		long claim = this.fixtures.feature("licences", "LIC-1", LICENCE);
		this.db.sql("DELETE FROM feature WHERE id = :id").param("id", claim).update();
		AcceptedArea area = this.intake.accept("geometry",
				this.db.sql("SELECT ST_AsBinary(ST_Multi(ST_GeomFromText(:wkt, 4326)))")
					.param("wkt", ACROSS_THE_LICENCE)
					.query(byte[].class)
					.single());
		Overlap gone = new Overlap("licences", Long.toString(claim), "LIC-1", "LIC-1", null, null, "BLOCKS",
				List.of("BLOCKS"), 1.0, 1.0, null);
		assertThat(this.submissions.freePart(area, List.of(gone))).isSameAs(area);
	}

	@Test
	void article9_trimmingThatLeavesTooLittleIsStillAConflict() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		// What is free is a 4.7 m wide strip: a sliver.
		String almostInside = "POLYGON((54.05 32.02, 54.10005 32.02, 54.10005 32.06, 54.05 32.06, 54.05 32.02))";
		Api.Response response = this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
				"{\"mineral\":\"copper\",\"trimToFreeArea\":true,\"geometry\":" + this.fixtures.geoJson(almostInside)
						+ "}");
		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().get("detail").stringValue()).contains("cannot be applied for");
	}

	@Test
	void article24_25_22_consequencesAreRecordedAtSubmission() {
		this.fixtures.feature("protected_areas", "PA",
				"POLYGON((54.3 32.3, 54.31 32.3, 54.31 32.31, 54.3 32.31, 54.3 32.3))");
		this.fixtures.feature("national_resources", "Rangeland",
				"POLYGON((54.31 32.3, 54.32 32.3, 54.32 32.31, 54.31 32.31, 54.31 32.3))");
		long parcel = this.fixtures.feature("property_parcels", "Parcel 7",
				"POLYGON((54.3 32.31, 54.305 32.31, 54.305 32.315, 54.3 32.315, 54.3 32.31))");
		JsonNode application = submit(FREE, "copper", Fixtures.APPLICANT).json();
		assertThat(application.get("status").stringValue()).isEqualTo("UNDER_CONSULTATION");
		assertThat(application.get("consultedAgencies").toString()).isEqualTo("[\"doe\",\"frwo\"]");
		assertThat(application.get("levy").booleanValue()).isTrue();
		assertThat(application.get("compensation").booleanValue()).isTrue();
		assertThat(application.get("compensationParcels").get(0).get("featureId").stringValue())
			.isEqualTo(Long.toString(parcel));
		assertThat(application.get("overlaps")).hasSize(3);
	}

	@Test
	void aListsSummaryLeavesOutTheOverlapsWhichTheApplicationStillGives() {
		this.fixtures.feature("protected_areas", "PA",
				"POLYGON((54.3 32.3, 54.31 32.3, 54.31 32.31, 54.3 32.31, 54.3 32.3))");
		this.fixtures.feature("property_parcels", "Parcel 7",
				"POLYGON((54.3 32.31, 54.305 32.31, 54.305 32.315, 54.3 32.315, 54.3 32.31))");
		String id = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		for (String list : new String[] { "/api/v1/applications?summary=true&pageSize=10",
				"/api/v1/applications?summary=true&mine=true" }) {
			JsonNode body = this.api.get(list, Fixtures.APPLICANT).json();
			JsonNode item = body.has("items") ? body.get("items").get(0) : body.get(0);
			assertThat(item.has("overlaps")).as(list).isFalse();
			assertThat(item.has("compensationParcels")).as(list).isFalse();
			assertThat(item.get("consultedAgencies").toString()).as(list).isEqualTo("[\"doe\"]");
			assertThat(item.get("compensation").booleanValue()).as(list).isTrue();
			assertThat(item.get("geometry").get("type").stringValue()).as(list).isEqualTo("MultiPolygon");
			assertThat(item.get("inquiries").get(0).get("agency").stringValue()).as(list).isEqualTo("doe");
		}
		JsonNode whole = this.api.get("/api/v1/applications?summary=false", Fixtures.APPLICANT).json().get(0);
		assertThat(whole.get("overlaps")).hasSize(2);
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT)
			.json()
			.get("overlaps")
			.get(0)
			.has("intersection")).isTrue();
		Api.Response maybe = this.api.get("/api/v1/applications?summary=maybe", Fixtures.APPLICANT);
		assertThat(maybe.status()).isEqualTo(400);
		assertThat(maybe.json().get("errors").get(0).get("field").stringValue()).isEqualTo("summary");
	}

	@Test
	void anApplicationWithNoOverlapIsReadyForDecisionWithItsReceipt() {
		JsonNode application = submit(FREE, "copper", Fixtures.APPLICANT).json();
		assertThat(application.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(application.get("receipt").longValue()).isPositive();
		assertThat(application.get("receivedAt").stringValue()).isNotBlank();
		assertThat(application.get("applicant").stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(application.get("type").stringValue()).isEqualTo("EXPLORATION");
	}

	@Test
	void aRetryWithTheSameIdempotencyKeyReturnsTheOriginal() {
		Api.Response first = submitWithKey(FREE, "key-1");
		Api.Response retry = submitWithKey(FREE, "key-1");
		assertThat(first.status()).isEqualTo(201);
		assertThat(retry.status()).isEqualTo(201);
		assertThat(retry.json().get("id")).isEqualTo(first.json().get("id"));
		assertThat(count("application")).isEqualTo(1);
	}

	@Test
	void aRetryAfterTheConnectionDroppedReturnsTheOriginal() throws Exception {
		String body = "{\"mineral\":\"copper\",\"geometry\":" + this.fixtures.geoJson(FREE) + "}";
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		try (Socket socket = new Socket("localhost", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("POST /api/v1/applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
					+ "Authorization: " + Api.basic(Fixtures.APPLICANT, Api.PASSWORD)
					+ "\r\nIdempotency-Key: dropped\r\n" + "Content-Length: " + bytes.length + "\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(bytes);
			out.flush();
		}
		for (int i = 0; i < 100 && count("application") == 0; i++) {
			Thread.sleep(50);
		}
		assertThat(count("application")).as("the dropped submission was accepted").isEqualTo(1);
		Api.Response retry = submitWithKey(FREE, "dropped");
		assertThat(retry.status()).isEqualTo(201);
		assertThat(count("application")).isEqualTo(1);
	}

	@Test
	void anIdempotencyKeyReusedForAnotherRequestIs422() {
		submitWithKey(FREE, "key-2");
		Api.Response other = submitWithKey("POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))",
				"key-2");
		assertThat(other.status()).isEqualTo(422);
		assertThat(count("application")).isEqualTo(1);
	}

	@Test
	void onlyApplicantsSubmit() {
		for (String user : new String[] { Fixtures.DOE_REVIEWER, Fixtures.OFFICER, Fixtures.GIS_ADMIN }) {
			Api.Response response = submit(FREE, "copper", user);
			assertThat(response.status()).as(user).isEqualTo(403);
			assertThat(response.isProblem()).isTrue();
		}
		assertThat(count("application")).isZero();
	}

	@ParameterizedTest(name = "a body that sets the server-owned field {0} is refused")
	@ValueSource(strings = { "\"status\":\"GRANTED\"", "\"receipt\":1", "\"applicant\":\"someone\"", "\"id\":\"x\"" })
	void serverOwnedFieldsAreRefused(String field) {
		Api.Response response = this.api.postJson("/api/v1/applications", Fixtures.APPLICANT,
				"{\"mineral\":\"copper\"," + field + ",\"geometry\":" + this.fixtures.geoJson(FREE) + "}");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:unknown-field");
		assertThat(count("application")).isZero();
	}

	@Test
	void anApplicantReadsOnlyItsOwnApplications() {
		String id = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT).status()).isEqualTo(200);
		Api.Response other = this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT2);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.isProblem()).isTrue();
		assertThat(this.api.get("/api/v1/applications?mine=true", Fixtures.APPLICANT2).json()).isEmpty();
		assertThat(this.api.get("/api/v1/applications?mine=true", Fixtures.APPLICANT).json()).hasSize(1);
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.OFFICER).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/applications", Fixtures.OFFICER).json()).hasSize(1);
		assertThat(this.api.get("/api/v1/applications?mine=true", Fixtures.OFFICER).json())
			.as("an officer submits none")
			.isEmpty();
		Api.Response maybe = this.api.get("/api/v1/applications?mine=maybe", Fixtures.APPLICANT);
		assertThat(maybe.status()).isEqualTo(400);
		assertThat(maybe.json().get("errors").get(0).get("field").stringValue()).isEqualTo("mine");
	}

	@Test
	void aReviewerReadsTheApplicationsItsAgencyIsConsultedOn() {
		this.fixtures.feature("protected_areas", "PA", FREE);
		String concerning = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		String elsewhere = submit("POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))", "copper",
				Fixtures.APPLICANT)
			.json()
			.get("id")
			.stringValue();
		assertThat(this.api.get("/api/v1/applications/" + concerning, Fixtures.DOE_REVIEWER).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/applications/" + elsewhere, Fixtures.DOE_REVIEWER).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/applications", Fixtures.DOE_REVIEWER).json()).singleElement()
			.satisfies((application) -> assertThat(application.get("id").stringValue()).isEqualTo(concerning));
		assertThat(this.api.get("/api/v1/applications", Fixtures.FRWO_REVIEWER).json()).isEmpty();
		assertThat(this.api.get("/api/v1/applications", Fixtures.GIS_ADMIN).json()).isEmpty();
		assertThat(this.api.get("/api/v1/applications", Fixtures.OFFICER).json()).hasSize(2);
	}

	@Test
	@DisplayName("Art. 6, 9: a withdrawal is recorded at the service's time, when its land was freed and its windows closed")
	void article6_aWithdrawalIsRecordedAtTheServicesTime() {
		String id = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		Api.Response withdrawn = this.api.post("/api/v1/applications/" + id + "/withdrawal", Fixtures.APPLICANT, null,
				"");
		// The test service's clock stands at 2026-01-15T08:00:00Z, as its receipt does.
		assertThat(withdrawn.json().get("withdrawnAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(this.db.sql("SELECT withdrawn_at = received_at FROM application WHERE id = CAST(:id AS uuid)")
			.param("id", id)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void theAreaJoinsTheApplicationsLayerAtOnceAndLeavesItOnWithdrawal() {
		String id = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		assertThat(applicationsLayer()).hasSize(1);
		assertThat(this.api.post("/api/v1/applications/" + id + "/withdrawal", Fixtures.APPLICANT2, null, "").status())
			.isEqualTo(404);
		Api.Response withdrawn = this.api.post("/api/v1/applications/" + id + "/withdrawal", Fixtures.APPLICANT, null,
				"");
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.json().get("status").stringValue()).isEqualTo("WITHDRAWN");
		assertThat(applicationsLayer()).isEmpty();
		assertThat(this.api.post("/api/v1/applications/" + id + "/withdrawal", Fixtures.APPLICANT, null, "").status())
			.isEqualTo(409);
		// The area is free again.
		assertThat(submit(FREE, "gold", Fixtures.APPLICANT2).status()).isEqualTo(201);
	}

	@Test
	void submissionAndWithdrawalAreAudited() {
		String id = submit(FREE, "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		this.api.post("/api/v1/applications/" + id + "/withdrawal", Fixtures.APPLICANT, null, "");
		JsonNode events = this.api.get("/api/v1/audit?subject=application:" + id, Fixtures.OFFICER).json();
		List<String> actions = new ArrayList<>();
		events.forEach((e) -> actions.add(e.get("action").stringValue() + " by " + e.get("actor").stringValue()));
		assertThat(actions).containsExactly("application.submit by " + Fixtures.APPLICANT,
				"application.withdraw by " + Fixtures.APPLICANT);
		assertThat(events.get(0).get("geometry_hash").stringValue()).hasSize(64);
	}

	private JsonNode applicationsLayer() {
		return this.api.get("/api/v1/layers/applications/features", Fixtures.OFFICER).json().get("features");
	}

	private void checkRefused(String mineral, String article) {
		Api.Response response = submit(FREE, mineral, Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").stringValue()).startsWith(article);
		assertThat(count("application")).isZero();
	}

	private Api.Response submit(String wkt, String mineral, String applicant) {
		return this.api.postJson("/api/v1/applications", applicant, "{\"mineral\":\"" + mineral
				+ "\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
	}

	private Api.Response submitWithKey(String wkt, String key) {
		return this.api.send(this.api.request("/api/v1/applications", Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"mineral\":\"copper\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}")));
	}

	private long count(String table) {
		return this.fixtures.count(table);
	}

	private double area(String geometrySql) {
		return this.db.sql("SELECT ST_Area((" + geometrySql + ")::geography)").query(Double.class).single();
	}

}
