package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two GIS officers replacing one layer at the same moment: the layer ends as one of their
 * files, never as both. The layer's current features are held by a transaction of the
 * test, as an import still retiring them would hold them, while both imports run through
 * the service and wait for it.
 */
@CadastreTest
class ImportRaceTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	HeldTransactions held;

	@BeforeEach
	void setUp() {
		this.held = new HeldTransactions(this.dataSource, this.db);
		assertThat(replace("before.geojson", "PA-0", "POLYGON((54.0 31.0, 54.1 31.0, 54.1 31.1, 54.0 31.1, 54.0 31.0))")
			.status()).isEqualTo(201);
	}

	@Test
	@DisplayName("two replacements of one layer at once leave the features of one file, the later one")
	void twoReplacementsAtOnceLeaveOneFile() throws Exception {
		CompletableFuture<Api.Response> first;
		CompletableFuture<Api.Response> second;
		try (Connection importing = this.held
			.holding("SELECT 1 FROM feature WHERE layer_id = 'protected_areas' AND retired_in IS NULL FOR UPDATE")) {
			first = CompletableFuture.supplyAsync(() -> replace("first.geojson", "PA-1",
					"POLYGON((55.0 31.0, 55.1 31.0, 55.1 31.1, 55.0 31.1, 55.0 31.0))"));
			second = CompletableFuture.supplyAsync(() -> replace("second.geojson", "PA-2",
					"POLYGON((56.0 31.0, 56.1 31.0, 56.1 31.1, 56.0 31.1, 56.0 31.0))"));
			this.held.awaitWaiting(2);
			importing.commit();
		}
		assertThat(first.join().status()).as(first.join().body()).isEqualTo(201);
		assertThat(second.join().status()).as(second.join().body()).isEqualTo(201);
		long firstVersion = first.join().json().get("version").longValue();
		long secondVersion = second.join().json().get("version").longValue();
		String later = (firstVersion > secondVersion) ? "PA-1" : "PA-2";
		List<String> current = this.db
			.sql("SELECT external_id FROM feature WHERE layer_id = 'protected_areas' AND retired_in IS NULL")
			.query(String.class)
			.list();
		assertThat(current).as("the layer is the later file").containsExactly(later);
		long counted = this.api.get("/api/v1/layers", Fixtures.APPLICANT)
			.json()
			.valueStream()
			.filter((layer) -> layer.get("id").stringValue().equals("protected_areas"))
			.findFirst()
			.orElseThrow()
			.get("featureCount")
			.longValue();
		assertThat(counted).as("the catalogue's count").isEqualTo(1);
	}

	private Api.Response replace(String fileName, String id, String wkt) {
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"id\":\""
				+ id + "\",\"name\":\"" + id + "\"},\"geometry\":" + this.fixtures.geoJson(wkt) + "}]}";
		return Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", fileName,
				file.getBytes(StandardCharsets.UTF_8), Map.of());
	}

}
