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
 * Every path answers an Accept it cannot satisfy alike (RFC 9110 12.5.1): a 406 problem
 * that says what the path answers in, whether its answer is JSON, GeoJSON, a spreadsheet,
 * a tile or a file; never an answer of another type than the client asked for, nor one
 * labelled as what it is not. What browsers, OpenLayers and the pages send is served.
 */
@CadastreTest
class ContentNegotiationTests extends ApiTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
							/api/v1/layers/protected_areas/features           | t-applicant | text/csv             | application/geo+json
							/api/v1/jurisdiction                              | t-applicant | image/png            | application/geo+json
							/api/v1/applications/export                       | t-officer   | application/json     | text/csv
							/api/v1/inquiries/export                          | t-officer   | application/geo+json | text/csv
							/tiles/protected_areas/3/5/3.mvt                  | t-applicant | application/json     | application/vnd.mapbox-vector-tile
							/api/v1/layers/protected_areas/download?format=shapefile | t-gis-admin | application/json | application/zip
					/api/v1/layers/protected_areas/download?format=shapefile | t-gis-admin | application/geo+json | application/zip
					/api/v1/layers/protected_areas/download?format=geopackage | t-gis-admin | application/zip | application/geopackage+sqlite3
							""")
	void anAcceptThePathCannotSatisfyIs406SayingWhatItAnswersIn(String path, String user, String accept,
			String answered) {
		Api.Response refused = this.api.send(this.api.request(path, user).header("Accept", accept).GET());
		assertThat(refused.status()).as("%s", refused).isEqualTo(406);
		assertThat(refused.isProblem()).as("%s", refused).isTrue();
		JsonNode problem = refused.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:not-acceptable");
		assertThat(problem.get("detail").stringValue()).startsWith("This path answers only in ").contains(answered);
		assertThat(problem.get("instance").stringValue()).isEqualTo(path.replaceAll("\\?.*", ""));
		for (String served : new String[] { answered, "*/*", BROWSER }) {
			Api.Response response = this.api.send(this.api.request(path, user).header("Accept", served).GET());
			assertThat(response.status()).as("%s as %s", path, served).isEqualTo(200);
			assertThat(response.contentType()).as("%s as %s", path, served).startsWith(answered);
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/layers/protected_areas/features", "/api/v1/jurisdiction" })
	void geoJsonIsServedToTheMapPagesThatAskForJson(String path) {
		Api.Response response = this.api
			.send(this.api.request(path, Fixtures.APPLICANT).header("Accept", "application/json").GET());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("type").stringValue()).isEqualTo("FeatureCollection");
	}

	@Test
	void aGeoJsonDownloadIsServedToAClientThatAsksForJson() {
		Api.Response response = this.api
			.send(this.api.request("/api/v1/layers/protected_areas/download?format=geojson", Fixtures.GIS_ADMIN)
				.header("Accept", "application/json")
				.GET());
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/geo+json");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/api/v1/licences", "/api/v1/me", "/api/v1/layers" })
	void aJsonAnswerIsNeverLabelledGeoJson(String path) {
		Api.Response refused = this.api
			.send(this.api.request(path, Fixtures.OFFICER).header("Accept", "application/geo+json").GET());
		assertThat(refused.status()).as("%s", refused).isEqualTo(406);
		assertThat(refused.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:not-acceptable");
		Api.Response fallback = this.api.send(this.api.request(path, Fixtures.OFFICER)
			.header("Accept", "application/geo+json, application/json;q=0.5")
			.GET());
		assertThat(fallback.status()).isEqualTo(200);
		assertThat(fallback.contentType()).startsWith("application/json");
	}

}
