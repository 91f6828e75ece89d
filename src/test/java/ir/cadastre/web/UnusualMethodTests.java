package ir.cadastre.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method the service never takes (TRACE, which Tomcat refuses before any filter runs;
 * WebDAV's, which the security firewall refuses) is a 405 problem to a signed-in user, as
 * to anyone: not a 401 that asks for the user it already has, nor a 400 that blames the
 * path.
 */
@CadastreTest
class UnusualMethodTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			TRACE    | /api/v1/me
			TRACE    | /api/v1/layers
			PROPFIND | /api/v1/me
			MKCOL    | /api/v1/applications
			""")
	void aMethodNeverTakenIs405ToASignedInUser(String method, String path) {
		HttpResponse<byte[]> response = this.api
			.bytes(this.api.request(path, Fixtures.APPLICANT).method(method, HttpRequest.BodyPublishers.noBody()));
		assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(405);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JSON.readTree(response.body());
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:method-not-allowed");
		assertThat(problem.get("detail").stringValue()).isNotBlank();
	}

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', textBlock = """
			DELETE | /api/v1/licences                 | GET, HEAD, POST, OPTIONS
			PATCH  | /tiles/protected_areas/0/0/0.mvt | GET, HEAD, OPTIONS
			DELETE | /api/v1/overlaps                 | POST, OPTIONS
			""")
	void a405SaysInAllowEveryMethodThePathTakesAsOptionsDoes(String method, String path, String allowed) {
		HttpResponse<byte[]> refused = this.api
			.bytes(this.api.request(path, Fixtures.APPLICANT).method(method, HttpRequest.BodyPublishers.noBody()));
		assertThat(refused.statusCode()).isEqualTo(405);
		assertThat(methods(refused.headers().allValues("Allow"))).isEqualTo(methods(List.of(allowed)));
		HttpResponse<byte[]> options = this.api
			.bytes(this.api.request(path, Fixtures.APPLICANT).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
		assertThat(methods(options.headers().allValues("Allow"))).isEqualTo(methods(List.of(allowed)));
	}

	@Test
	void aTraceIsAProblemNamingTheRequestItRefuses() {
		HttpResponse<byte[]> response = this.api.bytes(this.api.request("/api/v1/me", Fixtures.APPLICANT)
			.method("TRACE", HttpRequest.BodyPublishers.noBody()));
		assertThat(JSON.readTree(response.body()).get("instance").stringValue()).isEqualTo("/api/v1/me");
	}

	private static Set<String> methods(List<String> allow) {
		return allow.stream()
			.flatMap((header) -> Stream.of(header.split(",")))
			.map(String::strip)
			.collect(Collectors.toSet());
	}

}
