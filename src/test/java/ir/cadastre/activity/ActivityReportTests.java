package ir.cadastre.activity;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import ir.cadastre.NeedleClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Reported mining activity is checked against the licences (DESIGN §2; Mining Law Art.
 * 19, 26, 34), on small WKT fixtures in the desert east of Yazd. The test clock is
 * 2026-01-15T08:00:00Z, 11:30 on 2026-01-15 in Tehran.
 */
@CadastreTest
class ActivityReportTests extends ApiTest {

	private static final String REPORTS = "/api/v1/activity-reports";

	/** A 0.1° square licence: 54.0–54.1 E, 32.0–32.1 N. */
	private static final String LICENCE = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	/** Its eastern neighbour, sharing the edge at 54.1 E. */
	private static final String EAST_LICENCE = "POLYGON((54.1 32, 54.2 32, 54.2 32.1, 54.1 32.1, 54.1 32))";

	private static final String INSIDE = "POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))";

	/** Half on the licence, half east of it. */
	private static final String ACROSS = "POLYGON((54.05 32.02, 54.15 32.02, 54.15 32.06, 54.05 32.06, 54.05 32.02))";

	/** East of the licence, touching it along its eastern edge. */
	private static final String ALONG_THE_EDGE = "POLYGON((54.1 32.02, 54.2 32.02, 54.2 32.08, 54.1 32.08, 54.1 32.02))";

	private static final String FAR_AWAY = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	private static final String DOE_REVIEWER2 = "t-doe-reviewer2";

	/** An area granted through the API, a 0.02° square. */
	private static final String GRANTED = "POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))";

	/** Its western half. */
	private static final String GRANTED_WEST = "POLYGON((54.5 32.5, 54.51 32.5, 54.51 32.52, 54.5 32.52, 54.5 32.5))";

	/** Inside its eastern half. */
	private static final String SEEN_EAST = "POLYGON((54.512 32.505, 54.518 32.505, 54.518 32.515, 54.512 32.515, "
			+ "54.512 32.505))";

