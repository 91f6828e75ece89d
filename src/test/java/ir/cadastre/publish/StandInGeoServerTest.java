package ir.cadastre.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.PostgisRequired;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole service against the real PostGIS, publishing to a {@link GeoServerStandIn}
 * (one for all subclasses, which share one application context). Each test starts with a
 * fresh stand-in and no publication recorded. Helpers check every request against
 * GeoServer's REST documents and the check-first rule.
 */
@CadastreTest
abstract class StandInGeoServerTest {

	static final GeoServerStandIn GEOSERVER = new GeoServerStandIn();

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static GeoServerRestDocuments documents;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@DynamicPropertySource
	static void geoServer(DynamicPropertyRegistry registry) {
		registry.add("cadastre.geoserver.url", GEOSERVER::url);
		registry.add("cadastre.geoserver.public-url", () -> "http://localhost:8081/geoserver");
		registry.add("cadastre.geoserver.user", () -> GeoServerStandIn.USER);
		registry.add("cadastre.geoserver.password", () -> GeoServerStandIn.PASSWORD);
		registry.add("cadastre.geoserver.datastore.host", () -> "db");
		registry.add("cadastre.geoserver.datastore.port", () -> "5432");
		registry.add("cadastre.geoserver.datastore.database", () -> "cadastre");
		// A role that exists wherever the tests run (GeoServerRoleTests covers the real
		// one).
		registry.add("cadastre.geoserver.datastore.user", () -> PostgisRequired.USER);
		registry.add("cadastre.geoserver.datastore.password", () -> "geoserver-db-secret");
		registry.add("cadastre.geoserver.truncation.interval", () -> "PT0.2S");
		registry.add("cadastre.geoserver.truncation.retry-base", () -> "PT0.5S");
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "6");
		// The request validator says at INFO, for every SLD, that it does not validate
		// XML bodies.
		registry.add("logging.level.com.atlassian.oai.validator", () -> "WARN");
	}

	@BeforeEach
	void freshGeoServer() {
		GEOSERVER.reset();
		GEOSERVER.catalog().columns((layer) -> this.db.sql("""
				SELECT column_name FROM information_schema.columns
				WHERE table_schema = 'publish' AND table_name = :layer ORDER BY ordinal_position
				""").param("layer", layer).query(String.class).list());
		this.db.sql("DELETE FROM layer_change").update();
		this.db.sql("DELETE FROM publication").update();
		new Fixtures(this.db).users();
		this.api = new Api(this.port);
	}

	Api.Response publish() {
		return this.api.post("/api/v1/publication", Fixtures.GIS_ADMIN, null, "");
	}

	/**
	 * Every request has a path, method, content type and parameters GeoServer documents.
	 */
	static void assertDocumented(List<GeoServerStandIn.Exchange> exchanges) {
		if (documents == null) {
			documents = new GeoServerRestDocuments();
		}
		for (GeoServerStandIn.Exchange exchange : exchanges) {
			assertThat(documents.check(exchange.method(), exchange.path(), exchange.query(), exchange.contentType(),
					exchange.isWrite() ? exchange.text() : null))
				.as(exchange.toString())
				.isEmpty();
		}
	}

	/** Every change is preceded by a check (a GET) of the resource it changes. */
	static void assertCheckedFirst(List<GeoServerStandIn.Exchange> exchanges) {
		List<String> checked = new ArrayList<>();
		for (GeoServerStandIn.Exchange exchange : exchanges) {
			if (exchange.isWrite()) {
				assertThat(checked).as("checked before " + exchange).contains(checkedPath(exchange));
			}
			else {
				checked.add(exchange.path());
			}
		}
	}

	/** The path a change should have been checked at. */
	private static String checkedPath(GeoServerStandIn.Exchange exchange) {
		if (exchange.path().endsWith("/masstruncate")) {
			Matcher layer = Pattern.compile("<layerName>([^<]+)</layerName>").matcher(exchange.text());
			assertThat(layer.find()).isTrue();
			return "/geoserver/gwc/rest/layers/" + layer.group(1) + ".xml";
		}
		if (exchange.path().endsWith("/styles")) {
			return exchange.path() + "/" + exchange.query().get("name") + ".sld";
		}
		if (exchange.path().contains("/styles/")) {
			return exchange.path() + ".sld";
		}
		if (exchange.method().equals("POST")) {
			String kind = JSON.readTree(exchange.body()).propertyNames().iterator().next();
			return exchange.path() + "/" + JSON.readTree(exchange.body()).get(kind).get("name").asString();
		}
		return exchange.path();
	}

	long count(String table) {
		return new Fixtures(this.db).count(table);
	}

	/** The report's steps: resource to action. */
	static Map<String, String> actions(JsonNode report) {
		Map<String, String> actions = new LinkedHashMap<>();
		report.get("steps")
			.forEach((step) -> actions.put(step.get("resource").stringValue(), step.get("action").stringValue()));
		return actions;
	}

	static List<GeoServerStandIn.Exchange> writes(List<GeoServerStandIn.Exchange> exchanges) {
		return exchanges.stream().filter(GeoServerStandIn.Exchange::isWrite).toList();
	}

	static String utf8(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
