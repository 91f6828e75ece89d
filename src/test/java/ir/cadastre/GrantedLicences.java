package ir.cadastre;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licences made through the API, as tests of a licence's life start from them: an
 * exploration application granted, and a discovery certificate issued on its licence.
 */
public final class GrantedLicences {

	/** A discovery certificate's reserve and cost of exploration (Art. 7). */
	public static final String DISCOVERY = "{\"reserve\":\"1.2 Mt at 0.8% Cu\",\"explorationCostRials\":25000000000}";

	private GrantedLicences() {
	}

	/**
	 * Submits a copper exploration application on an area where no agency is consulted
	 * and grants it.
	 * @param geoJson the area, GeoJSON
	 * @return the exploration licence's id
	 */
	public static String exploration(Api api, String applicant, String geoJson) {
		Api.Response submitted = api.postJson("/api/v1/applications", applicant,
				"{\"mineral\":\"copper\",\"geometry\":" + geoJson + "}");
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		Api.Response granted = api.postJson(
				"/api/v1/applications/" + submitted.json().get("id").stringValue() + "/decision", Fixtures.OFFICER,
				"{\"decision\":\"GRANT\"}");
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		return granted.json().get("licenceId").stringValue();
	}

	/**
	 * A discovery certificate ({@link #DISCOVERY}) on such an exploration licence.
	 * @return the certificate as the API returns it
	 */
	public static JsonNode certificate(Api api, String applicant, String geoJson) {
		Api.Response issued = api.postJson(
				"/api/v1/licences/" + exploration(api, applicant, geoJson) + "/discovery-certificate", Fixtures.OFFICER,
				DISCOVERY);
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json();
	}

	/**
	 * An exploitation licence for 10 years on such a certificate.
	 * @return its id
	 */
	public static String exploitation(Api api, String applicant, String geoJson) {
		Api.Response issued = api.postJson("/api/v1/licences/"
				+ certificate(api, applicant, geoJson).get("id").stringValue() + "/exploitation-licence",
				Fixtures.OFFICER, "{\"years\":10}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		return issued.json().get("id").stringValue();
	}

}
