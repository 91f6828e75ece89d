package ir.cadastre.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ir.cadastre.Api;
import ir.cadastre.Fixtures;
import ir.cadastre.PostgisRequired;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/v1/publication} against a GeoServer stand-in: what a fresh server
 * gets, the bodies sent, that a second run changes nothing, updates of what drifted,
 * failures part way (nothing recorded, a rerun finishes), an unreachable server, and who
 * may publish.
 */
class PublicationTests extends StandInGeoServerTest {

	/** The layer group's order: the first is drawn at the bottom, licences on top. */
	static final List<String> DRAWING_ORDER = List.of("property_parcels", "executive_boundaries", "agricultural_lands",
			"national_resources", "forests", "protected_areas", "applications", "licences");

	static final String TYPES = "/geoserver/rest/workspaces/cadastre/datastores/cadastre_db/featuretypes";

	@Test
	void aFreshGeoServerGetsEveryResourceCheckedThenCreated() throws Exception {
		Api.Response response = publish();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<GeoServerStandIn.Exchange> exchanges = GEOSERVER.exchanges();
		assertDocumented(exchanges);
		assertCheckedFirst(exchanges);
		assertThat(writes(exchanges)).as("no create was answered with an error")
			.allSatisfy((write) -> assertThat(write.status()).isBetween(200, 299));
		JsonNode report = response.json();
		assertThat(report.get("capabilities").stringValue()).isEqualTo(
				"http://localhost:8081/geoserver/cadastre/wms?service=WMS&version=1.3.0&request=GetCapabilities");
		assertThat(actions(report)).containsEntry("workspace cadastre", "created")
			.containsEntry("datastore cadastre_db", "created")
			.containsEntry("style forests", "created")
			.containsEntry("feature type forests", "created")
			.containsEntry("layer cadastre:forests", "updated")
			.containsEntry("layer group mining_cadastre", "created");
		assertThat(report.get("truncated")).as("new layers have no tiles yet").isEmpty();
		JsonNode group = GEOSERVER.catalog().resource("/workspaces/cadastre/layergroups/mining_cadastre");
		assertThat(group.findValues("name").stream().map(JsonNode::stringValue))
			.containsSubsequence(DRAWING_ORDER.stream().map((layer) -> "cadastre:" + layer).toList());
		for (String layer : DRAWING_ORDER) {
			assertThat(GEOSERVER.catalog().style("cadastre", layer))
				.isEqualTo(Files.readAllBytes(Path.of("styles", layer + ".sld")));
			assertThat(GEOSERVER.catalog()
				.resource("/layers/cadastre:" + layer)
				.at("/layer/defaultStyle/name")
				.stringValue()).isEqualTo(layer);
		}
		JsonNode status = this.api.get("/api/v1/publication", Fixtures.GIS_ADMIN).json();
		assertThat(status.get("configured").booleanValue()).isTrue();
		assertThat(status.get("layers")).hasSize(8).allSatisfy((layer) -> {
			assertThat(layer.get("published").booleanValue()).isTrue();
			assertThat(layer.get("geoserverLayer").stringValue())
				.isEqualTo("cadastre:" + layer.get("layer").stringValue());
			assertThat(layer.get("publishedBy").stringValue()).isEqualTo(Fixtures.GIS_ADMIN);
			assertThat(layer.get("publishedAt").isNull()).isFalse();
		});
		assertThat(this.db.sql("SELECT count(*) FROM audit_event WHERE action = 'publication.publish'")
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void theDefinitionsSentAreTheGoldenOnes() throws Exception {
		publish();
		List<GeoServerStandIn.Exchange> exchanges = GEOSERVER.exchanges();
		assertThat(JSON.readTree(sent(exchanges, "POST", "/geoserver/rest/workspaces/cadastre/datastores", null)))
			.isEqualTo(golden("datastore.json"));
		assertThat(JSON.readTree(sent(exchanges, "POST", TYPES, "\"protected_areas\"")))
			.isEqualTo(golden("featuretype-protected_areas.json"));
		assertThat(JSON.readTree(sent(exchanges, "PUT", "/geoserver/rest/layers/cadastre:protected_areas", null)))
			.isEqualTo(golden("layer-protected_areas.json"));
		assertThat(JSON.readTree(sent(exchanges, "POST", "/geoserver/rest/workspaces/cadastre/layergroups", null)))
			.isEqualTo(golden("layergroup.json"));
		changeWaitingFor("protected_areas");
		GEOSERVER.clearExchanges();
		publish();
		GeoServerStandIn.Exchange truncate = GEOSERVER.exchanges()
			.stream()
			.filter((exchange) -> exchange.path().endsWith("/masstruncate"))
			.findFirst()
			.orElseThrow();
		assertThat(truncate.contentType()).isEqualTo("text/xml");
		assertThat(truncate.text()).isEqualTo(text("truncate-protected_areas.xml"));
	}

	@Test
	void stylesAreUploadedAsUtf8SoPersianSurvives() throws Exception {
		publish();
		List<GeoServerStandIn.Exchange> uploads = GEOSERVER.exchanges()
			.stream()
			.filter((exchange) -> exchange.isWrite() && exchange.path().contains("/styles"))
			.toList();
		assertThat(uploads).hasSize(16)
			.allSatisfy((upload) -> assertThat(upload.contentType())
				.isEqualTo("application/vnd.ogc.sld+xml;charset=UTF-8"));
		assertThat(utf8(GEOSERVER.catalog().style("cadastre", "forests"))).contains("جنگل‌ها");
	}

	@Test
	void publishingTwiceInARowOnlyChecksTheSecondTime() {
		publish();
		Timestamp published = publishedAt("forests");
		GEOSERVER.clearExchanges();
		Api.Response second = publish();
		assertThat(second.status()).as(second.toString()).isEqualTo(200);
		List<GeoServerStandIn.Exchange> exchanges = GEOSERVER.exchanges();
		assertDocumented(exchanges);
		assertThat(writes(exchanges)).isEmpty();
		assertThat(actions(second.json()).values()).containsOnly("unchanged");
		assertThat(second.json().get("truncated")).isEmpty();
		assertThat(publishedAt("forests")).isEqualTo(published);
	}

	@Test
	void whatDriftedIsUpdatedInPlaceAndItsTilesTruncated() {
		publish();
		ObjectNode forests = GEOSERVER.catalog()
			.resource("/workspaces/cadastre/datastores/cadastre_db/featuretypes/forests");
		((ObjectNode) forests.get("featureType")).put("title", "Edited in GeoServer");
		ObjectNode licences = GEOSERVER.catalog().resource("/layers/cadastre:licences");
		((ObjectNode) licences.get("layer")).putObject("defaultStyle").put("name", "polygon");
		GEOSERVER.catalog().replaceStyle("cadastre", "protected_areas", "<edited/>".getBytes(StandardCharsets.UTF_8));
		GEOSERVER.clearExchanges();
		Api.Response response = publish();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<GeoServerStandIn.Exchange> exchanges = GEOSERVER.exchanges();
		assertDocumented(exchanges);
		assertCheckedFirst(exchanges);
		assertThat(writes(exchanges).stream().map((write) -> write.method() + " " + write.path()))
			.containsExactlyInAnyOrder("PUT /geoserver/rest/workspaces/cadastre/styles/protected_areas",
					"PUT " + TYPES + "/forests", "PUT /geoserver/rest/layers/cadastre:licences",
					"POST /geoserver/gwc/rest/masstruncate", "POST /geoserver/gwc/rest/masstruncate",
					"POST /geoserver/gwc/rest/masstruncate", "POST /geoserver/gwc/rest/masstruncate");
		assertThat(GEOSERVER.catalog().truncations()).containsExactlyInAnyOrder("cadastre:forests",
				"cadastre:protected_areas", "cadastre:licences", "cadastre:mining_cadastre");
		assertThat(forests.at("/featureType/title").stringValue()).isEqualTo("Forests");
	}

	@Test
	void theApplicationsLayersTilesExpireAfterAMinuteEvenAfterAnAdministratorChangedThat() {
		Api.Response first = publish();
		assertThat(actions(first.json())).containsEntry("tile expiry cadastre:applications", "updated");
		String applications = GEOSERVER.catalog().tileLayer("cadastre:applications");
		assertThat(applications).contains("<expireCache>60</expireCache>", "<expireClients>60</expireClients>")
			.as("the rest of GeoWebCache's definition is kept")
			.contains("<id>LayerInfoImpl--3a33e7d0:1400d3d823c:-7fdf</id>", "<gridSetName>EPSG:4326</gridSetName>",
					"<key>STYLES</key>", "<metaWidthHeight>");
		assertThat(GEOSERVER.catalog().tileLayer("cadastre:forests")).as("a layer changed only by imports")
			.contains("<expireCache>0</expireCache>");
		GEOSERVER.catalog()
			.replaceTileLayer("cadastre:applications", applications.replace("<expireCache>60</expireCache>", ""));
		GEOSERVER.clearExchanges();
		Api.Response second = publish();
		assertThat(actions(second.json())).containsEntry("tile expiry cadastre:applications", "updated");
		assertDocumented(GEOSERVER.exchanges());
		assertThat(writes(GEOSERVER.exchanges()).stream().map((write) -> write.method() + " " + write.path()))
			.containsExactly("PUT /geoserver/gwc/rest/layers/cadastre:applications.xml");
		assertThat(GEOSERVER.catalog().tileLayer("cadastre:applications")).contains("<expireCache>60</expireCache>",
				"<expireClients>60</expireClients>");
	}

	@Test
	void aTileLayerAnswerThatIsNotGeoWebCachesIs502NamingTheStep() {
		publish();
		for (String answer : List.of("not xml", "<layers/>",
				"<!DOCTYPE GeoServerLayer [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><GeoServerLayer>&x;</GeoServerLayer>")) {
			GEOSERVER.catalog().replaceTileLayer("cadastre:applications", answer);
			Api.Response failed = publish();
			assertThat(failed.status()).as(answer).isEqualTo(502);
			assertThat(failed.json().get("step").stringValue()).isEqualTo("tile expiry cadastre:applications");
			assertThat(GEOSERVER.catalog().tileLayer("cadastre:applications")).isEqualTo(answer);
		}
	}

	@Test
	void aLayerChangedSinceItWasPublishedIsTruncatedAtTheNextPublication() {
		publish();
		long change = changeWaitingFor("forests");
		GEOSERVER.clearExchanges();
		JsonNode report = publish().json();
		assertThat(report.get("truncated").valueStream().map(JsonNode::stringValue)).containsExactly("forests",
				"mining_cadastre");
		assertThat(GEOSERVER.catalog().truncations()).containsExactly("cadastre:forests", "cadastre:mining_cadastre");
		assertThat(this.db.sql("SELECT outcome FROM layer_change WHERE id = :id")
			.param("id", change)
			.query(String.class)
			.single()).isEqualTo("TRUNCATED");
	}

	@Test
	void aViewThatGainedAColumnHasItsAttributesReadAgain() {
		publish();
		ObjectNode licences = GEOSERVER.catalog()
			.resource("/workspaces/cadastre/datastores/cadastre_db/featuretypes/licences");
		ArrayNode attributes = (ArrayNode) licences.at("/featureType/attributes/attribute");
		// A GeoServer that read the view before migration V28 added the register's
		// columns does not list them.
		for (int i = attributes.size() - 1; i >= 0; i--) {
			if (attributes.get(i).get("name").stringValue().equals("licence_no")) {
				attributes.remove(i);
			}
		}
		GEOSERVER.clearExchanges();
		Api.Response response = publish();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertDocumented(GEOSERVER.exchanges());
		assertThat(writes(GEOSERVER.exchanges()).stream()
			.filter((write) -> write.path().startsWith(TYPES))
			.map((write) -> write.method() + " " + write.path() + " " + write.query()))
			.containsExactly("PUT " + TYPES + "/licences {recalculate=attributes}");
		assertThat(actions(response.json())).containsEntry("feature type licences", "updated");
		assertThat(licences.at("/featureType/attributes/attribute").findValuesAsString("name")).contains("licence_no");
		GEOSERVER.clearExchanges();
		publish();
		assertThat(writes(GEOSERVER.exchanges())).isEmpty();
	}

	@Test
	void aFeatureTypeThatLostItsLayerIsMadeAgain() {
		publish();
		GEOSERVER.catalog().removeLayer("cadastre:forests");
		GEOSERVER.clearExchanges();
		Api.Response response = publish();
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertDocumented(GEOSERVER.exchanges());
		assertThat(writes(GEOSERVER.exchanges()).stream().map((write) -> write.method() + " " + write.path()))
			.containsExactly("DELETE " + TYPES + "/forests", "POST " + TYPES,
					"PUT /geoserver/rest/layers/cadastre:forests");
		assertThat(actions(response.json())).containsEntry("feature type forests", "recreated");
	}

	@Test
	void aRefusalPartWayIs502NamingTheStepRecordsNothingAndARerunFinishes() {
		String fourth = DRAWING_ORDER.get(3);
		GEOSERVER.fail((exchange) -> exchange.method().equals("POST") && exchange.path().equals(TYPES)
				&& exchange.text().contains("\"name\":\"" + fourth + "\""), 500, 1);
		Api.Response failed = publish();
		assertThat(failed.status()).as(failed.toString()).isEqualTo(502);
		assertThat(failed.isProblem()).isTrue();
		assertThat(failed.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:geoserver-refused");
		assertThat(failed.json().get("step").stringValue()).isEqualTo("feature type " + fourth);
		assertThat(failed.json().get("geoserverStatus").intValue()).isEqualTo(500);
		assertThat(failed.json().get("detail").stringValue()).contains("feature type " + fourth, "500");
		assertThat(count("publication")).isZero();
		assertThat(this.api.get("/api/v1/publication", Fixtures.GIS_ADMIN).json().get("layers"))
			.allSatisfy((layer) -> assertThat(layer.get("published").booleanValue()).isFalse());
		GEOSERVER.clearExchanges();
		Api.Response rerun = publish();
		assertThat(rerun.status()).as(rerun.toString()).isEqualTo(200);
		List<GeoServerStandIn.Exchange> exchanges = GEOSERVER.exchanges();
		assertDocumented(exchanges);
		assertCheckedFirst(exchanges);
		assertThat(writes(exchanges)).allSatisfy((write) -> assertThat(write.status()).isBetween(200, 299));
		List<String> created = writes(exchanges).stream()
			.filter((write) -> write.method().equals("POST") && write.path().equals(TYPES))
			.map((write) -> JSON.readTree(write.body()).at("/featureType/name").stringValue())
			.toList();
		assertThat(created).containsExactlyElementsOf(DRAWING_ORDER.subList(3, 8));
		assertThat(count("publication")).isEqualTo(8);
	}

	@Test
	void anUnreachableGeoServerIs503AndNothingIsRecorded() {
		GEOSERVER.stop();
		try {
			Api.Response response = publish();
			assertThat(response.status()).as(response.toString()).isEqualTo(503);
			assertThat(response.json().get("type").stringValue())
				.isEqualTo("urn:cadastre:problem:geoserver-unreachable");
			assertThat(response.json().get("step").stringValue()).isEqualTo("workspace cadastre");
			assertThat(count("publication")).isZero();
		}
		finally {
			GEOSERVER.restart();
		}
	}

	@Test
	void oneAtATimeASecondPublicationMeanwhileIs409() throws Exception {
		GEOSERVER.slow((exchange) -> exchange.path().endsWith("/workspaces/cadastre"));
		CompletableFuture<Api.Response> first = CompletableFuture.supplyAsync(this::publish);
		await().atMost(Duration.ofSeconds(10)).until(() -> GEOSERVER.received() > 0);
		Api.Response second = publish();
		assertThat(second.status()).as(second.toString()).isEqualTo(409);
		assertThat(second.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:publication-in-progress");
		assertThat(first.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
	}

	@Test
	void onlyGisStaffPublishOrSeeThePublication() {
		for (String user : List.of(Fixtures.APPLICANT, Fixtures.DOE_REVIEWER, Fixtures.OFFICER)) {
			Api.Response post = this.api.post("/api/v1/publication", user, null, "");
			assertThat(post.status()).as(user).isEqualTo(403);
			assertThat(post.isProblem()).isTrue();
			assertThat(this.api.get("/api/v1/publication", user).status()).as(user).isEqualTo(403);
		}
		assertThat(this.api.post("/api/v1/publication", null, null, "").status()).isEqualTo(401);
		assertThat(GEOSERVER.exchanges()).isEmpty();
		assertThat(count("publication")).isZero();
	}

	/** Records a change that the drainer leaves alone for an hour. */
	long changeWaitingFor(String layer) {
		return this.db.sql("""
				INSERT INTO layer_change (layer_id, next_attempt_at) VALUES (:layer, now() + interval '1 hour')
				RETURNING id
				""").param("layer", layer).query(Long.class).single();
	}

	private Timestamp publishedAt(String layer) {
		return this.db.sql("SELECT published_at FROM publication WHERE layer_id = :layer")
			.param("layer", layer)
			.query(Timestamp.class)
			.single();
	}

	private static byte[] sent(List<GeoServerStandIn.Exchange> exchanges, String method, String path, String marker) {
		return exchanges.stream()
			.filter((exchange) -> exchange.method().equals(method) && exchange.path().equals(path)
					&& (marker == null || exchange.text().contains(marker)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + method + " " + path))
			.body();
	}

	private static JsonNode golden(String name) throws Exception {
		return JSON.readTree(text(name).replace("${test-db-user}", PostgisRequired.USER));
	}

	private static String text(String name) throws Exception {
		return new ClassPathResource("publish/" + name).getContentAsString(StandardCharsets.UTF_8);
	}

}
