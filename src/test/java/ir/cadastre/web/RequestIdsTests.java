package ir.cadastre.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer names its request in {@code X-Request-Id}: the client's when it is a sane
 * token, else a new one; every problem document says the same id as {@code requestId},
 * whoever refused the request (a controller, Spring, sign-in, the firewall, Tomcat).
 */
@CadastreTest
class RequestIdsTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String NEW_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	@Test
	void aSaneIdFromTheClientIsKeptOnTheAnswerAndItsProblem() {
		HttpResponse<byte[]> answered = get("/api/v1/layers", Fixtures.APPLICANT, "lb-7f3a.9c:2=/+_");
		assertThat(answered.statusCode()).isEqualTo(200);
		assertThat(requestId(answered)).isEqualTo("lb-7f3a.9c:2=/+_");

		HttpResponse<byte[]> refused = get("/api/v1/applications/42", Fixtures.OFFICER, "a1b2c3");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(requestId(refused)).isEqualTo("a1b2c3");
		assertThat(JSON.readTree(refused.body()).get("requestId").stringValue()).isEqualTo("a1b2c3");
	}

	@Test
	void anIdThatIsNotASaneTokenIsReplacedByANewOne() {
		for (String given : List.of("has space", "quote\"d", "<script>", "percent%0A", "semi;colon", "x".repeat(129))) {
			HttpResponse<byte[]> answered = get("/api/v1/layers", Fixtures.APPLICANT, given);
			assertThat(answered.statusCode()).isEqualTo(200);
			assertThat(requestId(answered)).as(given).matches(NEW_ID);
		}
		assertThat(requestId(get("/api/v1/layers", Fixtures.APPLICANT, "x".repeat(128)))).isEqualTo("x".repeat(128));
	}

	@Test
	void withoutAnIdEachRequestGetsItsOwn() {
		String first = requestId(get("/api/v1/layers", Fixtures.APPLICANT, null));
		String second = requestId(get("/api/v1/layers", Fixtures.APPLICANT, null));
		assertThat(first).matches(NEW_ID);
		assertThat(second).matches(NEW_ID).isNotEqualTo(first);
	}

	@Test
	void everyProblemNamesItsRequestWhoeverRefusedIt() {
		checkNamed(get("/api/v1/applications/" + UUID.randomUUID(), Fixtures.OFFICER, null), 404);
		checkNamed(get("/no/such/path", Fixtures.OFFICER, null), 404);
		checkNamed(get("/api/v1/layers", null, null), 401);
		checkNamed(get("/api/v1/audit", Fixtures.APPLICANT, null), 403);
		checkNamed(this.api.bytes(this.api.request("/api/v1/applications", Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"mineral\":"))), 400);
		checkNamed(get("/api/v1/licences;x", Fixtures.OFFICER, null), 400);
		checkNamed(get("/api/v1/applications/%2F", Fixtures.OFFICER, null), 400);
		checkNamed(get("/error", null, null), 401);
	}

	private HttpResponse<byte[]> get(String path, String user, String requestId) {
		HttpRequest.Builder request = this.api.request(path, user).GET();
		if (requestId != null) {
			request.header(RequestIds.HEADER, requestId);
		}
		return this.api.bytes(request);
	}

	private static String requestId(HttpResponse<?> response) {
		List<String> ids = response.headers().allValues(RequestIds.HEADER);
		assertThat(ids).as("one id on %s", response).hasSize(1);
		return ids.get(0);
	}

	private static void checkNamed(HttpResponse<byte[]> response, int status) {
		String body = new String(response.body(), StandardCharsets.UTF_8);
		assertThat(response.statusCode()).as(body).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(body);
		assertThat(requestId(response)).as(body).matches(NEW_ID);
		assertThat(problem.get("requestId").stringValue()).as(body).isEqualTo(requestId(response));
	}

}
