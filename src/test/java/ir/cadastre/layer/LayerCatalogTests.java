package ir.cadastre.layer;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/layers} and {@code GET /api/v1/layers/{layer}/features}.
 */
@CadastreTest
class LayerCatalogTests extends ApiTest {

	@Test
	void catalogueListsTheEightLayersWithOwnersCountsAndExtent() {
		this.fixtures.feature("protected_areas", "A", "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))");
		this.fixtures.feature("protected_areas", "B", "POLYGON((55 33, 55.2 33, 55.2 33.1, 55 33.1, 55 33))");
		JsonNode layers = this.api.get("/api/v1/layers", Fixtures.APPLICANT).json();
		List<String> ids = new ArrayList<>();
		layers.forEach((layer) -> ids.add(layer.get("id").stringValue()));
		assertThat(ids).containsExactly("licences", "applications", "protected_areas", "forests", "national_resources",
				"agricultural_lands", "executive_boundaries", "property_parcels");
		JsonNode protectedAreas = layers.get(2);
		assertThat(protectedAreas.get("ownerAgency").stringValue()).isEqualTo("doe");
		assertThat(protectedAreas.get("featureCount").longValue()).isEqualTo(2);
		assertThat(protectedAreas.get("bbox").toString()).isEqualTo("[54.0,32.0,55.2,33.1]");
		assertThat(layers.get(0).get("featureCount").longValue()).isZero();
		assertThat(layers.get(0).get("bbox").isNull()).isTrue();
	}

	@Test
	void aLicenceLeavesTheFeaturesAndTheCountAtTheEndOfItsTerm() {
		long running = this.fixtures.feature("licences", "Running",
				"POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))");
		long ended = this.fixtures.feature("licences", "Ended", "POLYGON((55 33, 55.2 33, 55.2 33.1, 55 33.1, 55 33))");
		// The test clock is 2026-01-15T08:00:00Z: one term ends a minute later, one at
		// that instant.
		this.fixtures.endsAt(running, "2026-01-15T08:01:00Z");
		this.fixtures.endsAt(ended, "2026-01-15T08:00:00Z");
		assertThat(names("/api/v1/layers/licences/features")).containsExactly("Running");
		JsonNode licences = this.api.get("/api/v1/layers", Fixtures.APPLICANT).json().get(0);
		assertThat(licences.get("featureCount").longValue()).isEqualTo(1);
		assertThat(licences.get("bbox").toString()).isEqualTo("[54.0,32.0,54.1,32.1]");
	}

	@Test
	void featuresAreAGeoJsonFeatureCollection() {
		long id = this.fixtures.feature("forests", "Hyrcanian", "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))");
		Api.Response response = this.api.get("/api/v1/layers/forests/features", Fixtures.APPLICANT);
		assertThat(response.contentType()).startsWith("application/geo+json");
		JsonNode collection = response.json();
		assertThat(collection.get("type").stringValue()).isEqualTo("FeatureCollection");
		JsonNode feature = collection.get("features").get(0);
		assertThat(feature.get("id").stringValue()).isEqualTo(Long.toString(id));
		assertThat(feature.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(feature.get("properties").get("name").stringValue()).isEqualTo("Hyrcanian");
		assertThat(feature.get("properties").get("agency").stringValue()).isEqualTo("frwo");
	}

	@Test
	void bboxAndLimitSelectFeatures() {
		this.fixtures.feature("forests", "West", "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))");
		this.fixtures.feature("forests", "East", "POLYGON((56 32, 56.1 32, 56.1 32.1, 56 32.1, 56 32))");
		assertThat(names("/api/v1/layers/forests/features?bbox=55.5,31.5,56.5,32.5")).containsExactly("East");
		assertThat(names("/api/v1/layers/forests/features?limit=1")).hasSize(1);
		assertThat(names("/api/v1/layers/forests/features")).containsExactly("West", "East");
	}

	@Test
	void unknownLayerIs404() {
		Api.Response response = this.api.get("/api/v1/layers/mines_of_moria/features", Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:unknown-layer");
	}

	@Test
	void badBboxOrLimitIs400() {
		for (String query : new String[] { "bbox=1,2,3", "bbox=a,b,c,d", "bbox=56,32,55,33", "bbox=0,0,200,10",
				"limit=0", "limit=-3", "limit=ten", "bbox=NaN,1,2,3" }) {
			Api.Response response = this.api.get("/api/v1/layers/forests/features?" + query, Fixtures.APPLICANT);
			assertThat(response.status()).as(query).isEqualTo(400);
			assertThat(response.isProblem()).as(query).isTrue();
		}
	}

	private List<String> names(String path) {
		List<String> names = new ArrayList<>();
		this.api.get(path, Fixtures.APPLICANT)
			.json()
			.get("features")
			.forEach((f) -> names.add(f.get("properties").get("name").stringValue()));
		return names;
	}

}
