package ir.cadastre.publish;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.PostgisRequired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publication to a real GeoServer, the image {@code docker/compose.yaml} pins, started by
 * Testcontainers and reading the test database as {@code cadastre_geoserver}. Runs
 * wherever a Docker engine is present; elsewhere it is disabled, so it is reported as
 * skipped and never counted as passed.
 */
@Testcontainers(disabledWithoutDocker = true)
@CadastreTest
class RealGeoServerTests {

	/** Keep in step with docker/compose.yaml. */
	static final String IMAGE = "docker.osgeo.org/geoserver:2.28.5";

	static final String ADMIN_PASSWORD = "real-geoserver-test";

	static final URI DATABASE = URI.create(PostgisRequired.URL.substring("jdbc:".length()));

	static final boolean LOCAL_DATABASE = Set.of("localhost", "127.0.0.1").contains(DATABASE.getHost());

	static GenericContainer<?> geoServer;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@BeforeAll
	static void startGeoServer() {
		if (LOCAL_DATABASE) {
			// GeoServer, in its container, reaches the test database on this machine.
			org.testcontainers.Testcontainers.exposeHostPorts(DATABASE.getPort());
		}
		geoServer = new GenericContainer<>(DockerImageName.parse(IMAGE)).withEnv("SKIP_DEMO_DATA", "true")
			.withEnv("GEOSERVER_ADMIN_USER", "admin")
			.withEnv("GEOSERVER_ADMIN_PASSWORD", ADMIN_PASSWORD)
			.withExposedPorts(8080)
			.waitingFor(Wait.forHttp("/geoserver/rest/about/version.json")
				.withBasicCredentials("admin", ADMIN_PASSWORD)
				.forStatusCode(200)
				.withStartupTimeout(Duration.ofMinutes(5)));
		geoServer.start();
	}

	@AfterAll
	static void stopGeoServer() {
		if (geoServer != null) {
			geoServer.stop();
		}
	}

	@DynamicPropertySource
	static void geoServerProperties(DynamicPropertyRegistry registry) {
		registry.add("cadastre.geoserver.url", RealGeoServerTests::geoServerUrl);
		registry.add("cadastre.geoserver.user", () -> "admin");
		registry.add("cadastre.geoserver.password", () -> ADMIN_PASSWORD);
		registry.add("cadastre.geoserver.datastore.host",
				() -> LOCAL_DATABASE ? "host.testcontainers.internal" : DATABASE.getHost());
		registry.add("cadastre.geoserver.datastore.port", DATABASE::getPort);
		registry.add("cadastre.geoserver.datastore.database", () -> DATABASE.getPath().substring(1));
		registry.add("cadastre.geoserver.datastore.user", () -> PublishViewsTests.ROLE);
		registry.add("cadastre.geoserver.datastore.password",
				() -> System.getenv().getOrDefault("CADASTRE_GEOSERVER_DB_PASSWORD", "cadastre_geoserver"));
		registry.add("cadastre.geoserver.truncation.interval", () -> "PT0.5S");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	static String geoServerUrl() {
		return "http://" + geoServer.getHost() + ":" + geoServer.getMappedPort(8080) + "/geoserver";
	}

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures().users();
		this.db.sql("DELETE FROM layer_change").update();
		this.api = new Api(this.port);
	}

	@Test
	void geoServerServesThePublishedLayersAsWmsAndASecondPublicationChangesNothing() throws Exception {
		new Fixtures(this.db).feature("protected_areas", "Kalmand (test)",
				"POLYGON((54.0 31.0, 54.2 31.0, 54.2 31.2, 54.0 31.2, 54.0 31.0))");
		Api.Response first = this.api.post("/api/v1/publication", Fixtures.GIS_ADMIN, null, "");
		assertThat(first.status()).as(first.toString()).isEqualTo(200);
		String capabilities = get("/cadastre/wms?service=WMS&version=1.3.0&request=GetCapabilities").body();
		for (String layer : StylesTests.LAYERS) {
			assertThat(capabilities).contains("<Name>" + layer + "</Name>");
		}
		assertThat(capabilities).contains("<Name>mining_cadastre</Name>");
		assertThat(get("/gwc/rest/layers/cadastre:applications.xml").body()).contains("<expireCache>60</expireCache>",
				"<expireClients>60</expireClients>");
		HttpResponse<String> style = get("/rest/workspaces/cadastre/styles/forests.sld");
		assertThat(style.body()).contains("جنگل‌ها");
		BufferedImage map = map("protected_areas", "53.9,30.9,54.3,31.3");
		assertThat(map.getRGB(128, 128) & 0xFFFFFF).as("the area is drawn, read through cadastre_geoserver")
			.isNotEqualTo(0xFFFFFF);
		assertThat(map.getRGB(2, 2) & 0xFFFFFF).isEqualTo(0xFFFFFF);
		Api.Response second = this.api.post("/api/v1/publication", Fixtures.GIS_ADMIN, null, "");
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		List<String> changed = second.json()
			.get("steps")
			.valueStream()
			.filter((step) -> !step.get("action").stringValue().equals("unchanged"))
			.map(JsonNode::toString)
			.toList();
		assertThat(changed).as("what the second publication changed").isEmpty();
	}

	@Test
	void aChangeHasItsCachedTilesTruncatedByTheRealGeoWebCache() {
		assertThat(this.api.post("/api/v1/publication", Fixtures.GIS_ADMIN, null, "").status()).isEqualTo(200);
		this.db.sql("INSERT INTO layer_change (layer_id) VALUES ('forests')").update();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(
					() -> assertThat(this.db.sql("SELECT coalesce(outcome, last_error, 'pending') FROM layer_change")
						.query(String.class)
						.single()).isEqualTo("TRUNCATED"));
	}

	private BufferedImage map(String layer, String bbox) throws IOException, InterruptedException {
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI
				.create(geoServerUrl() + "/cadastre/wms?service=WMS&version=1.1.1" + "&request=GetMap&layers=cadastre:"
						+ layer + "&styles=&srs=EPSG:4326&bbox=" + bbox + "&width=256&height=256&format=image/png"))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
		return ImageIO.read(new ByteArrayInputStream(response.body()));
	}

	private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
		String url = geoServerUrl() + path;
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", Api.basic("admin", ADMIN_PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
