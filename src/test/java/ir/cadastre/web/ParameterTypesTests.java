package ir.cadastre.web;

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
 * A query parameter that is not of its type (text where a whole number is due) is an
 * {@code invalid-parameter} problem like every other refused parameter: it names the
 * parameter, what it takes and what was sent, in the reader's language.
 */
@CadastreTest
class ParameterTypesTests extends ApiTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/inquiries?dueWithinDays=abc                  | dueWithinDays | abc
			/api/v1/inquiries?dueWithinDays=1.5                  | dueWithinDays | 1.5
			/api/v1/layers/protected_areas/features?version=1e9  | version       | 1e9
			/api/v1/layers/protected_areas/download?format=geojson&version=x | version | x
			""")
	void aParameterOfTheWrongTypeIsRefusedNamingItAndWhatItTakes(String path, String parameter, String sent) {
		Api.Response response = this.api.get(path, Fixtures.OFFICER);
		JsonNode problem = refused(response);
		assertThat(problem.get("detail").stringValue())
			.isEqualTo(parameter + " must be a whole number, not '" + sent + "'.");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			/api/v1/inquiries/by-agency?days=99999999999           | days    | 99999999999
			/api/v1/layers/protected_areas/features?version=-99999999999999999999 | version | -99999999999999999999
			""")
	void aWholeNumberTooLargeForItsParameterIsToldSo(String path, String parameter, String sent) {
		JsonNode problem = refused(this.api.get(path, Fixtures.OFFICER));
		assertThat(problem.get("detail").stringValue()).isEqualTo(parameter + " is out of range: '" + sent + "'.");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
	}

	@Test
	void aFormWithoutItsFilePartIsToldWhichPartIsMissing() {
		Api.Response response = this.api.send(this.api.request("/api/v1/areas", Fixtures.APPLICANT)
			.header("Content-Type", "multipart/form-data; boundary=b")
			.header("Accept-Language", "fa")
			.POST(java.net.http.HttpRequest.BodyPublishers
				.ofString("--b\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--b--\r\n")));
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		JsonNode problem = response.json();
		assertThat(problem.get("detail").stringValue()).contains("file").containsPattern("[\\u0600-\\u06FF]");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("file");
	}

	@Test
	void aPathWhoseIdIsBlankIsToldSoInPersianToo() {
		Api.Response response = this.api
			.send(this.api.request("/api/v1/applications/%20", Fixtures.OFFICER).header("Accept-Language", "fa").GET());
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).contains("id").containsPattern("[\\u0600-\\u06FF]");
		assertThat(this.api.get("/api/v1/applications/%20", Fixtures.OFFICER).json().get("detail").stringValue())
			.isEqualTo("The path names no id.");
	}

	@Test
	void theWrongTypeIsToldInPersianToo() {
		Api.Response response = this.api.send(this.api.request("/api/v1/inquiries?dueWithinDays=abc", Fixtures.OFFICER)
			.header("Accept-Language", "fa")
			.GET());
		JsonNode problem = refused(response);
		assertThat(problem.get("title").stringValue()).containsPattern("[\\u0600-\\u06FF]");
		assertThat(problem.get("detail").stringValue()).contains("dueWithinDays")
			.contains("abc")
			.containsPattern("[\\u0600-\\u06FF]");
	}

	private static JsonNode refused(Api.Response response) {
		assertThat(response.status()).as("%s", response).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(problem.get("status").intValue()).isEqualTo(400);
		return problem;
	}

}
