package ir.cadastre.sample;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as {@code ./cadastre run} starts it: the sample layers of
 * {@code gis-data/sample} and the demo users, loaded into an empty database.
 */
@CadastreTest
@TestPropertySource(properties = { "cadastre.sample-data=true", "cadastre.demo-password=" + Api.PASSWORD,
		"cadastre.sample-data-dir=gis-data/sample" })
class SampleDataTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@AfterAll
	static void removeSampleData(@Autowired JdbcClient db) {
		// Other test classes share the database and start from no features and no demo
		// users.
		db.sql("TRUNCATE feature, feature_part, layer_version CASCADE").update();
		db.sql("DELETE FROM app_user WHERE username NOT LIKE 't-%'").update();
	}

	@Test
	void everyLayerHasSampleFeatures() {
		JsonNode layers = new Api(this.port).get("/api/v1/layers", "applicant1").json();
		Map<String, Long> counts = new HashMap<>();
		layers.forEach((layer) -> counts.put(layer.get("id").stringValue(), layer.get("featureCount").longValue()));
		// Beside those another test class's users ("t-…") may have left pending.
		long others = this.db
			.sql("SELECT count(*) FROM application WHERE applicant LIKE 't-%' AND feature_id IS NOT NULL")
			.query(Long.class)
			.single();
		assertThat(counts).as("the seven demo applications").containsEntry("applications", 7L + others);
		assertThat(counts).hasSize(8).allSatisfy((layer, count) -> assertThat(count).as(layer).isPositive());
		assertThat(counts.get("property_parcels")).isGreaterThan(1000);
	}

	@Test
	void everyDemoUserFindsApplicationsUnderWay() {
		Api api = new Api(this.port);
		Map<String, List<String>> byApplicant = new HashMap<>();
		// Other test classes' users ("t-…") may have left applications behind.
		api.get("/api/v1/applications", "officer")
			.json()
			.valueStream()
			.filter((application) -> !application.get("applicant").stringValue().startsWith("t-"))
			.forEach((application) -> byApplicant
				.computeIfAbsent(application.get("applicant").stringValue(), (k) -> new java.util.ArrayList<>())
				.add(application.get("mineral").stringValue() + " " + application.get("status").stringValue()));
		assertThat(byApplicant).containsOnlyKeys("applicant1", "applicant2");
		assertThat(byApplicant.get("applicant1")).containsExactlyInAnyOrder("iron_ore UNDER_CONSULTATION",
				"chromite READY_FOR_DECISION", "decorative_stone READY_FOR_DECISION", "turquoise READY_FOR_DECISION");
		assertThat(byApplicant.get("applicant2")).containsExactlyInAnyOrder("copper UNDER_CONSULTATION",
				"limestone READY_FOR_DECISION", "gold UNDER_CONSULTATION");
		assertThat(inquiries(api, "doe-reviewer")).containsExactlyInAnyOrder("OPEN", "OPEN", "DEEMED_CONSENT");
		assertThat(inquiries(api, "frwo-reviewer")).containsExactlyInAnyOrder("OPEN", "PARTIALLY_OBJECTED",
				"CONSENTED");
		assertThat(inquiries(api, "agri-reviewer")).containsExactly("PARTIALLY_OBJECTED");
	}

	@Test
	void theDemoApplicationsShowEveryConsequence() {
		JsonNode applications = new Api(this.port).get("/api/v1/applications", "officer").json();
		JsonNode stone = find(applications, "decorative_stone");
		assertThat(stone.get("compensation").booleanValue()).as("Art. 22").isTrue();
		assertThat(stone.get("compensationParcels").size()).isEqualTo(12);
		assertThat(find(applications, "chromite").get("levy").booleanValue()).as("Art. 25").isTrue();
		JsonNode limestone = find(applications, "limestone");
		assertThat(limestone.get("grantableArea_m2").doubleValue()).as("the farmland refused (Art. 24)")
			.isBetween(0.3 * limestone.get("area_m2").doubleValue(), 0.6 * limestone.get("area_m2").doubleValue());
	}

	@Test
	void article24_theDemoShowsAnAgencysSilenceAsConsent() {
		JsonNode applications = new Api(this.port).get("/api/v1/applications", "officer").json();
		JsonNode turquoise = find(applications, "turquoise");
		JsonNode copper = find(applications, "copper");
		assertThat(turquoise.get("receipt").longValue()).as("the first received")
			.isLessThan(copper.get("receipt").longValue());
		assertThat(OffsetDateTime.parse(turquoise.get("receivedAt").stringValue()))
			.isEqualTo(OffsetDateTime.parse(copper.get("receivedAt").stringValue()).minusMonths(5));
		assertThat(turquoise.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		JsonNode inquiry = turquoise.get("inquiries").get(0);
		assertThat(inquiry.get("agency").stringValue()).isEqualTo("doe");
		assertThat(inquiry.get("status").stringValue()).isEqualTo("DEEMED_CONSENT");
		assertThat(inquiry.get("answeredAt").isNull()).as("never answered").isTrue();
		assertThat(Instant.parse(inquiry.get("deadline").stringValue())).as("four months after its notification")
			.isBetween(Instant.parse(inquiry.get("notifiedAt").stringValue()).plus(Duration.ofDays(119)),
					Instant.parse(inquiry.get("notifiedAt").stringValue()).plus(Duration.ofDays(125)))
			.isBefore(Instant.parse(copper.get("receivedAt").stringValue()));
	}

	private static JsonNode find(JsonNode applications, String mineral) {
		return applications.valueStream()
			.filter((a) -> mineral.equals(a.get("mineral").stringValue()))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> inquiries(Api api, String reviewer) {
		return api.get("/api/v1/inquiries", reviewer)
			.json()
			.valueStream()
			.map((i) -> i.get("status").stringValue())
			.toList();
	}

	@Test
	void sampleFeaturesAreValidInsideIranAndSubdivided() {
		assertThat(this.db.sql("""
				SELECT count(*) FROM feature f, jurisdiction j
				WHERE NOT ST_IsValid(f.geom) OR NOT ST_CoveredBy(f.geom, j.geom)
				""").query(Long.class).single()).isZero();
		assertThat(this.db.sql("SELECT count(DISTINCT feature_id) FROM feature_part").query(Long.class).single())
			.isEqualTo(this.db.sql("SELECT count(*) FROM feature").query(Long.class).single());
	}

	@Test
	void protectedAreasAreRealisticInShape() {
		Map<String, Object> shape = this.db.sql("""
				SELECT max(ST_NPoints(geom)) AS most_vertices,
				       count(*) FILTER (WHERE ST_NumInteriorRings(ST_GeometryN(geom, 1)) > 0) AS with_holes,
				       count(*) FILTER (WHERE ST_NumGeometries(geom) > 1) AS multipart
				FROM feature WHERE layer_id = 'protected_areas'
				""").query().singleRow();
		assertThat((Integer) shape.get("most_vertices")).isGreaterThanOrEqualTo(100_000);
		assertThat((Long) shape.get("with_holes")).isPositive();
		assertThat((Long) shape.get("multipart")).isPositive();
	}

	@Test
	void theSampleLicencesAreInTheRegisterHeldByTheDemoApplicants() {
		Api api = new Api(this.port);
		// Other test classes' licences, held by their own users, may share the database.
		List<JsonNode> register = api.get("/api/v1/licences", "officer")
			.json()
			.valueStream()
			.filter((l) -> List.of("applicant1", "applicant2").contains(l.get("holder").stringValue()))
			.toList();
		assertThat(register).hasSize(15);
		Map<String, Long> types = new HashMap<>();
		register.forEach((licence) -> {
			assertThat(licence.get("status").stringValue()).isEqualTo("ACTIVE");
			assertThat(licence.get("registeredAt").isNull()).isFalse();
			types.merge(licence.get("type").stringValue(), 1L, Long::sum);
		});
		assertThat(types).containsOnlyKeys("EXPLORATION", "DISCOVERY_CERTIFICATE", "EXPLOITATION", "WITHDRAWAL_PERMIT");
		JsonNode mine = api.get("/api/v1/licences?holder=applicant1", "applicant1").json();
		assertThat(mine.size()).isEqualTo(8);
		assertThat(mine.valueStream().flatMap((l) -> l.get("warnings").valueStream()))
			.as("one exploitation licence warned (Art. 20)")
			.singleElement()
			.satisfies((warning) -> {
				assertThat(warning.get("status").stringValue()).isEqualTo("OPEN");
				assertThat(warning.get("daysLeft").intValue()).isEqualTo(30);
			});
		JsonNode certificate = api.get("/api/v1/licences?holder=applicant2", "applicant2")
			.json()
			.valueStream()
			.filter((l) -> "DISCOVERY_CERTIFICATE".equals(l.get("type").stringValue()))
			.findFirst()
			.orElseThrow();
		assertThat(certificate.get("daysLeft").intValue()).as("two Solar Hijri months of priority left")
			.isBetween(58, 62);
	}

	@Test
	void everyDemoUserSignsIn() {
		Api api = new Api(this.port);
		for (String user : new String[] { "applicant1", "applicant2", "doe-reviewer", "frwo-reviewer", "agri-reviewer",
				"gis-admin", "officer" }) {
			assertThat(api.get("/api/v1/layers", user).status()).as(user).isEqualTo(200);
		}
		assertThat(this.db.sql("SELECT agency_id FROM app_user WHERE username = 'doe-reviewer'")
			.query(String.class)
			.single()).isEqualTo("doe");
	}

	@Test
	void anAreaCrossingKavirNationalParkNeedsAnInquiryOfTheDepartmentOfEnvironment() {
		String geometry = this.db
			.sql("""
					SELECT ST_AsGeoJSON(ST_Buffer(ST_PointN(ST_ExteriorRing(ST_GeometryN(geom, 1)), 1000)::geography, 3000, 4)::geometry)
					FROM feature WHERE layer_id = 'protected_areas' ORDER BY ST_NPoints(geom) DESC LIMIT 1
					""")
			.query(String.class)
			.single();
		JsonNode report = new Api(this.port)
			.postJson("/api/v1/overlaps", "applicant1", "{\"geometry\":" + geometry + "}")
			.json();
		JsonNode overlap = report.get("overlaps").get(0);
		assertThat(overlap.get("layer").stringValue()).isEqualTo("protected_areas");
		assertThat(overlap.get("agency").stringValue()).isEqualTo("doe");
		assertThat(overlap.get("percentOfApplication").doubleValue()).isBetween(1.0, 99.0);
	}

}
