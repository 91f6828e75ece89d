package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/layers/{layer}/imports} with {@code dryRun=true}: GIS staff check a
 * file before it replaces a layer; the report is the import's, and nothing changes.
 */
@CadastreTest
class DryRunTests extends ApiTest {

	private static final String LOADED = """
			{"type": "FeatureCollection", "features": [
			 {"type": "Feature", "properties": {"id": "PA-1"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[54, 31], [54.2, 31], [54.2, 31.2], [54, 31.2], [54, 31]]]}},
			 {"type": "Feature", "properties": {"id": "PA-2"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[55, 31.5], [55.3, 31.5], [55.3, 31.8], [55, 31.8], [55, 31.5]]]}}]}""";

	private static final String CHECKED = """
			{"type": "FeatureCollection", "features": [
			 {"type": "Feature", "properties": {"id": "good"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[55, 31], [55.1, 31], [55.1, 31.1], [55, 31.1], [55, 31]]]}},
			 {"type": "Feature", "properties": {"id": "bow-tie"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[54, 32], [54.1, 32.1], [54.1, 32], [54, 32.1], [54, 32]]]}},
			 {"type": "Feature", "properties": {"id": "in-iraq"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[44, 33], [44.1, 33], [44.1, 33.1], [44, 33.1], [44, 33]]]}},
			 {"type": "Feature", "properties": {"id": "open-ring"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[55, 33], [55.1, 33], [55.1, 33.1], [55, 33.1], [55.05, 33.05]]]}}]}""";

	@Test
	void aDryRunReportsWhatTheImportWouldDoAndChangesNothing() {
		assertThat(upload(LOADED, Map.of()).status()).isEqualTo(201);
		String before = state();

		Api.Response checked = upload(CHECKED, Map.of("dryRun", "true"));
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		JsonNode report = checked.json();
		assertThat(report.get("dryRun").booleanValue()).isTrue();
		assertThat(report.get("version").isNull()).isTrue();
		assertThat(report.get("retired").longValue()).as("the two loaded would be retired").isEqualTo(2);
		assertThat(report.get("imported").longValue()).isEqualTo(2);
		assertThat(report.get("repaired").longValue()).isEqualTo(1);
		assertThat(report.get("rejected").longValue()).isEqualTo(2);
		assertThat(state()).as("the layer, its versions, the audit trail and the tiles to truncate").isEqualTo(before);

		// The import itself then does what the dry run said.
		Api.Response imported = upload(CHECKED, Map.of("dryRun", "false"));
		assertThat(imported.status()).isEqualTo(201);
		assertThat(Uploads.findings(report)).isEqualTo(Uploads.findings(imported.json()));
		assertThat(state()).isNotEqualTo(before);
	}

	@Test
	void aReplacementThatWouldImportNothingIsRefusedAndTheLayerKeepsItsFeatures() {
		assertThat(upload(LOADED, Map.of()).status()).isEqualTo(201);
		String before = state();
		String empty = "{\"type\": \"FeatureCollection\", \"features\": []}";
		String inIraq = """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "in-iraq"}, "geometry": {"type": "Polygon",
				  "coordinates": [[[44, 33], [44.1, 33], [44.1, 33.1], [44, 33.1], [44, 33]]]}}]}""";
		Api.Response refused = upload(empty, Map.of());
		assertThat(refused.status()).as(refused.body()).isEqualTo(422);
		assertThat(refused.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:empty-replacement");
		assertThat(refused.json().get("detail").stringValue()).isEqualTo("None of the file's 0 features can be "
				+ "imported (0 refused), and a replacement would retire every feature of the layer: nothing was "
				+ "changed. A dry run (dryRun=true) lists why each feature is refused.");
		assertThat(upload(inIraq, Map.of()).json().get("detail").stringValue())
			.startsWith("None of the file's 1 features can be imported (1 refused)");
		assertThat(state()).as("the layer keeps its features").isEqualTo(before);

		JsonNode checked = upload(inIraq, Map.of("dryRun", "true")).json();
		assertThat(checked.get("retired").longValue()).isEqualTo(2);
		assertThat(checked.get("rejections").get(0).get("id").stringValue()).isEqualTo("in-iraq");
		assertThat(upload(empty, Map.of("mode", "append")).status()).as("an append retires nothing").isEqualTo(201);
	}

	@Test
	void aDryRunThatIsNeitherTrueNorFalseIsRefusedAndChangesNothing() {
		String before = state();
		Api.Response refused = upload(CHECKED, Map.of("dryRun", "perhaps"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().get("detail").stringValue()).isEqualTo("dryRun is true or false.");
		assertThat(state()).isEqualTo(before);
	}

	private Api.Response upload(String file, Map<String, String> fields) {
		return Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", "areas.geojson",
				file.getBytes(StandardCharsets.UTF_8), fields);
	}

	/**
	 * The layer's current features, its versions, the audit events and the layer changes.
	 */
	private String state() {
		return this.db.sql("""
				SELECT (SELECT coalesce(string_agg(external_id, ',' ORDER BY external_id), '') FROM feature
				        WHERE layer_id = 'protected_areas' AND retired_in IS NULL)
				       || ' / ' || (SELECT count(*) FROM layer_version WHERE layer_id = 'protected_areas')
				       || ' / ' || (SELECT count(*) FROM audit_event)
				       || ' / ' || (SELECT count(*) FROM layer_change)
				""").query(String.class).single();
	}

}
