package ir.cadastre.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON value of the wrong type is refused, never converted: a number or {@code true}
 * where text is due, text where a number is due, a number where {@code true} or
 * {@code false} is due. The problem names the field and what it takes, in the reader's
 * language, and nothing is stored.
 */
@CadastreTest
class JsonTypesTests extends ApiTest {

	/** A 0.02° square near Yazd, inside Iran and far from every test feature. */
	private static final String AREA = """
			{"type": "Polygon", "coordinates": [[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918], [54.30, 31.90]]]}""";

	/** Where a request taken in could have written. */
	private static final List<String> WRITTEN = List.of("decree", "licence", "licence_warning", "application",
			"activity_report", "feature", "audit_event", "notification", "app_user");

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					/api/v1/activity-reports  | t-officer   | {"geometry": AREA, "description": true}                                                         | description    | must be text
					/api/v1/activity-reports  | t-officer   | {"geometry": AREA, "description": 12}                                                           | description    | must be text
					/api/v1/decrees           | t-officer   | {"action": "EXTEND", "days": 30, "agency": "doe", "reason": 1.5, "reference": "1404/1"}         | reason         | must be text
					/api/v1/decrees           | t-officer   | {"action": "EXTEND", "days": "30", "agency": "doe", "reason": "r", "reference": "1404/1"}       | days           | must be a whole number
					/api/v1/notifications/seen | t-officer  | {"through": "12"}                                                                               | through        | must be a whole number
					/api/v1/applications      | t-applicant | {"type": "EXPLORATION", "mineral": "copper", "trimToFreeArea": 1, "geometry": AREA}             | trimToFreeArea | must be true or false
					/api/v1/applications      | t-applicant | {"type": "EXPLORATION", "mineral": "copper", "trimToFreeArea": "true", "geometry": AREA}        | trimToFreeArea | must be true or false
					/api/v1/applications      | t-applicant | {"type": "EXPLORATION", "mineral": 12, "geometry": AREA}                                        | mineral        | must be text
					/api/v1/licences          | t-officer   | {"featureId": "1", "holder": "t-applicant", "type": "EXPLORATION", "mineral": "copper", "issuedOn": "2025-06-01"} | featureId | must be a whole number
					/api/v1/licences          | t-officer   | {"featureId": 1, "holder": "t-applicant", "type": "DISCOVERY_CERTIFICATE", "mineral": "copper", "issuedOn": "2025-06-01", "lastDay": "2026-06-01", "explorationCostRials": "25"} | explorationCostRials | must be a number
					/api/v1/decrees           | t-officer   | {"action": "EXTEND", "days": 30, "agency": "doe", "reason": "r", "reference": ["1404/1"]}        | reference      | must be text
					""")
	void aValueOfTheWrongTypeIsRefusedNamingTheFieldAndWhatItTakes(String path, String user, String body, String field,
			String expected) {
		Map<String, Long> before = rows();
		Api.Response response = this.api.postJson(path, user, body.replace("AREA", AREA));
		JsonNode problem = refused(response, 400, "invalid-request");
		assertThat(problem.get("detail").stringValue()).contains(field).contains(expected);
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo(field);
		assertThat(problem.get("errors").get(0).get("reason").stringValue()).isEqualTo(expected);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aNumberOutOfItsFieldsRangeIsRefusedNamingTheField() {
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\": \"EXTEND\", \"days\": 99999999999, \"agency\": \"doe\", \"reason\": \"r\", \"reference\": \"1\"}"),
				400, "invalid-request");
		assertThat(problem.get("detail").stringValue()).contains("days").contains("range");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("days");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aBodyThatIsNotAnObjectIsRefusedSayingSo() {
		JsonNode problem = refused(this.api.postJson("/api/v1/decrees", Fixtures.OFFICER, "[]"), 400,
				"invalid-request");
		assertThat(problem.get("detail").stringValue()).startsWith("The body must be a JSON object");
	}

	@Test
	void theWrongTypeIsToldInPersianToo() {
		Api.Response response = this.api.send(this.api.request("/api/v1/notifications/seen", Fixtures.OFFICER)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "fa")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"through\": \"12\"}")));
		JsonNode problem = refused(response, 400, "invalid-request");
		assertThat(problem.get("detail").stringValue()).contains("through").containsPattern("[\\u0600-\\u06FF]");
		assertThat(problem.get("errors").get(0).get("reason").stringValue()).containsPattern("[\\u0600-\\u06FF]");
	}

	@Test
	void aFieldNamedTwiceIsRefusedNamingIt() {
		Map<String, Long> before = rows();
		JsonNode problem = refused(this.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\": \"EXTEND\", \"days\": 30, \"days\": 3000, \"agency\": \"doe\", \"reason\": \"r\", \"reference\": \"1\"}"),
				400, "duplicate-key");
		assertThat(problem.get("detail").stringValue()).startsWith("A JSON object names the same field twice (days)");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("days");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aBodyWithoutAContentTypeIsRefusedSayingWhatToSend() {
		Map<String, Long> before = rows();
		Api.Response response = this.api.post("/api/v1/decrees", Fixtures.OFFICER, null,
				"{\"action\": \"EXTEND\", \"days\": 30, \"agency\": \"doe\", \"reason\": \"r\", \"reference\": \"1\"}");
		JsonNode problem = refused(response, 415, "unsupported-media-type");
		assertThat(problem.get("detail").stringValue())
			.isEqualTo("The body has no Content-Type; send application/json, application/*+json.");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/licences", "/api/v1/minerals", "/api/v1/me" })
	void anAnswerIsNeverLabelledAProblem(String path) {
		Api.Response response = this.api
			.send(this.api.request(path, Fixtures.OFFICER).header("Accept", "application/problem+json").GET());
		JsonNode problem = refused(response, 406, "not-acceptable");
		assertThat(problem.get("detail").stringValue()).isEqualTo("This path answers only in application/json.");
		assertThat(this.api
			.send(this.api.request(path, Fixtures.OFFICER)
				.header("Accept", "application/json, application/problem+json")
				.GET())
			.status()).isEqualTo(200);
	}

	/** The problem of a refusal, checked to be one of this status and type. */
	private static JsonNode refused(Api.Response response, int status, String type) {
		assertThat(response.status()).as("%s", response).isEqualTo(status);
		assertThat(response.isProblem()).as("content type of %s", response).isTrue();
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:" + type);
		assertThat(problem.get("status").intValue()).isEqualTo(status);
		assertThat(problem.get("title").stringValue()).isNotBlank();
		return problem;
	}

	private Map<String, Long> rows() {
		Map<String, Long> counts = new LinkedHashMap<>();
		WRITTEN.forEach((table) -> counts.put(table, this.fixtures.count(table)));
		return counts;
	}

}
