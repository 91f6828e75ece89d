package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's reviewer imports its own agency's areas (Art. 24): never areas in another
 * agency's name, which would send that agency inquiries it never notified.
 */
@CadastreTest
class ReviewerImportTests extends ApiTest {

	private static final String AREA = "POLYGON((54 31, 54.2 31, 54.2 31.2, 54 31.2, 54 31))";

	private static final String INSIDE = "POLYGON((54.05 31.05, 54.1 31.05, 54.1 31.1, 54.05 31.1, 54.05 31.05))";

	@Test
	void aReviewersFeatureNamingAnotherAgencyIsRefused() {
		JsonNode report = Uploads
			.upload(this.api, Fixtures.DOE_REVIEWER, "protected_areas", "a.geojson", file("frwo"), Map.of())
			.json();
		assertThat(report.get("imported").longValue()).isZero();
		assertThat(report.get("rejected").longValue()).isEqualTo(1);
		assertThat(report.get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("names agency frwo: a reviewer imports its own agency's areas only");
		assertThat(this.fixtures.count("feature")).isZero();
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, INSIDE);
		assertThat(application.get("inquiries")).isEmpty();
	}

	@Test
	void aReviewersFeatureNamingItsOwnAgencyIsImported() {
		JsonNode report = Uploads
			.upload(this.api, Fixtures.DOE_REVIEWER, "protected_areas", "a.geojson", file("doe"), Map.of())
			.json();
		assertThat(report.get("imported").longValue()).isEqualTo(1);
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, INSIDE);
		assertThat(application.get("inquiries").get(0).get("agency").stringValue()).isEqualTo("doe");
	}

	@Test
	void gisStaffStillNameEachExecutiveBodysOwnBoundary() {
		JsonNode report = Uploads
			.upload(this.api, Fixtures.GIS_ADMIN, "executive_boundaries", "a.geojson", file("frwo"), Map.of())
			.json();
		assertThat(report.get("imported").longValue()).isEqualTo(1);
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, INSIDE);
		assertThat(application.get("inquiries").get(0).get("agency").stringValue()).isEqualTo("frwo");
	}

	@Test
	@DisplayName("Art. 24: an executive body's boundary names the body to consult, or it is not imported")
	void article24_anExecutiveBoundaryNamingNoKnownBodyIsRefused() {
		for (String agency : new String[] { null, "nobody" }) {
			JsonNode report = Uploads
				.upload(this.api, Fixtures.GIS_ADMIN, "executive_boundaries", "a.geojson", file(agency), Map.of())
				.json();
			assertThat(report.get("imported").longValue()).as(agency).isZero();
			assertThat(report.get("rejected").longValue()).as(agency).isEqualTo(1);
		}
		assertThat(this.fixtures.count("feature")).isZero();
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, INSIDE);
		assertThat(application.get("inquiries")).isEmpty();
	}

	@Test
	@DisplayName("Art. 24: a boundary imported naming no body before that was refused is inquired of the ministry")
	void article24_aBoundaryOfNoKnownBodyIsInquiredOfTheMinistry() {
		// as an import before the refusal above wrote it: executive_boundaries has no
		// owner
		this.fixtures.feature("executive_boundaries", "EB-1", AREA);
		JsonNode check = this.api
			.postJson("/api/v1/overlaps", Fixtures.APPLICANT, "{\"geometry\":" + this.fixtures.geoJson(INSIDE) + "}")
			.json();
		assertThat(check.get("overlaps").get(0).get("agency").stringValue()).isEqualTo("ministry");
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT, INSIDE);
		assertThat(application.get("inquiries")).hasSize(1);
		assertThat(application.get("inquiries").get(0).get("agency").stringValue()).isEqualTo("ministry");
	}

	@Test
	void aReviewerOfTheMinistryItselfImportsNoClaims() {
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id)
				SELECT 't-ministry-reviewer', password_hash, 'AGENCY_REVIEWER', 'ministry' FROM app_user
				WHERE username = :reviewer
				ON CONFLICT (username) DO NOTHING
				""").param("reviewer", Fixtures.DOE_REVIEWER).update();
		Api.Response refused = this.api.send(Uploads.form(this.api, "t-ministry-reviewer",
				"/api/v1/layers/licences/imports", "a.geojson", file("ministry"), Map.of("mode", "replace")));
		assertThat(refused.status()).as(refused.body()).isEqualTo(403);
		assertThat(refused.json().get("detail").stringValue())
			.isEqualTo("Only GIS staff import into licences: its areas are claims, which block applications.");
		assertThat(this.fixtures.count("feature")).isZero();
	}

	/** One feature whose {@code agency} attribute names this agency, or none. */
	private byte[] file(String agency) {
		return ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\"PA-1\","
				+ "\"name\":\"Kalmand\"" + ((agency != null) ? ",\"agency\":\"" + agency + "\"" : "")
				+ "},\"geometry\":" + this.fixtures.geoJson(AREA) + "}]}")
			.getBytes(StandardCharsets.UTF_8);
	}

}
