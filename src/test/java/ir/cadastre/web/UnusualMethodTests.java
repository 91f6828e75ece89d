package ir.cadastre.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
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

}
