package ir.cadastre.publish;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as it runs with no GeoServer configured (the default): publication says so,
 * and the report still lists every layer.
 */
@CadastreTest
class PublicationWithoutGeoServerTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).users();
		this.db.sql("DELETE FROM publication").update();
		this.api = new Api(this.port);
	}

	@Test
	void publishingWithoutAGeoServerIs503SayingSo() {
		Api.Response response = this.api.post("/api/v1/publication", Fixtures.GIS_ADMIN, null, "");
		assertThat(response.status()).isEqualTo(503);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:geoserver-not-configured");
		assertThat(response.json().get("detail").stringValue()).contains("CADASTRE_GEOSERVER_URL");
		assertThat(new Fixtures(this.db).count("publication")).isZero();
	}

	@Test
	void theReportListsEveryLayerAsNotPublished() {
		JsonNode status = this.api.get("/api/v1/publication", Fixtures.GIS_ADMIN).json();
		assertThat(status.get("configured").booleanValue()).isFalse();
		assertThat(status.get("capabilities").isNull()).isTrue();
		assertThat(status.get("layers").valueStream().map((layer) -> layer.get("layer").stringValue()))
			.containsExactlyElementsOf(StylesTests.LAYERS);
		assertThat(status.get("layers")).allSatisfy((layer) -> {
			assertThat(layer.get("published").booleanValue()).isFalse();
			assertThat(layer.get("pendingTruncations").intValue()).isZero();
		});
	}

}
