package ir.cadastre.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that are not what any endpoint reads (text that is not text, a form or a
 * header that is broken) are refused with a 4xx problem that says why, and change
 * nothing; never a 500. Each case names the status and problem type it expects.
 */
@CadastreTest
class MalformedRequestTests extends ApiTest {

	/** A protected area of one feature, a 0.02° square near Yazd, as GeoJSON. */
	private static final String PARK = """
			{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "p1", "name": "Park"},
			 "geometry": {"type": "Polygon",
			  "coordinates": [[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918], [54.30, 31.90]]]}}]}
			""";

	/** Where a refused request could have written. */
	private static final List<String> WRITTEN = List.of("decree", "licence", "licence_warning", "application",
			"activity_report", "feature", "layer_version", "audit_event", "notification");

	@ParameterizedTest(name = "{0} {1} as {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/v1/decrees       | {"action":"EXTEND","days":1,"agency":"doe","reason":"a\\u0000b","reference":"1"} | t-officer   | reason
					/api/v1/licences      | {"featureId":1,"externalId":"EXL\\u0000","holder":"t-applicant"}                | t-officer   | externalId
					/api/v1/applications  | {"type":"EXPLORATION","mineral":"copper\\u0000"}                                 | t-applicant | mineral
					/api/v1/activity-reports | {"description":"\\u0000"}                                                     | t-officer   | description
					""")
	void aNulInAJsonTextIsRefusedNamingTheField(String path, String body, String user, String field) {
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.postJson(path, user, body), 400, "invalid-request");
		assertThat(problem.get("detail").stringValue()).contains("U+0000").contains("(" + field + ")");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo(field);
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/licences?holder=a%00          | holder
			/api/v1/audit?subject=x%00            | subject
			/api/v1/licences?status=ACTIVE&x=%00  | x
			""")
	void aNulInAQueryParameterIsRefusedNamingIt(String path, String parameter) {
		JsonNode problem = refused(this.api.get(path, Fixtures.OFFICER), 400, "invalid-parameter");
		assertThat(problem.get("detail").stringValue()).startsWith(parameter + " holds the character U+0000");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
	}