	@BeforeEach
	void setUp() {
		this.db.sql("DELETE FROM activity_report").update();
		// A second DoE reviewer, with the password of the first.
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id)
				SELECT :name, password_hash, role, agency_id FROM app_user WHERE username = :first
				ON CONFLICT (username) DO NOTHING
				""").param("name", DOE_REVIEWER2).param("first", Fixtures.DOE_REVIEWER).update();
	}

	@Test
	void article19_activityOutsideEveryLicenceIsFlagged() throws IOException, InterruptedException {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		HttpResponse<String> response = send(Fixtures.OFFICER, "{\"geometry\":" + this.fixtures.geoJson(FAR_AWAY)
				+ ",\"observedOn\":\"2026-01-10\",\"description\":\"Trucks loading ore\"}");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode report = new Api.Response(201, "application/json", response.body(), null).json();
		assertThat(response.headers().firstValue("Location")).hasValue(REPORTS + "/" + report.get("id").stringValue());
		double area = area(wkt(FAR_AWAY));
		assertThat(report.get("flagged").booleanValue()).isTrue();
		assertThat(report.get("area_m2").doubleValue()).isCloseTo(area, within(area * 1e-6));
		assertThat(report.get("outsideArea_m2").doubleValue()).isCloseTo(area, within(area * 1e-6));
		assertThat(areaOf(report.get("outsideGeometry"))).isCloseTo(area, within(area * 1e-6));
		assertThat(report.get("covering")).isEmpty();
		assertThat(report.get("finding").stringValue()).contains("outside every licence", "(Art. 19)");
		assertThat(report.get("number").longValue()).isPositive();
		assertThat(report.get("reportedBy").stringValue()).isEqualTo(Fixtures.OFFICER);
		assertThat(report.get("reportedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(report.get("observedOn").stringValue()).isEqualTo("2026-01-10");
		assertThat(report.get("description").stringValue()).isEqualTo("Trucks loading ore");
		assertThat(report.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(this.fixtures.count("activity_report")).isOne();
	}

	@Test
	void article26_activityInsideALicenceIsNotFlagged() {
		long licence = this.fixtures.feature("licences", "LIC-1", LICENCE);
		JsonNode report = report(Fixtures.OFFICER, INSIDE);
		double area = area(wkt(INSIDE));
		assertThat(report.get("flagged").booleanValue()).isFalse();
		assertThat(report.get("outsideGeometry").isNull()).isTrue();
		assertThat(report.get("outsideArea_m2").doubleValue()).isZero();
		assertThat(report.get("covering")).hasSize(1);
		JsonNode covering = report.get("covering").get(0);
		assertThat(covering.get("featureId").stringValue()).isEqualTo(Long.toString(licence));
		assertThat(covering.get("externalId").stringValue()).isEqualTo("LIC-1");
		assertThat(covering.get("name").stringValue()).isEqualTo("LIC-1");
		assertThat(covering.get("area_m2").doubleValue()).isCloseTo(area, within(area * 1e-6));
		assertThat(report.get("finding").stringValue()).contains("operational area of licence(s) LIC-1", "(Art. 26)")
			.doesNotContain("Art. 19");
		assertThat(report.get("observedOn").isNull()).isTrue();
	}

	@Test
	void article19_activityPartlyInsideALicenceReportsTheOutsidePart() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		JsonNode report = report(Fixtures.OFFICER, ACROSS);
		double outside = area("ST_Difference(" + wkt(ACROSS) + ", " + wkt(LICENCE) + ")");
		double inside = area("ST_Intersection(" + wkt(ACROSS) + ", " + wkt(LICENCE) + ")");
		assertThat(report.get("flagged").booleanValue()).isTrue();
		assertThat(report.get("outsideArea_m2").doubleValue()).isCloseTo(outside, within(outside * 1e-6));
		assertThat(areaOf(report.get("outsideGeometry"))).isCloseTo(outside, within(outside * 1e-6));
		assertThat(report.get("covering").get(0).get("area_m2").doubleValue()).isCloseTo(inside, within(inside * 1e-6));
		assertThat(report.get("finding").stringValue()).contains("(Art. 19)", "LIC-1", "(Art. 26)");
		// The outside part is the eastern half: it shares nothing with the licence.
		assertThat(this.db.sql("SELECT ST_Area(ST_Intersection(ST_GeomFromGeoJSON(:g), " + wkt(LICENCE) + "))")
			.param("g", report.get("outsideGeometry").toString())
			.query(Double.class)
			.single()).isLessThan(1e-12);
	}

	@Test
	void article26_activityAcrossTwoLicencesIsCoveredByBoth() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		this.fixtures.feature("licences", "LIC-2", EAST_LICENCE);
		JsonNode report = report(Fixtures.OFFICER, ACROSS);
		assertThat(report.get("flagged").booleanValue()).isFalse();
		assertThat(report.get("covering")).hasSize(2);
		assertThat(report.get("finding").stringValue()).contains("LIC-1", "LIC-2", "(Art. 26)");
	}

	/** {@link NeedleClaims}: the part outside both licences is reported. */
	@Test
	void article19_activityAcrossALicenceWithANeedleReportsTheOutsidePart() {
		this.fixtures.feature("licences", "LIC-1", NeedleClaims.LICENCE);
		this.fixtures.feature("licences", "LIC-2", NeedleClaims.TRIMMED);
		JsonNode report = report(Fixtures.OFFICER, NeedleClaims.AREA);
		double outside = area("ST_Difference(" + wkt(NeedleClaims.AREA) + ", ST_Union(" + wkt(NeedleClaims.LICENCE)
				+ ", " + wkt(NeedleClaims.TRIMMED) + "))");
		assertThat(report.get("covering")).hasSize(2);
		assertThat(report.get("outsideArea_m2").doubleValue()).isCloseTo(outside, within(1.0));
	}

	@Test
	void touchingALicenceAlongAnEdgeIsNotCoverage() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		JsonNode report = report(Fixtures.OFFICER, ALONG_THE_EDGE);
		double area = area(wkt(ALONG_THE_EDGE));
		assertThat(report.get("flagged").booleanValue()).isTrue();
		assertThat(report.get("covering")).isEmpty();
		assertThat(report.get("outsideArea_m2").doubleValue()).isCloseTo(area, within(area * 1e-6));
	}

	@Test
	void aRetiredLicenceDoesNotCover() {
		long licence = this.fixtures.feature("licences", "LIC-OLD", LICENCE);
		long version = this.db
			.sql("INSERT INTO layer_version (layer_id, created_by, source) VALUES ('licences', 't', 't') RETURNING id")
			.query(Long.class)
			.single();
		this.db.sql("UPDATE feature SET retired_in = :version WHERE id = :id")
			.param("version", version)
			.param("id", licence)
			.update();
		JsonNode report = report(Fixtures.OFFICER, INSIDE);
		assertThat(report.get("flagged").booleanValue()).isTrue();
		assertThat(report.get("covering")).isEmpty();
	}

	@Test
	@DisplayName("Art. 19: a licence whose term has ended covers nothing, before the sweep removes it")
	void article19_anEndedLicenceDoesNotCover() {
		long licence = this.fixtures.feature("licences", "LIC-ENDED", LICENCE);
		this.db.sql("UPDATE feature SET ends_at = TIMESTAMPTZ '2026-01-15T07:59:00Z' WHERE id = :id")
			.param("id", licence)
			.update();
		JsonNode report = report(Fixtures.OFFICER, INSIDE);
		assertThat(report.get("flagged").booleanValue()).isTrue();
		assertThat(report.get("covering")).isEmpty();
	}

	@Test
	void aRemainderOutsideNoLargerThanTheSliverToleranceIsNotFlagged() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		// Inside the licence but for a tiny triangle over its eastern edge: 0.47 m × 2.2
		// m.
		String grazing = "POLYGON((54.09 32.09, 54.1 32.09, 54.1 32.095, 54.100005 32.09501, 54.1 32.09502, "
				+ "54.1 32.1, 54.09 32.1, 54.09 32.09))";
		JsonNode report = report(Fixtures.OFFICER, grazing);
		double outside = area("ST_Difference(" + wkt(grazing) + ", " + wkt(LICENCE) + ")");
		assertThat(outside).isBetween(0.1, 1.0);
		assertThat(report.get("flagged").booleanValue()).isFalse();
		assertThat(report.get("outsideArea_m2").doubleValue()).isCloseTo(outside, within(outside * 1e-6));
		assertThat(report.get("outsideGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(report.get("finding").stringValue()).contains("(Art. 26)").doesNotContain("Art. 19");
	}

	@Test
	void aDescriptionOfUpTo2000CharactersInAnyScriptIsKept() {
		String description = "کامیون‌های حمل سنگ آهن ".repeat(100).substring(0, 2000);
		Api.Response response = this.api.postJson(REPORTS, Fixtures.OFFICER, body(FAR_AWAY, null, description));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("description").stringValue()).isEqualTo(description);
	}

	@Test
	void onlyTheLicencesLayerCovers() {
		this.fixtures.feature("applications", "1", LICENCE);
		this.fixtures.feature("protected_areas", "PA", LICENCE);
		assertThat(report(Fixtures.OFFICER, INSIDE).get("flagged").booleanValue()).isTrue();
	}

	@Test
	@DisplayName("a UTM vertex list (zone 40N) is checked as its GeoJSON is")
	void utmVertexList() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		List<double[]> utm = this.db.sql("""
				SELECT ST_X(p.geom), ST_Y(p.geom) FROM ST_DumpPoints(ST_Transform(%s, 32640)) p
				""".formatted(wkt(INSIDE))).query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).list();
		List<String> corners = new ArrayList<>();
		for (double[] c : utm.subList(0, 4)) {
			corners.add("[" + c[0] + "," + c[1] + "]");
		}
		Api.Response response = this.api.postJson(REPORTS, Fixtures.DOE_REVIEWER,
				"{\"vertices\":{\"srid\":32640,\"coordinates\":[" + String.join(",", corners)
						+ "]},\"description\":\"Blasting heard\"}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("flagged").booleanValue()).isFalse();
	}

	@Test
	void observedTodayIsAccepted() {
		Api.Response response = this.api.postJson(REPORTS, Fixtures.OFFICER, body(FAR_AWAY, "2026-01-15", "Seen"));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("observedOn").stringValue()).isEqualTo("2026-01-15");
	}

	@Test
	void aDayTypedInPersianDigitsIsReadAsTheSameDay() {
		Api.Response response = this.api.postJson(REPORTS, Fixtures.OFFICER,
				body(FAR_AWAY, "\u200F۲۰۲۶-۰۱-١٥", "Seen"));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		assertThat(response.json().get("observedOn").stringValue()).isEqualTo("2026-01-15");
	}

	static Stream<Arguments> badInputs() {
		String area = "{\"type\":\"Polygon\",\"coordinates\":[[[54.3,32.3],[54.32,32.3],[54.32,32.32],[54.3,32.32],[54.3,32.3]]]}";
		String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[54.3,32.3],[54.32,32.32],[54.32,32.3],[54.3,32.32],[54.3,32.3]]]}";
		String germany = "{\"type\":\"Polygon\",\"coordinates\":[[[10,50],[10.1,50],[10.1,50.1],[10,50.1],[10,50]]]}";
		return Stream.of(
				Arguments.of("a self-intersecting area", "{\"geometry\":" + bowtie + ",\"description\":\"x\"}", 422,
						"invalid-geometry"),
				Arguments.of("an area outside Iran", "{\"geometry\":" + germany + ",\"description\":\"x\"}", 422,
						"outside-jurisdiction"),
				Arguments.of("no area", "{\"description\":\"x\"}", 400, "geometry-structure"),
				Arguments.of("both geometry and vertices",
						"{\"geometry\":" + area
								+ ",\"vertices\":{\"srid\":32640,\"coordinates\":[]},\"description\":\"x\"}",
						400, "geometry-structure"),
				Arguments.of("a blank description", "{\"geometry\":" + area + ",\"description\":\" \\t\"}", 400,
						"invalid-activity-report"),
				Arguments.of("no description", "{\"geometry\":" + area + "}", 400, "invalid-activity-report"),
				Arguments.of("a description over 2,000 characters",
						"{\"geometry\":" + area + ",\"description\":\"" + "x".repeat(2001) + "\"}", 400,
						"invalid-activity-report"),
				Arguments.of("a day seen in the future",
						"{\"geometry\":" + area + ",\"description\":\"x\",\"observedOn\":\"2026-01-16\"}", 422,
						"observed-in-future"),
				Arguments.of("a day not written yyyy-MM-dd",
						"{\"geometry\":" + area + ",\"description\":\"x\",\"observedOn\":\"15/01/2026\"}", 400,
						"invalid-activity-report"),
				Arguments.of("a Solar Hijri day",
						"{\"geometry\":" + area + ",\"description\":\"x\",\"observedOn\":\"1404-10-20\"}", 400,
						"invalid-activity-report"),
				Arguments.of("a day that does not exist",
						"{\"geometry\":" + area + ",\"description\":\"x\",\"observedOn\":\"2025-02-30\"}", 400,
						"invalid-activity-report"),
				Arguments.of("an unknown field", "{\"geometry\":" + area + ",\"description\":\"x\",\"flagged\":false}",
						400, "unknown-field"),
				Arguments.of("malformed JSON", "{\"geometry\":", 400, "malformed-json"));
	}

	@ParameterizedTest(name = "{0} is refused")
	@MethodSource("badInputs")
	void badInputIsRefusedAndNothingIsStored(String name, String body, int status, String type) {
		long events = reportedEvents();
		Api.Response response = this.api.postJson(REPORTS, Fixtures.OFFICER, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.isProblem()).as(response.toString()).isTrue();
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:" + type);
		assertThat(this.fixtures.count("activity_report")).isZero();
		assertThat(reportedEvents()).isEqualTo(events);
	}

	@Test
	void aBadFlaggedParameterIsAProblemNamingIt() {
		Api.Response response = this.api.get(REPORTS + "?flagged=yes", Fixtures.OFFICER);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("flagged");
	}

	@Test
	void article34_onlyOfficersAndReviewersReport() {
		for (String user : new String[] { Fixtures.APPLICANT, Fixtures.GIS_ADMIN }) {
			Api.Response posted = this.api.postJson(REPORTS, user, body(FAR_AWAY, null, "Seen"));
			assertThat(posted.status()).as(user).isEqualTo(403);
			assertThat(posted.isProblem()).isTrue();
			assertThat(this.api.get(REPORTS, user).status()).as(user).isEqualTo(403);
		}
		String id = report(Fixtures.OFFICER, FAR_AWAY).get("id").stringValue();
		assertThat(this.api.get(REPORTS + "/" + id, Fixtures.APPLICANT).status()).isEqualTo(403);
		assertThat(this.api.get(REPORTS, null).status()).isEqualTo(401);
		assertThat(this.fixtures.count("activity_report")).isOne();
	}

	@Test
	void aReviewerSeesOnlyTheReportsOfItsAgencysUsers() {
		String byDoe = report(Fixtures.DOE_REVIEWER, FAR_AWAY).get("id").stringValue();
		String byDoe2 = report(DOE_REVIEWER2, INSIDE).get("id").stringValue();
		String byFrwo = report(Fixtures.FRWO_REVIEWER, ACROSS).get("id").stringValue();
		String byOfficer = report(Fixtures.OFFICER, ALONG_THE_EDGE).get("id").stringValue();
		assertThat(ids(this.api.get(REPORTS, Fixtures.DOE_REVIEWER).json())).containsExactly(byDoe2, byDoe);
		assertThat(ids(this.api.get(REPORTS, Fixtures.FRWO_REVIEWER).json())).containsExactly(byFrwo);
		assertThat(this.api.get(REPORTS + "/" + byDoe2, Fixtures.DOE_REVIEWER).status()).isEqualTo(200);
		for (String hidden : List.of(byFrwo, byOfficer)) {
			Api.Response response = this.api.get(REPORTS + "/" + hidden, Fixtures.DOE_REVIEWER);
			assertThat(response.status()).isEqualTo(404);
			assertThat(response.isProblem()).isTrue();
		}
	}

	@Test
	void anOfficerSeesEveryReportLatestFirst() {
		String first = report(Fixtures.DOE_REVIEWER, FAR_AWAY).get("id").stringValue();
		String second = report(Fixtures.FRWO_REVIEWER, INSIDE).get("id").stringValue();
		String third = report(Fixtures.OFFICER, ACROSS).get("id").stringValue();
		assertThat(ids(this.api.get(REPORTS, Fixtures.OFFICER).json())).containsExactly(third, second, first);
		assertThat(this.api.get(REPORTS + "/" + first, Fixtures.OFFICER).json().get("reportedBy").stringValue())
			.isEqualTo(Fixtures.DOE_REVIEWER);
	}

	@Test
	void theListKeepsFlaggedOrUnflaggedReportsAndPages() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		String outside = report(Fixtures.OFFICER, FAR_AWAY).get("id").stringValue();
		String inside = report(Fixtures.OFFICER, INSIDE).get("id").stringValue();
		String across = report(Fixtures.OFFICER, ACROSS).get("id").stringValue();
		assertThat(ids(this.api.get(REPORTS + "?flagged=true", Fixtures.OFFICER).json())).containsExactly(across,
				outside);
		assertThat(ids(this.api.get(REPORTS + "?flagged=false", Fixtures.OFFICER).json())).containsExactly(inside);
		Api.Response page = this.api.get(REPORTS + "?flagged=true&page=1&pageSize=1", Fixtures.OFFICER);
		assertThat(ids(page.json().get("items"))).containsExactly(across);
		assertThat(page.json().get("next").stringValue()).contains("page=2");
		assertThat(ids(this.api.get(REPORTS + "?flagged=true&page=2&pageSize=1", Fixtures.OFFICER).json().get("items")))
			.containsExactly(outside);
	}

	@Test
	void anUnknownReportIs404() {
		Api.Response response = this.api.get(REPORTS + "/00000000-0000-0000-0000-000000000000", Fixtures.OFFICER);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:activity-report-not-found");
	}

	@Test
	void theReportIsAudited() {
		this.fixtures.feature("licences", "LIC-1", LICENCE);
		JsonNode report = report(Fixtures.DOE_REVIEWER, ACROSS);
		String subject = "activity-report:" + report.get("id").stringValue();
		Map<String, Object> event = this.db
			.sql("SELECT actor, role, agency, details::text AS details, geometry_hash FROM audit_event "
					+ "WHERE action = 'activity.reported' AND subject = :subject")
			.param("subject", subject)
			.query()
			.singleRow();
		assertThat(event.get("actor")).isEqualTo(Fixtures.DOE_REVIEWER);
		assertThat(event.get("role")).isEqualTo("AGENCY_REVIEWER");
		assertThat(event.get("agency")).isEqualTo("doe");
		assertThat((String) event.get("geometry_hash")).hasSize(64);
		assertThat((String) event.get("details")).contains("\"flagged\": true",
				"\"number\": " + report.get("number").longValue());
		JsonNode trail = this.api.get("/api/v1/audit?subject=" + subject, Fixtures.OFFICER).json();
		assertThat(trail).hasSize(1);
		assertThat(trail.get(0).get("action").stringValue()).isEqualTo("activity.reported");
	}

	@Test
	@DisplayName("Art. 19: activity seen on a day before its licence was granted is outside every licence on that day")
	void article19_aLicenceGrantedAfterTheDayDoesNotCoverIt() {
		String licence = GrantedLicences.exploration(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(GRANTED));
		JsonNode before = seenOn(SEEN_EAST, "2026-01-10");
		assertThat(before.get("flagged").booleanValue()).isTrue();
		assertThat(before.get("covering")).isEmpty();
		assertThat(before.get("judgedOn").stringValue()).isEqualTo("2026-01-10");
		assertThat(before.get("finding").stringValue()).contains("(Art. 19)",
				"Judged against the licences in force on 2026-01-10 (Asia/Tehran)");
		// Granted today at 11:30 (Tehran): seen today, it may have been before or after.
		JsonNode today = seenOn(SEEN_EAST, "2026-01-15");
		assertThat(today.get("flagged").booleanValue()).isFalse();
		JsonNode covering = today.get("covering").get(0);
		assertThat(covering.get("licenceId").stringValue()).isEqualTo(licence);
		assertThat(covering.get("partOfDay").booleanValue()).isTrue();
		assertThat(today.get("finding").stringValue()).contains("(Art. 26)",
				"were in force for part of that day only: whether at the hour the activity was seen is not known");
		assertThat(report(Fixtures.OFFICER, SEEN_EAST).get("judgedOn").isNull()).as("no day: the licences now")
			.isTrue();
	}

	@Test
	@DisplayName("Art. 26: a licence closed since covers the days it was in force, and not those after")
	void article26_aClosedLicenceCoversTheDaysItWasInForce() {
		String licence = grantedOn1December();
		assertThat(this.api
			.postJson("/api/v1/licences/" + licence + "/closure", Fixtures.OFFICER, "{\"reason\":\"surrendered\"}")
			.status()).isEqualTo(200);
		JsonNode inForce = seenOn(SEEN_EAST, "2026-01-10");
		assertThat(inForce.get("flagged").booleanValue()).isFalse();
		JsonNode covering = inForce.get("covering").get(0);
		assertThat(covering.get("licenceId").stringValue()).isEqualTo(licence);
		assertThat(covering.get("featureId").isNull()).as("it has left the licences layer").isTrue();
		assertThat(covering.get("partOfDay").booleanValue()).isFalse();
		assertThat(inForce.get("finding").stringValue()).contains("(Art. 26)", "no. " + covering.get("number"));
		assertThat(report(Fixtures.OFFICER, SEEN_EAST).get("flagged").booleanValue()).as("closed now").isTrue();

		this.db.sql("UPDATE licence SET ended_at = TIMESTAMPTZ '2026-01-05 10:00Z' WHERE id = CAST(:id AS uuid)")
			.param("id", licence)
			.update();
		assertThat(seenOn(SEEN_EAST, "2026-01-10").get("flagged").booleanValue()).as("closed before").isTrue();
		assertThat(seenOn(SEEN_EAST, "2026-01-05").get("covering").get(0).get("partOfDay").booleanValue())
			.as("closed that day")
			.isTrue();
		assertThat(seenOn(SEEN_EAST, "2025-11-30").get("flagged").booleanValue()).as("issued after").isTrue();
	}

	@Test
	@DisplayName("Art. 26: an exploration licence its certificate superseded since covers its whole area on the days before")
	void article26_aSupersededLicenceCoversItsWholeAreaOnTheDaysBefore() {
		String licence = grantedOn1December();
		Api.Response certificate = this.api.postJson("/api/v1/licences/" + licence + "/discovery-certificate",
				Fixtures.OFFICER, "{\"reserve\":\"1.2 Mt\",\"explorationCostRials\":1000,\"geometry\":"
						+ this.fixtures.geoJson(GRANTED_WEST) + "}");
		assertThat(certificate.status()).as(certificate.body()).isEqualTo(201);
		JsonNode before = seenOn(SEEN_EAST, "2026-01-10");
		assertThat(before.get("flagged").booleanValue()).isFalse();
		assertThat(before.get("covering")).singleElement()
			.satisfies((covering) -> assertThat(covering.get("licenceId").stringValue()).isEqualTo(licence));
		assertThat(report(Fixtures.OFFICER, SEEN_EAST).get("flagged").booleanValue())
			.as("now the certificate alone, on the west half")
			.isTrue();
	}

	@Test
	@DisplayName("Art. 19: on a day before the old cadastre's licence was loaded, its standing is not known: neither covered nor flagged")
	void article19_anOldLicenceLoadedAfterTheDayIsUndetermined() {
		this.fixtures.loadedAt(this.fixtures.feature("licences", "LIC-OLD", LICENCE), "2026-01-12T06:00:00Z");
		JsonNode before = seenOn(INSIDE, "2026-01-10");
		assertThat(before.get("flagged").booleanValue()).isFalse();
		assertThat(before.get("covering")).isEmpty();
		assertThat(before.get("outsideGeometry").isNull()).isTrue();
		assertThat(before.get("undetermined")).singleElement().satisfies((old) -> {
			assertThat(old.get("externalId").stringValue()).isEqualTo("LIC-OLD");
			assertThat(old.get("loadedAt").stringValue()).isEqualTo("2026-01-12T06:00:00Z");
		});
		assertThat(before.get("finding").stringValue()).contains("LIC-OLD", "is not recorded");
		JsonNode after = seenOn(INSIDE, "2026-01-13");
		assertThat(after.get("covering")).singleElement()
			.satisfies((covering) -> assertThat(covering.get("externalId").stringValue()).isEqualTo("LIC-OLD"));
		assertThat(after.get("undetermined")).isEmpty();
		JsonNode across = seenOn(ACROSS, "2026-01-10");
		assertThat(across.get("flagged").booleanValue()).as("the half outside it").isTrue();
		double outside = area("ST_Difference(" + wkt(ACROSS) + ", " + wkt(LICENCE) + ")");
		assertThat(across.get("outsideArea_m2").doubleValue()).isCloseTo(outside, within(outside * 1e-6));
	}

	/** An exploration licence on {@link #GRANTED}, its issue set back to 2025-12-01. */
	private String grantedOn1December() {
		String licence = GrantedLicences.exploration(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(GRANTED));
		this.db.sql("UPDATE licence SET issued_at = TIMESTAMPTZ '2025-12-01 06:00Z' WHERE id = CAST(:id AS uuid)")
			.param("id", licence)
			.update();
		return licence;
	}

	private JsonNode seenOn(String wkt, String observedOn) {
		Api.Response response = this.api.postJson(REPORTS, Fixtures.OFFICER,
				body(wkt, observedOn, "Excavator at work"));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private JsonNode report(String user, String wkt) {
		Api.Response response = this.api.postJson(REPORTS, user, body(wkt, null, "Excavator at work"));
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json();
	}

	private String body(String wkt, String observedOn, String description) {
		return "{\"geometry\":" + this.fixtures.geoJson(wkt) + ",\"description\":\"" + description + "\""
				+ ((observedOn != null) ? ",\"observedOn\":\"" + observedOn + "\"" : "") + "}";
	}

	private HttpResponse<String> send(String user, String body) throws IOException, InterruptedException {
		HttpRequest request = this.api.request(REPORTS, user)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private long reportedEvents() {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = 'activity.reported'")
			.query(Long.class)
			.single();
	}

	private static List<String> ids(JsonNode reports) {
		List<String> ids = new ArrayList<>();
		reports.forEach((r) -> ids.add(r.get("id").stringValue()));
		return ids;
	}

	private static String wkt(String wkt) {
		return "ST_GeomFromText('" + wkt + "', 4326)";
	}

	private double area(String geometrySql) {
		return this.db.sql("SELECT ST_Area((" + geometrySql + ")::geography)").query(Double.class).single();
	}

	private double areaOf(JsonNode geoJson) {
		return this.db.sql("SELECT ST_Area(ST_GeomFromGeoJSON(:g)::geography)")
			.param("g", geoJson.toString())
			.query(Double.class)
			.single();
	}

}
