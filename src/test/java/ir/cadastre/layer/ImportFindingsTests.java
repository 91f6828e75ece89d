package ir.cadastre.layer;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/layers/{layer}/versions/{version}/findings}: every feature an import
 * repaired or refused, beyond the 1,000 of each kind its report lists, as a spreadsheet
 * in the reader's language.
 */
@CadastreTest
class ImportFindingsTests extends ApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int OUTSIDE = 1_200;

	private static final String BOW_TIE = "[[[54, 32], [54.1, 32.1], [54.1, 32], [54, 32.1], [54, 32]]]";

	private static final String IN_IRAQ = "[[[44, 33], [44.1, 33], [44.1, 33.1], [44, 33.1], [44, 33]]]";

	private static final String OPEN_RING = "[[[55, 33], [55.1, 33], [55.1, 33.1], [55, 33.1], [55.05, 33.05]]]";

	private static final String GOOD = "[[[55, 31], [55.1, 31], [55.1, 31.1], [55, 31.1], [55, 31]]]";

	@Test
	void everyRefusedFeatureOfALargeFileIsKeptWithWhyInEitherLanguage() {
		// a good feature, a repaired one, then 1,200 outside Iran, then one unreadable
		StringBuilder file = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
		file.append(feature("good", GOOD)).append(',').append(feature("bow-tie", BOW_TIE));
		for (int i = 1; i <= OUTSIDE; i++) {
			file.append(',').append(feature("iraq-" + i, IN_IRAQ));
		}
		file.append(',').append(feature("open-ring", OPEN_RING)).append("]}");
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "protected_areas", "large.geojson",
				file.toString().getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		JsonNode report = imported.json();
		assertThat(report.get("rejected").longValue()).isEqualTo(OUTSIDE + 1);
		assertThat(report.get("rejections")).hasSize(ImportReport.LISTED);

		String path = "/api/v1/layers/protected_areas/versions/" + report.get("version").longValue() + "/findings";
		JsonNode version = this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.GIS_ADMIN).json().get(0);
		assertThat(version.get("findings").stringValue()).isEqualTo(path);

		Api.Response english = this.api.get(path, Fixtures.APPLICANT);
		assertThat(english.status()).isEqualTo(200);
		assertThat(english.contentType()).startsWith("text/csv");
		List<String> lines = Arrays.asList(english.body().split("\r\n"));
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", LayerVersions.FINDINGS));
		assertThat(lines).hasSize(1 + 1 + OUTSIDE + 1);
		assertThat(lines.get(1)).isEqualTo("2,bow-tie,repaired,\"Self-intersection at [54.05, 32.05]\"");
		assertThat(lines.get(1 + OUTSIDE))
			.isEqualTo((2 + OUTSIDE) + ",iraq-" + OUTSIDE + ",refused,outside the jurisdiction");
		assertThat(lines.get(lines.size() - 1)).isEqualTo(
				(3 + OUTSIDE) + ",open-ring,refused,ring 1 is not closed: its last position differs from its first");

		Api.Response persian = this.api
			.send(this.api.request(path, Fixtures.APPLICANT).header("Accept-Language", "fa"));
		List<String> persianLines = Arrays.asList(persian.body().split("\r\n"));
		assertThat(persianLines).hasSize(lines.size());
		assertThat(persianLines.get(1 + OUTSIDE))
			.isEqualTo((2 + OUTSIDE) + ",iraq-" + OUTSIDE + ",refused,خارج از ایران");
		assertThat(persianLines.get(persianLines.size() - 1))
			.isEqualTo((3 + OUTSIDE) + ",open-ring,refused,حلقهٔ 1 بسته نیست: آخرین موقعیتش با نخستین فرق دارد");
	}

	@Test
	void aLicenceOverAPendingApplicationIsAFindingOfItsImport() {
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT,
				"POLYGON((54.02 32.02, 54.06 32.02, 54.06 32.06, 54.02 32.06, 54.02 32.02))");
		String licence = "[[[54.04, 32.0], [54.1, 32.0], [54.1, 32.1], [54.04, 32.1], [54.04, 32.0]]]";
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "licences.geojson",
				("{\"type\": \"FeatureCollection\", \"features\": [" + feature("L-1", licence) + "]}")
					.getBytes(StandardCharsets.UTF_8),
				Map.of("mode", "append"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		List<String> lines = Arrays.asList(
				this.api
					.get("/api/v1/layers/licences/versions/" + imported.json().get("version").longValue() + "/findings",
							Fixtures.GIS_ADMIN)
					.body()
					.split("\r\n"));
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1))
			.startsWith("1,L-1,pending-overlap,pending application " + application.get("receipt").longValue() + ": ");
	}

	@Test
	void aVersionWhoseImportKeptNoFindingsSaysWhy() {
		long loaded = this.db
			.sql("INSERT INTO layer_version (layer_id, created_by, source, checksum) "
					+ "VALUES ('protected_areas', 'sample', 'sample.geojson', 'x') RETURNING id")
			.query(Long.class)
			.single();
		assertThat(this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.GIS_ADMIN)
			.json()
			.get(0)
			.get("findings")
			.isNull()).isTrue();
		Api.Response sample = this.api.get(findings(loaded), Fixtures.GIS_ADMIN);
		assertThat(sample.status()).isEqualTo(404);
		assertThat(sample.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:no-findings");
		assertThat(sample.json().get("detail").stringValue()).contains("was not imported from a file");

		// an import of the service before it kept every finding: its report, and no more
		this.db.sql("UPDATE layer_version SET report = '{}' WHERE id = :id").param("id", loaded).update();
		Api.Response older = this.api
			.send(this.api.request(findings(loaded), Fixtures.GIS_ADMIN).header("Accept-Language", "fa"));
		assertThat(older.status()).isEqualTo(404);
		assertThat(older.json().get("detail").stringValue()).isEqualTo("نسخهٔ " + loaded
				+ " لایهٔ protected_areas پیش از آن وارد شده است که سامانه همهٔ یافته‌ها را نگه دارد؛ "
				+ "گزارش آن از هر گونه تنها 1,000 یافتهٔ نخست را می‌آورد.");

		assertThat(this.api.get(findings(loaded + 1), Fixtures.GIS_ADMIN).json().get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:unknown-version");
		assertThat(this.api.get("/api/v1/layers/forests/versions/" + loaded + "/findings", Fixtures.GIS_ADMIN)
			.json()
			.get("type")
			.stringValue()).isEqualTo("urn:cadastre:problem:unknown-version");
	}

	@Test
	void anImportSaysWhereItsReportIsAndItsFindingsComeAsASpreadsheet() {
		String collection = "{\"type\": \"FeatureCollection\", \"features\": [" + feature("good", GOOD) + ", "
				+ feature("tie", BOW_TIE) + "]}";
		HttpResponse<byte[]> imported = this.api.bytes(Uploads.request(this.api, Fixtures.GIS_ADMIN, "protected_areas",
				"two.geojson", collection.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace")));
		assertThat(imported.statusCode()).isEqualTo(201);
		long version = JSON.readTree(imported.body()).get("version").longValue();
		String report = "/api/v1/layers/protected_areas/versions/" + version + "/report";
		assertThat(imported.headers().firstValue("Location")).hasValue(report);
		HttpResponse<byte[]> read = this.api.bytes(this.api.request(report, Fixtures.GIS_ADMIN).GET());
		assertThat(JSON.readTree(read.body()).get("version").longValue()).isEqualTo(version);
		// Both are in the reader's language: a cache keeps each language apart.
		HttpResponse<byte[]> persian = this.api
			.bytes(this.api.request(findings(version), Fixtures.GIS_ADMIN).header("Accept-Language", "fa").GET());
		for (HttpResponse<byte[]> translated : List.of(read, persian)) {
			assertThat(translated.headers().allValues("Vary"))
				.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-language"));
		}

		Api.Response sheet = this.api
			.send(this.api.request(findings(version), Fixtures.GIS_ADMIN).header("Accept", "text/csv").GET());
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.contentType()).startsWith("text/csv");
		Api.Response json = this.api
			.send(this.api.request(findings(version), Fixtures.GIS_ADMIN).header("Accept", "application/json").GET());
		assertThat(json.status()).isEqualTo(406);
		assertThat(json.json().get("detail").stringValue()).isEqualTo("This path answers only in text/csv.");
	}

	private static String findings(long version) {
		return "/api/v1/layers/protected_areas/versions/" + version + "/findings";
	}

	private static String feature(String id, String rings) {
		return "{\"type\": \"Feature\", \"properties\": {\"id\": \"" + id
				+ "\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + rings + "}}";
	}

}
