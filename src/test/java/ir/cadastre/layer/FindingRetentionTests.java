package ir.cadastre.layer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreApplication;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long an import's findings are kept ({@link FindingRetention}): a year after the
 * import, and for the layer's latest import however old. The test clock is
 * 2026-01-15T08:00:00Z.
 */
@CadastreTest
class FindingRetentionTests extends ApiTest {

	/** A good feature and a bow tie, which the import repairs: one finding. */
	private static final String FILE = """
			{"type": "FeatureCollection", "features": [
			 {"type": "Feature", "properties": {"id": "good"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[55, 31], [55.1, 31], [55.1, 31.1], [55, 31.1], [55, 31]]]}},
			 {"type": "Feature", "properties": {"id": "bow-tie"}, "geometry": {"type": "Polygon",
			  "coordinates": [[[54, 32], [54.1, 32.1], [54.1, 32], [54, 32.1], [54, 32]]]}}]}
			""";

	@Autowired
	private FindingRetention retention;

	@Test
	void anImportsFindingsAreRemovedAYearAfterItOnceALaterImportOfTheLayerKeepsItsOwn() {
		long old = imported("protected_areas", 400);
		long recent = imported("protected_areas", 300);
		long latest = imported("protected_areas", 400);
		long onlyImport = imported("forests", 800);

		assertThat(this.retention.removeExpired()).isEqualTo(1);
		assertThat(findings(old)).isZero();
		assertThat(findings(recent)).as("300 days old").isEqualTo(1);
		assertThat(findings(latest)).as("the layer's latest import, 400 days old").isEqualTo(1);
		assertThat(findings(onlyImport)).as("the forests' latest import, 800 days old").isEqualTo(1);

		Api.Response removed = this.api
			.send(this.api.request("/api/v1/layers/protected_areas/versions/" + old + "/findings", Fixtures.GIS_ADMIN)
				.header("Accept-Language", "en"));
		assertThat(removed.status()).isEqualTo(404);
		assertThat(removed.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:no-findings");
		assertThat(removed.json().get("detail").stringValue()).isEqualTo("The findings of version " + old
				+ " of layer protected_areas were removed on 2026-01-15: an import's are kept for 365 days, and the "
				+ "layer's latest import's for as long as it is the latest; its report lists the first 1,000 of each "
				+ "kind.");
		JsonNode versions = this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.GIS_ADMIN).json();
		for (JsonNode version : versions) {
			long id = version.get("version").longValue();
			assertThat(version.get("findings").isNull()).as("version %d's findings", id).isEqualTo(id == old);
			assertThat(version.get("report").isNull()).as("version %d's report stays", id).isFalse();
		}
		assertThat(this.api.get("/api/v1/layers/protected_areas/versions/" + old + "/report", Fixtures.GIS_ADMIN)
			.json()
			.get("repairs")).as("the report's findings stay").hasSize(1);
		assertThat(this.api.get("/api/v1/layers/protected_areas/versions/" + recent + "/findings", Fixtures.GIS_ADMIN)
			.status()).isEqualTo(200);
		assertThat(this.retention.removeExpired()).as("nothing more is due").isZero();
	}

	@Test
	void theDayFindingsWereRemovedIsTehransDay() {
		long old = imported("protected_areas", 400);
		imported("protected_areas", 10);
		assertThat(this.retention.removeExpired()).isEqualTo(1);
		// Removed at 01:30 on 1404-10-25 in Tehran, which is still 14 January in UTC.
		this.db.sql("UPDATE layer_version SET findings_removed_at = TIMESTAMPTZ '2026-01-14 22:00Z' WHERE id = :id")
			.param("id", old)
			.update();
		Api.Response removed = this.api
			.send(this.api.request("/api/v1/layers/protected_areas/versions/" + old + "/findings", Fixtures.GIS_ADMIN)
				.header("Accept-Language", "en"));
		assertThat(removed.status()).isEqualTo(404);
		assertThat(removed.json().get("detail").stringValue()).contains("were removed on 2026-01-15:");
	}

	@Test
	void anImportIsDatedByTheServicesClock() {
		long version = upload(this.api);
		assertThat(this.api.get("/api/v1/layers/protected_areas/versions", Fixtures.GIS_ADMIN).json())
			.filteredOn((v) -> v.get("version").longValue() == version)
			.singleElement()
			.satisfies((v) -> assertThat(v.get("createdAt").stringValue()).as("the test clock")
				.isEqualTo("2026-01-15T08:00:00Z"));
	}

	@Test
	void anImportMadeTodayByAClockFixedAheadKeepsItsFindings() {
		// A demonstration's clock a year and more ahead of the computer's: what is
		// imported under it is new by that clock, not older than the findings are kept.
		String ahead = Instant.now().plus(Duration.ofDays(400)).truncatedTo(ChronoUnit.SECONDS).toString();
		try (ConfigurableApplicationContext instance = new SpringApplicationBuilder(CadastreApplication.class)
			.profiles("test")
			.run("--server.port=0", "--cadastre.clock.fixed=" + ahead)) {
			Api api = new Api(Integer.parseInt(instance.getEnvironment().getProperty("local.server.port")));
			long first = upload(api);
			upload(api);
			assertThat(instance.getBean(FindingRetention.class).removeExpired()).isZero();
			assertThat(findings(first)).isEqualTo(1);
		}
	}

	private static long upload(Api api) {
		Api.Response imported = Uploads.upload(api, Fixtures.GIS_ADMIN, "protected_areas", "layer.geojson",
				FILE.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		return imported.json().get("version").longValue();
	}

	/** Imports the file into the layer, as if that many days before the test clock. */
	private long imported(String layer, int daysAgo) {
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, layer, "layer.geojson",
				FILE.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		long version = imported.json().get("version").longValue();
		this.db
			.sql("UPDATE layer_version SET created_at = cadastre_now() - make_interval(days => :days) WHERE id = :id")
			.param("days", daysAgo)
			.param("id", version)
			.update();
		return version;
	}

	private int findings(long version) {
		return this.db.sql("SELECT count(*) FROM import_finding WHERE version_id = :id")
			.param("id", version)
			.query(Integer.class)
			.single();
	}

}
