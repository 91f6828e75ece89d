package ir.cadastre.application;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests to the applications' endpoints that no user may make whoever asks: each is a
 * 400 problem naming what is wrong, whatever else the request asks for.
 */
@CadastreTest
class MalformedRequestTests extends ApiTest {

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource({ "/api/v1/applications?mine=true&status=GRANTD, t-officer",
			"/api/v1/applications?mine=true&status=GRANTD, t-doe-reviewer",
			"/api/v1/applications?mine=true&status=GRANTD, t-applicant",
			"/api/v1/applications?mine=true&summary=true&status=OPEN&pageSize=5, t-officer" })
	void aStateThatIsNotTheListsIsRefusedEvenForTheApplicationsOfAUserWhoSubmitsNone(String path, String user) {
		Api.Response response = this.api.get(path, user);
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("status");
		assertThat(problem.get("detail").stringValue()).contains("READY_FOR_DECISION");
	}

}