	@Test
	void aNulInAParametersNameIsRefused() {
		refused(this.api.get("/api/v1/licences?status=ACTIVE&%00=1", Fixtures.OFFICER), 400, "bad-request");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/licences?holder=%FF", "/api/v1/audit?subject=%C3%28", "/api/v1/licences?holder=%E2%82" })
	void aQueryThatIsNotUtf8IsRefused(String path) {
		JsonNode problem = refused(this.api.get(path, Fixtures.OFFICER), 400, "invalid-parameter");
		assertThat(problem.get("detail").stringValue()).startsWith("The query string cannot be read");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "mode=replace%00", "mode=replace&x=%FF" })
	void aFormsQueryThatIsNotTextIsRefusedAndImportsNothing(String query) {
		Map<String, Long> before = rows();
		HttpRequest.Builder form = Uploads.form(this.api, Fixtures.GIS_ADMIN,
				"/api/v1/layers/protected_areas/imports?" + query, "parks.geojson",
				"{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8), Map.of());
		refused(this.api.send(form), 400, "invalid-parameter");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "a NUL in a cell, 'EXL-1,t-applicant\u0000,EXPLORATION,copper,2025-06-01,,,,'",
			"a NUL on its own line, '\u0000'" })
	void aRegisterFileHoldingANulIsNotTextAndRegistersNothing(String name, String row) {
		Map<String, Long> before = rows();
		String csv = "externalId,holder,type,mineral,issuedOn,lastDay,termYears,reserve,explorationCostRials\n" + row
				+ "\n";
		HttpRequest.Builder form = Uploads.form(this.api, Fixtures.OFFICER, "/api/v1/licences/registrations",
				"register.csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
		JsonNode problem = refused(this.api.send(form), 422, "unreadable-file");
		assertThat(problem.get("detail").stringValue()).contains("U+0000");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "/api/v1/overlaps, t-applicant", "/api/v1/areas, t-applicant", "/api/v1/applications, t-applicant",
			"/api/v1/layers/protected_areas/imports?mode=replace, t-gis-admin" })
	void aFormThatCannotBeReadIsRefusedAndChangesNothing(String path, String user) {
		Map<String, Long> before = rows();
		Api.Response noBoundary = this.api.post(path, user, "multipart/form-data", "--x\r\n");
		assertThat(refused(noBoundary, 400, "malformed-form").get("detail").stringValue()).contains("boundary");
		String cutOff = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.geojson\"\r\n\r\n{\"type\"";
		refused(this.api.post(path, user, "multipart/form-data; boundary=b", cutOff), 400, "malformed-form");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aFileNameHoldingANulIsRefusedAndImportsNothing() {
		Map<String, Long> before = rows();
		HttpRequest.Builder form = Uploads.form(this.api, Fixtures.GIS_ADMIN,
				"/api/v1/layers/protected_areas/imports?mode=replace", "parks\u0000.geojson",
				"{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8), Map.of());
		refused(this.api.send(form), 400, "malformed-form");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "/api/v1/overlaps, t-applicant, garbage", "/api/v1/decrees, t-officer, garbage",
			"/api/v1/applications, t-applicant, application/", "/api/v1/licences/registrations, t-officer, ;;" })
	void aContentTypeThatIsNotAMediaTypeIsRefusedAndChangesNothing(String path, String user, String type) {
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.post(path, user, type, "{}"), 415, "unsupported-media-type");
		assertThat(problem.get("detail").stringValue()).contains("not a media type");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("uploadNames")
	void anUploadIsNamedByTheLastSegmentOfItsNameShortAndWithoutNul(String disposition, String kept) {
		Map<String, Long> before = rows();
		Api.Response checked = this.api.send(
				this.api.request("/api/v1/layers/protected_areas/imports?mode=replace&dryRun=true", Fixtures.GIS_ADMIN)
					.header("Content-Type", "multipart/form-data; boundary=b")
					.POST(HttpRequest.BodyPublishers.ofString(
							"--b\r\nContent-Disposition: form-data; name=\"file\"; " + disposition
									+ "\r\nContent-Type: application/octet-stream\r\n\r\n" + PARK + "\r\n--b--\r\n",
							StandardCharsets.UTF_8)));
		assertThat(checked.status()).as("%s", checked).isEqualTo(200);
		assertThat(checked.json().get("file").stringValue()).isEqualTo(kept);
		assertThat(checked.json().get("read").intValue()).isEqualTo(1);
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> uploadNames() {
		String longName = "n".repeat(300) + ".geojson";
		return Stream.of(Arguments.of("filename=\"/\"", "upload"),
				Arguments.of("filename=\"../../etc/parks.geojson\"", "parks.geojson"),
				Arguments.of("filename=\"" + longName + "\"", longName.substring(longName.length() - 100)),
				Arguments.of("filename*=UTF-8''%D9%BE%D8%A7%D8%B1%DA%A9.geojson", "پارک.geojson"),
				Arguments.of("filename*=UTF-8''%00", "upload"));
	}

	@Test
	void aBoundaryFileWhoseCoordinatesOverflowIsUnreadable() {
		String file = PARK.replace("54.30", "1e400");
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.send(Uploads.form(this.api, Fixtures.APPLICANT, "/api/v1/areas",
				"boundary.geojson", file.getBytes(StandardCharsets.UTF_8), Map.of())), 422, "unreadable-file");
		assertThat(problem.get("detail").stringValue()).contains("Feature 1").contains("finite");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{}
			{"outcome": null, "reason": "not fenced"}
			{"outcome": "", "reason": "not fenced"}
			""")
	void aWarningsDecisionWithoutAnOutcomeIsRefusedNamingIt(String body) {
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.postJson("/api/v1/licences/" + UUID.randomUUID() + "/warnings/1/decision",
				Fixtures.OFFICER, body), 400, "invalid-request");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("outcome");
		assertThat(problem.get("errors").get(0).get("reason").stringValue()).contains("FULFILLED");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/licences/1;x", "/api/v1/licences/../audit", "/api/v1/licences/%2e%2e/audit",
			"/api/v1//licences", "/api/v1/licences/%252F" })
	void aPathTheFirewallRefusesIsABadRequestForASignedInUserToo(String path) {
		for (String user : new String[] { Fixtures.OFFICER, null }) {
			HttpResponse<byte[]> response = this.api.bytes(this.api.request(path, user).GET());
			Api.Response answer = new Api.Response(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					new String(response.body(), StandardCharsets.UTF_8), null);
			JsonNode problem = refused(answer, 400, "bad-request");
			assertThat(problem.get("detail").stringValue()).startsWith("The request is malformed");
			assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
		}
	}

	@Test
	void theErrorPageStillNeedsAUserWhenAskedForDirectly() {
		refused(this.api.get("/error", null), 401, "unauthenticated");
		refused(this.api.get("/error", Fixtures.OFFICER), 404, "not-found");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/applications/%2F", "/api/v1/applications/%5C", "/api/v1/applications/%00",
			"/api/v1/applications/%FF" })
	void aPathTomcatRefusesIsAProblemToo(String path) {
		JsonNode problem = refused(this.api.get(path, Fixtures.OFFICER), 400, "bad-request");
		assertThat(problem.get("detail").stringValue()).startsWith("The request was refused before the service");
		Api.Response persian = this.api
			.send(this.api.request(path, Fixtures.OFFICER).header("Accept-Language", "fa").GET());
		assertThat(refused(persian, 400, "bad-request").get("detail").stringValue())
			.containsPattern("[\\u0600-\\u06FF]");
		assertThat(problem.get("instance").stringValue()).as("the request refused").isEqualTo(path);
	}

	@Test
	void aHeaderOverTheLimitIsAProblemToo() {
		Map<String, Long> before = rows();
		Api.Response response = this.api.send(this.api.request("/api/v1/decrees", Fixtures.OFFICER)
			.header("X-Padding", "x".repeat(20_000))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"action\":\"EXTEND\",\"days\":1,\"agency\":\"doe\"}")));
		assertThat(refused(response, 400, "bad-request").get("instance").stringValue()).isEqualTo("/api/v1/decrees");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} characters")
	@CsvSource({ "8200", "20000" })
	void anIdempotencyKeyOverTheHeaderLimitIsAProblemNamingTheRequest(int length) {
		Map<String, Long> before = rows();
		Api.Response response = this.api.send(this.api.request("/api/v1/applications", Fixtures.APPLICANT)
			.header("Idempotency-Key", "k".repeat(length))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"EXPLORATION\",\"mineral\":\"copper\"}")));
		JsonNode problem = refused(response, 400, "bad-request");
		assertThat(problem.get("detail").stringValue()).contains("headers");
		assertThat(problem.get("instance").stringValue()).isEqualTo("/api/v1/applications");
		assertThat(rows()).isEqualTo(before);
	}

	/** The problem of a refusal, checked to be one of this status and type. */
	private static JsonNode refused(Api.Response response, int status, String type) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.isProblem()).as("content type of %s", response).isTrue();
		assertThat(response.body()).doesNotContain("Exception", "\tat ", "ir.cadastre.");
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:" + type);
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		assertThat(problem.get("title").stringValue()).isNotBlank();
		assertThat(problem.get("detail").stringValue()).isNotBlank();
		return problem;
	}

	private Map<String, Long> rows() {
		Map<String, Long> counts = new LinkedHashMap<>();
		WRITTEN.forEach((table) -> counts.put(table, this.fixtures.count(table)));
		return counts;
	}

}
