package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * An application's receipt proves what was received and when (DESIGN §3, first come,
 * first served): its number and time, the area vertex by vertex in WGS 84 and UTM, and
 * the audit event that recorded it. A licence lists the vertices of its area the same
 * way.
 */
@CadastreTest
class ReceiptTests extends ApiTest {

	/** A square with a hole, and a second square: three rings. */
	static final String AREA = "MULTIPOLYGON(((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3),"
			+ "(54.305 32.305, 54.31 32.305, 54.31 32.31, 54.305 32.31, 54.305 32.305)),"
			+ "((54.4 32.3, 54.41 32.3, 54.41 32.31, 54.4 32.31, 54.4 32.3)))";

	static final String SECOND_SQUARE = "POLYGON((54.4 32.3, 54.41 32.3, 54.41 32.31, 54.4 32.31, 54.4 32.3))";

	@Test
	void firstComeFirstServed_theReceiptGivesTheNumberTimeAndAreaReceivedAndItsAuditEvent() {
		JsonNode application = submit();
		String id = application.get("id").stringValue();
		Api.Response response = this.api.get("/api/v1/applications/" + id + "/receipt", Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(200);
		JsonNode receipt = response.json();
		assertThat(receipt.get("receipt").longValue()).isEqualTo(application.get("receipt").longValue());
		assertThat(receipt.get("receivedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(receipt.get("receivedAtSolarHijri").stringValue()).as("Tehran, 3½ hours ahead")
			.isEqualTo("1404-10-25T11:30:00");
		assertThat(receipt.get("applicant").stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(receipt.get("mineral").stringValue()).isEqualTo("copper");
		assertThat(receipt.get("area_m2").doubleValue()).isEqualTo(application.get("area_m2").doubleValue());
		assertThat(receipt.get("utmSrid").intValue()).as("54.3° E lies in zone 40, 54° to 60° E").isEqualTo(32640);

		JsonNode rings = receipt.get("rings");
		assertThat(rings).hasSize(3);
		assertThat(List.of(ring(rings.get(0)), ring(rings.get(1)), ring(rings.get(2)))).containsExactly(
				"1 shell: 54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32",
				"1 hole: 54.305 32.305, 54.305 32.31, 54.31 32.31, 54.31 32.305",
				"2 shell: 54.4 32.3, 54.41 32.3, 54.41 32.31, 54.4 32.31");
		assertThat(rings.get(0).get("vertices").get(0).get("n").intValue()).isEqualTo(1);

		JsonNode recorded = receipt.get("recorded");
		assertThat(this.db.sql("""
				SELECT id || ' ' || geometry_hash || ' ' || hash FROM audit_event
				WHERE action = 'application.submit' AND subject = 'application:' || :id
				""").param("id", id).query(String.class).single()).isEqualTo(recorded.get("event").longValue() + " "
				+ recorded.get("geometryHash").stringValue() + " " + recorded.get("hash").stringValue());
	}

	@Test
	void firstComeFirstServed_theReceiptsUtmVerticesTypedBackGiveTheSameArea() {
		JsonNode receipt = this.api
			.get("/api/v1/applications/" + submit().get("id").stringValue() + "/receipt", Fixtures.APPLICANT)
			.json();
		List<String> corners = new ArrayList<>();
		receipt.get("rings")
			.get(2)
			.get("vertices")
			.forEach((v) -> corners
				.add("[" + v.get("easting").doubleValue() + "," + v.get("northing").doubleValue() + "]"));
		JsonNode typed = this.api
			.postJson("/api/v1/overlaps", Fixtures.APPLICANT2,
					"{\"vertices\":{\"srid\":" + receipt.get("utmSrid").intValue() + ",\"coordinates\":["
							+ String.join(",", corners) + "]}}")
			.json();
		double square = this.db.sql("SELECT ST_Area(ST_GeomFromText(:wkt, 4326)::geography)")
			.param("wkt", SECOND_SQUARE)
			.query(Double.class)
			.single();
		assertThat(typed.get("area_m2").doubleValue()).isCloseTo(square, within(square * 1e-6));
	}

	@Test
	void onlyThoseWhoMaySeeTheApplicationReadItsReceipt() {
		String receipt = "/api/v1/applications/" + submit().get("id").stringValue() + "/receipt";
		assertThat(this.api.get(receipt, Fixtures.OFFICER).status()).isEqualTo(200);
		Api.Response other = this.api.get(receipt, Fixtures.APPLICANT2);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.isProblem()).isTrue();
		assertThat(this.api.get(receipt, Fixtures.DOE_REVIEWER).status()).as("no inquiry to the DoE").isEqualTo(404);
		assertThat(this.api.get(receipt, null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/applications/not-an-id/receipt", Fixtures.APPLICANT).status()).isEqualTo(400);
	}

	@Test
	void article26_aLicenceListsTheVerticesOfItsOperationalAreaForAnyUser() {
		String licence = GrantedLicences.exploration(this.api, Fixtures.APPLICANT,
				this.fixtures.geoJson(SECOND_SQUARE));
		Api.Response response = this.api.get("/api/v1/licences/" + licence + "/vertices", Fixtures.APPLICANT2);
		assertThat(response.status()).isEqualTo(200);
		JsonNode vertices = response.json();
		assertThat(vertices.get("utmSrid").intValue()).isEqualTo(32640);
		assertThat(vertices.get("rings")).hasSize(1);
		assertThat(ring(vertices.get("rings").get(0)))
			.isEqualTo("1 shell: 54.4 32.3, 54.41 32.3, 54.41 32.31, 54.4 32.31");
		Api.Response unknown = this.api.get("/api/v1/licences/00000000-0000-0000-0000-000000000000/vertices",
				Fixtures.APPLICANT);
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.isProblem()).isTrue();
		assertThat(this.api.get("/api/v1/licences/7/vertices", Fixtures.APPLICANT).status()).isEqualTo(400);
	}

	private JsonNode submit() {
		return this.fixtures.application(this.api, Fixtures.APPLICANT, AREA);
	}

	/** A ring as {@code <polygon> shell|hole: lon lat, …}. */
	private static String ring(JsonNode ring) {
		List<String> vertices = new ArrayList<>();
		ring.get("vertices")
			.forEach((v) -> vertices.add(v.get("lon").doubleValue() + " " + v.get("lat").doubleValue()));
		return ring.get("polygon").intValue() + (ring.get("hole").booleanValue() ? " hole: " : " shell: ")
				+ String.join(", ", vertices);
	}

}
