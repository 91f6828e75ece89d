package ir.cadastre.licence;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registrations of the old register that meet each other or an import of the licences
 * layer. Each registration records a change of the licences layer as its last write; a
 * test holds that table so that a registration stops there, its feature locked and its
 * licence written, while the other request runs into it.
 */
@CadastreTest
class RegistrationRaceTests extends ApiTest {

	private static final String FILE = "externalId,holder,type,mineral,issuedOn\n";

	private static final String ROW = "%s,t-applicant,EXPLORATION,copper,2025-06-01\n";

	private static final String STOPPED_AT_ITS_LAST_WRITE = "LOCK TABLE layer_change IN SHARE MODE";

	@Autowired
	DataSource dataSource;

	HeldTransactions held;

	long first;

	long second;

	@BeforeEach
	void oldLicencesInTheLayer() {
		this.held = new HeldTransactions(this.dataSource, this.db);
		this.first = this.fixtures.feature("licences", "EXL-1", LicenceRegistrationTests.OLD);
		this.second = this.fixtures.feature("licences", "EXL-2", LicenceRegistrationTests.ELSEWHERE);
	}

	@Test
	@DisplayName("Two officers sending register files at once, their rows in opposite orders: each licence registered once, both files reported, no failure")
	void twoFilesInOppositeOrdersRegisterEachLicenceOnce() throws Exception {
		CompletableFuture<Api.Response> forwards;
		CompletableFuture<Api.Response> backwards;
		try (Connection layerChanges = this.held.holding(STOPPED_AT_ITS_LAST_WRITE)) {
			forwards = CompletableFuture
				.supplyAsync(() -> send(FILE + ROW.formatted("EXL-1") + ROW.formatted("EXL-2")));
			this.held.awaitWaiting(1);
			backwards = CompletableFuture
				.supplyAsync(() -> send(FILE + ROW.formatted("EXL-2") + ROW.formatted("EXL-1")));
			this.held.awaitWaiting(2);
			layerChanges.commit();
		}
		int registered = 0;
		for (Api.Response report : new Api.Response[] { forwards.join(), backwards.join() }) {
			assertThat(report.status()).as(report.body()).isEqualTo(200);
			registered += report.json().get("registered").intValue();
			assertThat(report.json().get("registered").intValue() + report.json().get("alreadyRegistered").intValue())
				.isEqualTo(2);
		}
		assertThat(registered).isEqualTo(2);
		assertThat(this.fixtures.count("licence")).isEqualTo(2);
	}

	@Test
	@DisplayName("A licence registered while the licences layer is replaced stays in the layer, blocking its land")
	void aLicenceRegisteredDuringAReplacementStaysInTheLayer() throws Exception {
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
				+ "\"properties\":{\"id\":\"EXL-3\",\"name\":\"EXL-3\"},\"geometry\":"
				+ this.fixtures.geoJson("POLYGON((54.9 32.9, 54.92 32.9, 54.92 32.92, 54.9 32.92, 54.9 32.9))") + "}]}";
		CompletableFuture<Api.Response> registered;
		CompletableFuture<Api.Response> replaced;
		try (Connection layerChanges = this.held.holding(STOPPED_AT_ITS_LAST_WRITE)) {
			registered = CompletableFuture.supplyAsync(() -> this.api.postJson("/api/v1/licences", Fixtures.OFFICER,
					"{\"featureId\": " + this.first + ", \"holder\": \"t-applicant\", \"type\": \"EXPLORATION\","
							+ " \"mineral\": \"copper\", \"issuedOn\": \"2025-06-01\"}"));
			this.held.awaitWaiting(1);
			replaced = CompletableFuture.supplyAsync(() -> Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences",
					"old-cadastre.geojson", file.getBytes(StandardCharsets.UTF_8), Map.of()));
			this.held.awaitWaiting(2);
			layerChanges.commit();
		}
		assertThat(registered.join().status()).as(registered.join().body()).isEqualTo(201);
		assertThat(replaced.join().status()).as(replaced.join().body()).isEqualTo(201);
		assertThat(replaced.join().json().get("retired").intValue()).as("EXL-2 only").isEqualTo(1);
		List<String> layer = new ArrayList<>();
		this.api.get("/api/v1/layers/licences/features", Fixtures.OFFICER)
			.json()
			.get("features")
			.forEach((f) -> layer.add(f.get("properties").get("externalId").stringValue()));
		assertThat(layer).containsExactlyInAnyOrder("EXL-1", "EXL-3");
		assertThat(this.db.sql("SELECT retired_in IS NULL FROM feature WHERE id = :id")
			.param("id", this.first)
			.query(Boolean.class)
			.single()).isTrue();
	}

	private Api.Response send(String csv) {
		return this.api.send(Uploads.form(this.api, Fixtures.OFFICER, "/api/v1/licences/registrations", "register.csv",
				csv.getBytes(StandardCharsets.UTF_8), Map.of()));
	}

}
