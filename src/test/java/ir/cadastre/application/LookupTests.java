package ir.cadastre.application;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application is found by its receipt number, as its applicant quotes it, by whoever
 * may see it; a licence by its number, by anyone.
 */
@CadastreTest
class LookupTests extends ApiTest {

	static final String AREA = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	@Test
	void anApplicationIsFoundByItsReceiptByWhoeverMaySeeIt() {
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, AREA);
		String path = "/api/v1/applications/by-receipt/" + application.get("receipt").longValue();
		for (String user : new String[] { Fixtures.APPLICANT, Fixtures.OFFICER }) {
			Api.Response found = this.api.get(path, user);
			assertThat(found.status()).as(user).isEqualTo(200);
			assertThat(found.json().get("id").stringValue()).isEqualTo(application.get("id").stringValue());
		}
		for (String user : new String[] { Fixtures.APPLICANT2, Fixtures.DOE_REVIEWER }) {
			Api.Response hidden = this.api.get(path, user);
			assertThat(hidden.status()).as(user).isEqualTo(404);
			assertThat(hidden.isProblem()).isTrue();
		}
		for (String bad : new String[] { "abc", "1.5", "99999999999999999999" }) {
			assertThat(this.api.get("/api/v1/applications/by-receipt/" + bad, Fixtures.OFFICER).status()).as(bad)
				.isEqualTo(400);
		}
	}

	@Test
	void aLicenceIsFoundByItsNumberByAnyone() {
		String licence = GrantedLicences.exploration(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(AREA));
		long number = this.api.get("/api/v1/licences/" + licence, Fixtures.APPLICANT).json().get("number").longValue();
		Api.Response found = this.api.get("/api/v1/licences/by-number/" + number, Fixtures.APPLICANT2);
		assertThat(found.status()).isEqualTo(200);
		assertThat(found.json().get("id").stringValue()).isEqualTo(licence);
		Api.Response unknown = this.api.get("/api/v1/licences/by-number/" + (number + 1000), Fixtures.OFFICER);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.json().get("detail").stringValue())
			.isEqualTo("There is no licence No. " + (number + 1000) + ".");
		assertThat(this.api.get("/api/v1/licences/by-number/x", Fixtures.OFFICER).status()).isEqualTo(400);
	}

}
