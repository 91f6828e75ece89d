package ir.cadastre.publish;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import ir.cadastre.Api;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

/**
 * Republishing on change: an import records a change in its own transaction, and the
 * drainer truncates the layer's cached tiles afterwards, retrying a failure; a change is
 * sent once even with two drainers about.
 */
class TileTruncationTests extends StandInGeoServerTest {

	static final String AREA = """
			{"type": "FeatureCollection", "features": [{"type": "Feature",
			 "properties": {"id": "PA-T", "name": "Truncation (test)", "name_fa": "آزمون"},
			 "geometry": {"type": "Polygon", "coordinates": [[[54.0, 31.0], [54.2, 31.0], [54.2, 31.2], [54.0, 31.2], [54.0, 31.0]]]}}]}
			""";

	static final Duration PATIENCE = Duration.ofSeconds(15);

	@Autowired
	LayerChanges layerChanges;

	@Autowired
	TileTruncations truncations;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void anImportedLayerHasItsTilesTruncatedOnceTheImportCommitted() {
		publish();
		GEOSERVER.clearExchanges();
		Api.Response imported = importArea("protected_areas", AREA);
		assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
		await().atMost(PATIENCE)
			.untilAsserted(() -> assertThat(GEOSERVER.catalog().truncations())
				.containsExactly("cadastre:protected_areas", "cadastre:mining_cadastre"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcomes()).containsExactly("TRUNCATED"));
		assertDocumented(GEOSERVER.exchanges());
		assertCheckedFirst(GEOSERVER.exchanges());
		JsonNode layer = status("protected_areas");
		assertThat(layer.get("pendingTruncations").intValue()).isZero();
		assertThat(layer.get("truncatedAt").isNull()).isFalse();
	}

	@Test
	void aRefusedImportRecordsNoChange() {
		Api.Response refused = importArea("protected_areas", "{\"type\": \"FeatureCollection\", \"features\": [");
		assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
		assertThat(new Fixtures(this.db).count("layer_change")).isZero();
	}

	@Test
	void aFailedTruncationIsRecordedAndRetried() {
		publish();
		GEOSERVER.clearExchanges();
		GEOSERVER.fail((exchange) -> exchange.path().endsWith("/masstruncate")
				&& exchange.text().contains("cadastre:protected_areas"), 500, 1);
		importArea("protected_areas", AREA);
		await().atMost(PATIENCE).untilAsserted(() -> {
			JsonNode layer = status("protected_areas");
			assertThat(layer.get("pendingTruncations").intValue()).isEqualTo(1);
			assertThat(layer.get("lastTruncationError").stringValue()).contains("500", "masstruncate");
		});
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcomes()).containsExactly("TRUNCATED"));
		assertThat(this.db.sql("SELECT attempts FROM layer_change").query(Integer.class).single()).isEqualTo(1);
		List<Integer> answers = GEOSERVER.exchanges()
			.stream()
			.filter((exchange) -> exchange.path().endsWith("/masstruncate")
					&& exchange.text().contains("cadastre:protected_areas"))
			.map(GeoServerStandIn.Exchange::status)
			.toList();
		assertThat(answers).containsExactly(500, 200);
		assertThat(status("protected_areas").get("pendingTruncations").intValue()).isZero();
	}

	@Test
	void changesOfAnUnpublishedLayerAreSettledWithoutAsking() {
		this.transactions.executeWithoutResult((status) -> this.layerChanges.record("forests"));
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcomes()).containsExactly("NOT_PUBLISHED"));
		assertThat(GEOSERVER.exchanges()).isEmpty();
	}

	@Test
	void aChangeClaimedByAnotherInstanceIsSkippedNotAwaitedNorSentTwice() {
		publish();
		GEOSERVER.clearExchanges();
		this.db.sql("""
				INSERT INTO layer_change (layer_id, next_attempt_at)
				VALUES ('forests', clock_timestamp() + interval '1.5 seconds')
				""").update();
		this.transactions.executeWithoutResult((status) -> {
			// Another instance has claimed the change, as while it sends the truncation.
			this.db.sql("SELECT id FROM layer_change FOR UPDATE").query(Long.class).list();
			sleep(Duration.ofSeconds(2));
			// Due now: a drainer elsewhere passes it by at once instead of waiting for
			// it.
			CompletableFuture.runAsync(this.truncations::drain).orTimeout(5, TimeUnit.SECONDS).join();
			assertThat(GEOSERVER.catalog().truncations()).isEmpty();
		});
		await().atMost(PATIENCE).untilAsserted(() -> assertThat(outcomes()).containsExactly("TRUNCATED"));
		assertThat(GEOSERVER.catalog().truncations()).containsExactly("cadastre:forests", "cadastre:mining_cadastre");
	}

	@Test
	void changesAreRecordedInTheCallersTransactionOnly() {
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> this.layerChanges.record("forests"));
		this.transactions.executeWithoutResult((status) -> {
			this.layerChanges.record("forests");
			status.setRollbackOnly();
		});
		assertThat(new Fixtures(this.db).count("layer_change")).isZero();
	}

	@Test
	void retriesWaitTwiceAsLongEachTimeUpToTheLimit() {
		assertThat(List.of(1, 2, 3).stream().map(this.truncations::backoff)).containsExactly(Duration.ofMillis(500),
				Duration.ofSeconds(1), Duration.ofSeconds(2));
		assertThat(this.truncations.backoff(40)).isEqualTo(Duration.ofHours(1));
	}

	private List<String> outcomes() {
		return this.db.sql("SELECT coalesce(outcome, 'PENDING') FROM layer_change ORDER BY id")
			.query(String.class)
			.list();
	}

	private JsonNode status(String layer) {
		for (JsonNode entry : this.api.get("/api/v1/publication", Fixtures.GIS_ADMIN).json().get("layers")) {
			if (entry.get("layer").stringValue().equals(layer)) {
				return entry;
			}
		}
		throw new AssertionError("no layer " + layer);
	}

	/** A multipart upload, built by hand as a browser sends it. */
	private Api.Response importArea(String layer, String geoJson) {
		String boundary = "----cadastre-publish-test";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nreplace\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"area.geojson\""
				+ "\r\nContent-Type: application/geo+json\r\n\r\n" + geoJson + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return this.api.send(this.api.request("/api/v1/layers/" + layer + "/imports", Fixtures.GIS_ADMIN)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
