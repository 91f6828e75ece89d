package ir.cadastre.licence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/licences}: a licence issued before the service, whose area GIS
 * staff imported into the licences layer, enters the register and lives there as the
 * service's own licences do. The test clock is 2026-01-15T08:00:00Z, 1404-10-25 in
 * Tehran.
 */
@CadastreTest
class LicenceRegistrationTests extends ApiTest {

	static final String OLD = "POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))";

	static final String ELSEWHERE = "POLYGON((54.7 32.7, 54.72 32.7, 54.72 32.72, 54.7 32.72, 54.7 32.7))";

	/**
	 * An exploitation licence of the old cadastre, issued 1398-12-11, in its 10-year
	 * period.
	 */
	static final String EXPLOITATION = """
			{"featureId": %d, "holder": "t-applicant2", "type": "EXPLOITATION", "mineral": "copper",
			 "issuedOn": "2020-03-01", "lastDay": "2030-02-28", "termYears": 10}
			""";

	long feature;

	@BeforeEach
	void setUp() {
		this.feature = this.fixtures.feature("licences", "EXL-1398-0042", OLD);
	}

	@Test
	@DisplayName("Art. 10 note 3: an exploitation licence of the old cadastre enters the register, its holder sees it, it keeps its land until its term ends, and it is renewed like any other")
	void article10_anOldExploitationLicenceEntersTheRegisterAndLivesThere() {
		Api.Response registered = register(EXPLOITATION.formatted(this.feature));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		JsonNode licence = registered.json();
		String id = licence.get("id").stringValue();
		assertThat(licence.get("type").stringValue()).isEqualTo("EXPLOITATION");
		assertThat(licence.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(licence.get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(licence.get("issuedAt").stringValue()).as("the start of 2020-03-01 in Tehran (UTC+3:30)")
			.isEqualTo("2020-02-29T20:30:00Z");
		assertThat(licence.get("issuedBy").stringValue()).isEqualTo(Fixtures.OFFICER);
		assertThat(licence.get("registeredAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(licence.get("applicationId").isNull()).isTrue();
		assertThat(licence.get("parentId").isNull()).isTrue();
		assertThat(licence.get("lastDaySolarHijri").stringValue()).isEqualTo("1408-12-10");
		assertThat(licence.get("endsAt").stringValue()).isEqualTo("2030-02-28T20:30:00Z");
		assertThat(licence.get("termYears").intValue()).isEqualTo(10);
		assertThat(licence.get("area_m2").doubleValue())
			.isEqualTo(this.db.sql("SELECT ST_Area(geom::geography) FROM feature WHERE id = :id")
				.param("id", this.feature)
				.query(Double.class)
				.single());

		JsonNode mine = this.api.get("/api/v1/licences?holder=" + Fixtures.APPLICANT2, Fixtures.APPLICANT2).json();
		assertThat(mine).extracting((l) -> l.get("id").stringValue()).containsExactly(id);
		assertThat(
				this.db.sql("SELECT ends_at IS NOT NULL AND properties->>'licenceId' = :id FROM feature WHERE id = :f")
					.param("id", id)
					.param("f", this.feature)
					.query(Boolean.class)
					.single())
			.as("the feature carries the register's id and ends with the term")
			.isTrue();
		assertThat(this.api
			.postJson("/api/v1/applications", Fixtures.APPLICANT,
					"{\"mineral\":\"copper\",\"geometry\":" + this.fixtures.geoJson(OLD) + "}")
			.status()).as("its land is still held").isEqualTo(409);
		assertThat(this.db.sql("SELECT subject FROM notification WHERE recipient = :holder AND kind = 'LICENCE'")
			.param("holder", "user:" + Fixtures.APPLICANT2)
			.query(String.class)
			.list()).contains("Licence " + licence.get("number").longValue() + " registered");
		assertThat(this.db.sql("SELECT actor FROM audit_event WHERE action = 'licence.register' AND subject = :s")
			.param("s", "licence:" + id)
			.query(String.class)
			.list()).containsExactly(Fixtures.OFFICER);

		Api.Response renewed = this.api.postJson("/api/v1/licences/" + id + "/renewal", Fixtures.OFFICER,
				"{\"years\":5}");
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
		assertThat(renewed.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1413-12-10");
		assertThat(register(EXPLOITATION.formatted(this.feature)).json().get("type").stringValue())
			.as("a feature is one licence of the register")
			.endsWith(":already-registered");
	}

	@Test
	@DisplayName("Art. 8: a discovery certificate of the old cadastre keeps its year of priority, and not a day more")
	void article8_anOldCertificateKeepsItsYear() {
		String certificate = """
				{"featureId": %d, "holder": "t-applicant", "type": "DISCOVERY_CERTIFICATE", "mineral": "gold",
				 "issuedOn": "2025-06-01", "lastDay": "%s", "reserve": "300 kt at 2 g/t Au"}
				""";
		Api.Response tooLong = register(certificate.formatted(this.feature, "2026-06-02"));
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("detail").stringValue()).contains("one year", "Art. 8");
		Api.Response registered = register(certificate.formatted(this.feature, "2026-05-31"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("reserve").stringValue()).isEqualTo("300 kt at 2 g/t Au");
		assertThat(registered.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1405-03-10");
		assertThat(registered.json().get("daysLeft").intValue()).isEqualTo(136);
	}

	@Test
	@DisplayName("Art. 13: a withdrawal permit of the old cadastre is limited as one granted here, to 24 months from its issue")
	void article13_anOldWithdrawalPermitIsLimited() {
		String permit = """
				{"featureId": %d, "holder": "t-applicant", "type": "WITHDRAWAL_PERMIT", "mineral": "gypsum",
				 "issuedOn": "2025-06-01", "lastDay": "%s"}
				""";
		for (String lastDay : new String[] { "9999-12-31", "2027-06-02" }) {
			Api.Response tooLong = register(permit.formatted(this.feature, lastDay));
			assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(422);
			assertThat(tooLong.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-term");
			assertThat(tooLong.json().get("errors").get(0).get("field").stringValue()).isEqualTo("lastDay");
			assertThat(tooLong.json().get("detail").stringValue()).contains("24 months", "Art. 13");
		}
		assertThat(this.db.sql("SELECT count(*) FROM licence WHERE feature_id = :id")
			.param("id", this.feature)
			.query(Long.class)
			.single()).as("nothing registered").isZero();
		Api.Response solarHijri = register(permit.formatted(this.feature, "1406-03-11"));
		assertThat(solarHijri.status()).as(solarHijri.body()).isEqualTo(422);
		assertThat(solarHijri.json().get("errors").get(0).get("field").stringValue()).isEqualTo("lastDay");
		assertThat(solarHijri.json().get("detail").stringValue()).as("a Solar Hijri day given as a Gregorian one")
			.contains("1406-03-11", "before 1900");
		// 1404-03-11 + 24 months = 1406-03-11
		Api.Response registered = register(permit.formatted(this.feature, "2027-06-01"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1406-03-11");
	}

	@Test
	void aNewImportOfTheOldCadastreLeavesARegisteredLicenceToTheRegister() {
		long number = register(EXPLOITATION.formatted(this.feature)).json().get("number").longValue();
		String file = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"properties\":{\"id\":\"EXL-1398-0042\"},\"geometry\":"
				+ this.fixtures.geoJson("POLYGON((54.5 32.5, 54.53 32.5, 54.53 32.53, 54.5 32.53, 54.5 32.5))") + "},"
				+ "{\"type\":\"Feature\",\"properties\":{\"id\":\"EXL-1398-0043\"},\"geometry\":"
				+ this.fixtures.geoJson("POLYGON((54.6 32.6, 54.62 32.6, 54.62 32.62, 54.6 32.62, 54.6 32.6))") + "}]}";
		Api.Response checked = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "old-cadastre.geojson",
				file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace", "dryRun", "true"));
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "old-cadastre.geojson",
				file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "replace"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(Uploads.findings(checked.json())).as("the dry run said so")
			.isEqualTo(Uploads.findings(imported.json()));
		assertThat(imported.json().get("imported").longValue()).isEqualTo(1);
		assertThat(imported.json().get("retired").longValue()).as("the register's licence stays").isZero();
		assertThat(imported.json().get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("licence " + number + " of the register holds this id");
		assertThat(this.db
			.sql("SELECT id FROM feature WHERE layer_id = 'licences' AND retired_in IS NULL "
					+ "AND external_id = 'EXL-1398-0042'")
			.query(Long.class)
			.list()).as("the register's feature, as registered").containsExactly(this.feature);
	}

	@Test
	void aNewImportWritingARegisteredLicencesNumberInPersianDigitsLeavesItToTheRegister() {
		long number = register(EXPLOITATION.formatted(this.feature)).json().get("number").longValue();
		String file = "{\"type\":\"FeatureCollection\",\"features\":["
				+ "{\"type\":\"Feature\",\"properties\":{\"id\":\"EXL-۱۳۹۸-۰۰۴۲\"},\"geometry\":"
				+ this.fixtures.geoJson("POLYGON((54.5 32.5, 54.53 32.5, 54.53 32.53, 54.5 32.53, 54.5 32.5))") + "}]}";
		Api.Response imported = Uploads.upload(this.api, Fixtures.GIS_ADMIN, "licences", "old-cadastre.geojson",
				file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "append"));
		assertThat(imported.status()).as(imported.body()).isEqualTo(201);
		assertThat(imported.json().get("imported").longValue()).isZero();
		assertThat(imported.json().get("rejections").get(0).get("reason").stringValue())
			.isEqualTo("licence " + number + " of the register holds this id");
		assertThat(this.db.sql("SELECT id FROM feature WHERE layer_id = 'licences' AND retired_in IS NULL")
			.query(Long.class)
			.list()).as("the register's feature alone").containsExactly(this.feature);
	}

	@Test
	@DisplayName("Art. 7 note 2: a closed licence of the old cadastre frees its land and stays in the version of the import that brought it")
	void article7_aClosedOldLicenceStaysInItsImportsVersion() {
		String file = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
				+ "{\"id\":\"EXP-1401-0007\"},\"geometry\":" + this.fixtures.geoJson(ELSEWHERE) + "}]}";
		long version = Uploads
			.upload(this.api, Fixtures.GIS_ADMIN, "licences", "old-cadastre.geojson",
					file.getBytes(StandardCharsets.UTF_8), Map.of("mode", "append"))
			.json()
			.get("version")
			.longValue();
		long imported = this.db.sql("SELECT id FROM feature WHERE external_id = 'EXP-1401-0007'")
			.query(Long.class)
			.single();
		String registration = "{\"featureId\": " + imported
				+ ", \"holder\": \"t-applicant\", \"type\": \"EXPLORATION\", "
				+ "\"mineral\": \"gold\", \"issuedOn\": \"2023-05-01\"}";
		JsonNode exploration = register(registration).json();
		assertThat(exploration.get("endsAt").isNull()).as("no term (Art. 6)").isTrue();
		assertThat(exploration.get("daysLeft").isNull()).isTrue();
		String id = exploration.get("id").stringValue();
		Api.Response closed = this.api.postJson("/api/v1/licences/" + id + "/closure", Fixtures.OFFICER,
				"{\"reason\":\"no ore found (Art. 7 note 2)\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(externalIds("/api/v1/layers/licences/features")).doesNotContain("EXP-1401-0007");
		assertThat(externalIds("/api/v1/layers/licences/features?version=" + version)).contains("EXP-1401-0007");
		assertThat(this.api
			.postJson("/api/v1/applications", Fixtures.APPLICANT2,
					"{\"mineral\":\"copper\",\"geometry\":" + this.fixtures.geoJson(ELSEWHERE) + "}")
			.status()).as("its land is free").isEqualTo(201);
		assertThat(register(registration).json().get("type").stringValue()).as("an ended licence is not registered")
			.endsWith(":not-a-licence-feature");
	}

	@Test
	void daysTypedInPersianOrArabicDigitsAreReadAsTheRegisterFileReadsThem() {
		Api.Response registered = register(EXPLOITATION.formatted(this.feature)
			.replace("2020-03-01", "۲۰۲۰-۰۳-۰۱")
			.replace("2030-02-28", "\u200F٢٠٣٠-٠٢-٢٨"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(registered.json().get("issuedAt").stringValue()).isEqualTo("2020-02-29T20:30:00Z");
		assertThat(registered.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1408-12-10");
	}

	@Test
	void aLicenceIsFoundByTheOldCadastresNumber() {
		String byNumber = EXPLOITATION.formatted(this.feature)
			.replaceFirst("\"featureId\": [0-9]+", "\"externalId\": \"%s\"");
		long twin = this.fixtures.feature("licences", "EXL-1398-0050", ELSEWHERE);
		this.fixtures.feature("licences", "EXL-1398-0050",
				"POLYGON((54.8 32.8, 54.82 32.8, 54.82 32.82, 54.8 32.82, 54.8 32.8))");
		Api.Response ambiguous = register(byNumber.formatted("EXL-1398-0050"));
		assertThat(ambiguous.status()).isEqualTo(422);
		assertThat(ambiguous.json().get("detail").stringValue()).contains(Long.toString(twin));
		assertThat(register(byNumber.formatted("EXL-1398-9999")).json().get("type").stringValue())
			.endsWith(":not-a-licence-feature");
		assertThat(register(EXPLOITATION.formatted(this.feature).replace("{", "{\"externalId\": \"EXL-1398-0042\", "))
			.status()).as("one of them, not both").isEqualTo(400);
		Api.Response registered = register(byNumber.formatted(" EXL-1398-0042 "));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);
		assertThat(this.db.sql("SELECT feature_id FROM licence WHERE id = CAST(:id AS uuid)")
			.param("id", registered.json().get("id").stringValue())
			.query(Long.class)
			.single()).isEqualTo(this.feature);
	}

	@Test
	void theOldCadastresNumberIsFoundHoweverItsDigitsAndLettersAreTyped() {
		long persian = this.fixtures.feature("licences", "ک-۱۳۹۸-۴۲", ELSEWHERE);
		String byNumber = EXPLOITATION.formatted(this.feature)
			.replaceFirst("\"featureId\": [0-9]+", "\"externalId\": \"%s\"");
		Api.Response latin = register(byNumber.formatted("\u200Fexl-۱۳۹۸-۰۰۴۲"));
		assertThat(latin.status()).as(latin.body()).isEqualTo(201);
		Api.Response arabic = register(byNumber.formatted("ك-1398-42"));
		assertThat(arabic.status()).as(arabic.body()).isEqualTo(201);
		assertThat(this.db.sql("SELECT feature_id FROM licence ORDER BY number").query(Long.class).list())
			.containsExactly(this.feature, persian);
	}

	@Test
	void badRegistrationsAreRefusedAndChangeNothing() {
		long forest = this.fixtures.feature("forests", "Hyrcanian",
				"POLYGON((51 36.2, 51.2 36.2, 51.2 36.4, 51 36.4, 51 36.2))");
		String exploration = "{\"featureId\": %d, \"holder\": \"t-applicant\", \"type\": \"EXPLORATION\", "
				+ "\"mineral\": \"%s\", \"issuedOn\": \"%s\"%s}";
		long f = this.feature;
		List<Object[]> cases = List.of(new Object[] { "{\"holder\": \"t-applicant\"}", 400, "invalid-request" },
				new Object[] { exploration.formatted(f, "copper", "2024-13-01", ""), 400, "invalid-request" },
				new Object[] { exploration.formatted(f, "copper", "2024-01-01", ", \"lastDay\": \"2027-01-01\""), 400,
						"invalid-request" },
				new Object[] { exploration.formatted(f, "copper", "2024-01-01", ", \"termYears\": 5"), 400,
						"invalid-request" },
				new Object[] { exploration.formatted(f, "copper", "2024-01-01", ", \"reserve\": \"1 Mt\""), 400,
						"invalid-request" },
				new Object[] { exploration.formatted(f, "copper", "2024-01-01", ", \"colour\": \"red\""), 400, null },
				new Object[] { exploration.formatted(f, "copper", "+999999999-12-31", ""), 400, "invalid-request" },
				new Object[] { EXPLOITATION.formatted(f).replace("2030-02-28", "+999999999-12-31"), 400,
						"invalid-request" },
				new Object[] {
						EXPLOITATION.formatted(f)
							.replace("EXPLOITATION", "DISCOVERY_CERTIFICATE")
							.replace(", \"termYears\": 10", ", \"explorationCostRials\": 1e30"),
						400, "invalid-request" },
				new Object[] { exploration.formatted(forest, "copper", "2024-01-01", ""), 422,
						"not-a-licence-feature" },
				new Object[] { exploration.formatted(999_999_999L, "copper", "2024-01-01", ""), 422,
						"not-a-licence-feature" },
				new Object[] { exploration.formatted(f, "crude_oil", "2024-01-01", ""), 422, "mineral-not-licensable" },
				new Object[] { exploration.formatted(f, "unobtainium", "2024-01-01", ""), 400, "unknown-mineral" },
				new Object[] { exploration.formatted(f, "copper", "2026-01-16", ""), 422, "invalid-term" },
				new Object[] { exploration.formatted(f, "copper", "0202-05-01", ""), 422, "invalid-term" },
				new Object[] { EXPLOITATION.formatted(f).replace("2030-02-28", "2026-01-14"), 422, "invalid-term" },
				new Object[] { EXPLOITATION.formatted(f).replace("\"termYears\": 10", "\"termYears\": 30"), 422,
						"invalid-term" },
				new Object[] { EXPLOITATION.formatted(f).replace("\"termYears\": 10", "\"termYears\": 2"), 422,
						"invalid-term" },
				new Object[] { EXPLOITATION.formatted(f).replace("t-applicant2", Fixtures.OFFICER), 422,
						"invalid-holder" },
				new Object[] { EXPLOITATION.formatted(f)
					.replace("t-applicant2", Fixtures.OFFICER)
					.replace("}", ", \"newHolder\": true}"), 422, "invalid-holder" },
				new Object[] { EXPLOITATION.formatted(f).replace("}", ", \"newHolder\": \"yes\"}"), 400,
						"invalid-request" });
		for (Object[] c : cases) {
			Api.Response refused = register((String) c[0]);
			assertThat(refused.status()).as((String) c[0]).isEqualTo(c[1]);
			assertThat(refused.contentType()).as((String) c[0]).startsWith("application/problem+json");
			if (c[2] != null) {
				assertThat(refused.json().get("type").stringValue()).as((String) c[0]).endsWith(":" + c[2]);
			}
		}
		assertThat(this.api.postJson("/api/v1/licences", Fixtures.APPLICANT2, EXPLOITATION.formatted(f)).status())
			.isEqualTo(403);
		assertThat(this.fixtures.count("licence")).isZero();
		assertThat(this.db.sql("SELECT ends_at IS NULL AND properties = '{}' FROM feature WHERE id = :id")
			.param("id", f)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	@DisplayName("Two officers registering the same feature at once: one licence, the others 409")
	void concurrentRegistrationsOfOneFeatureGiveOneLicence() {
		List<CompletableFuture<Integer>> racing = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			racing.add(CompletableFuture.supplyAsync(() -> register(EXPLOITATION.formatted(this.feature)).status()));
		}
		assertThat(racing.stream().map(CompletableFuture::join).sorted().toList()).containsExactly(201, 409, 409, 409);
		assertThat(this.fixtures.count("licence")).isEqualTo(1);
	}

	private List<String> externalIds(String path) {
		List<String> ids = new ArrayList<>();
		this.api.get(path, Fixtures.OFFICER)
			.json()
			.get("features")
			.forEach((f) -> ids.add(f.get("properties").get("externalId").stringValue()));
		return ids;
	}

	private Api.Response register(String json) {
		return this.api.postJson("/api/v1/licences", Fixtures.OFFICER, json);
	}

}
