package ir.cadastre.overlap;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.NeedleClaims;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code POST /api/v1/overlaps} on small WKT fixtures in the desert east of Yazd, where
 * one degree is about 94 km east–west and 111 km north–south.
 */
@CadastreTest
class OverlapCheckTests extends ApiTest {

	/** A 0.1° square protected area: 54.0–54.1 E, 32.0–32.1 N. */
	private static final String PROTECTED = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	@Test
	void overlapping() {
		long id = this.fixtures.feature("protected_areas", "PA", PROTECTED);
		JsonNode report = check("POLYGON((54.05 32.05, 54.15 32.05, 54.15 32.15, 54.05 32.15, 54.05 32.05))");
		assertThat(overlaps(report)).containsExactly("protected_areas/" + id);
		JsonNode overlap = report.get("overlaps").get(0);
		assertThat(overlap.get("agency").stringValue()).isEqualTo("doe");
		assertThat(overlap.get("consequence").stringValue()).isEqualTo("INQUIRY");
		assertThat(overlap.get("name").stringValue()).isEqualTo("PA");
		assertThat(overlap.get("percentOfApplication").doubleValue()).isCloseTo(25.0, within(0.1));
		checkArea(overlap, "POLYGON((54.05 32.05, 54.1 32.05, 54.1 32.1, 54.05 32.1, 54.05 32.05))");
	}

	@Test
	void contained() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		String inside = "POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))";
		JsonNode overlap = check(inside).get("overlaps").get(0);
		assertThat(overlap.get("percentOfApplication").doubleValue()).isEqualTo(100.0);
		checkArea(overlap, inside);
	}

	@Test
	void containing() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		JsonNode report = check("POLYGON((53.9 31.9, 54.2 31.9, 54.2 32.2, 53.9 32.2, 53.9 31.9))");
		checkArea(report.get("overlaps").get(0), PROTECTED);
		assertThat(report.get("overlaps").get(0).get("percentOfApplication").doubleValue()).isCloseTo(11.1,
				within(0.1));
	}

	@Test
	void touchingAlongAnEdgeIsNotAnOverlap() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		JsonNode report = check("POLYGON((54.1 32.02, 54.2 32.02, 54.2 32.08, 54.1 32.08, 54.1 32.02))");
		assertThat(report.get("overlaps")).isEmpty();
		assertThat(report.get("freeArea_m2").doubleValue()).isEqualTo(report.get("area_m2").doubleValue());
	}

	@Test
	void touchingAtACornerIsNotAnOverlap() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		assertThat(check("POLYGON((54.1 32.1, 54.2 32.1, 54.2 32.2, 54.1 32.2, 54.1 32.1))").get("overlaps")).isEmpty();
	}

	@Test
	void sliverBelowTheToleranceIsNotAnOverlap() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		// Shares a corner square of 0.000005° (about 0.47 m × 0.55 m, 0.26 m²).
		String grazing = "POLYGON((54.099995 32.099995, 54.2 32.099995, 54.2 32.2, 54.099995 32.2, 54.099995 32.099995))";
		assertThat(check(grazing).get("overlaps")).isEmpty();
	}

	@Test
	void sliverAboveTheToleranceIsAnOverlap() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		// Shares a corner square of 0.00003° (about 2.8 m × 3.3 m, 9 m²).
		String corner = "POLYGON((54.09997 32.09997, 54.2 32.09997, 54.2 32.2, 54.09997 32.2, 54.09997 32.09997))";
		JsonNode overlap = check(corner).get("overlaps").get(0);
		assertThat(overlap.get("area_m2").doubleValue()).isBetween(8.0, 10.0);
	}

	@Test
	void oneApplicationAcrossTwoFeatures() {
		long west = this.fixtures.feature("forests", "West", PROTECTED);
		long east = this.fixtures.feature("forests", "East",
				"POLYGON((54.1 32, 54.2 32, 54.2 32.1, 54.1 32.1, 54.1 32))");
		JsonNode report = check("POLYGON((54.05 32.02, 54.17 32.02, 54.17 32.06, 54.05 32.06, 54.05 32.02))");
		assertThat(overlaps(report)).containsExactlyInAnyOrder("forests/" + west, "forests/" + east);
		assertThat(report.get("overlaps").get(0).get("agency").stringValue()).isEqualTo("frwo");
	}

	@Test
	void applicationInsideAHoleIsNotAnOverlap() {
		this.fixtures.feature("protected_areas", "PA with an enclave",
				"POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32), (54.03 32.03, 54.03 32.07, 54.07 32.07, 54.07 32.03, 54.03 32.03))");
		JsonNode report = check("POLYGON((54.04 32.04, 54.06 32.04, 54.06 32.06, 54.04 32.06, 54.04 32.04))");
		assertThat(report.get("overlaps")).isEmpty();
		// Filling the hole exactly touches the feature along the hole's ring only.
		assertThat(check("POLYGON((54.03 32.03, 54.07 32.03, 54.07 32.07, 54.03 32.07, 54.03 32.03))").get("overlaps"))
			.isEmpty();
	}

	@Test
	void multiPolygonApplication() {
		long pa = this.fixtures.feature("protected_areas", "PA", PROTECTED);
		long farm = this.fixtures.feature("agricultural_lands", "Farm",
				"POLYGON((54.3 32, 54.4 32, 54.4 32.1, 54.3 32.1, 54.3 32))");
		JsonNode report = check("MULTIPOLYGON(((54.08 32.02, 54.12 32.02, 54.12 32.04, 54.08 32.04, 54.08 32.02)),"
				+ "((54.28 32.02, 54.32 32.02, 54.32 32.04, 54.28 32.04, 54.28 32.02)))");
		assertThat(overlaps(report)).containsExactly("protected_areas/" + pa, "agricultural_lands/" + farm);
		for (JsonNode overlap : report.get("overlaps")) {
			assertThat(overlap.get("percentOfApplication").doubleValue()).isCloseTo(25.0, within(0.1));
		}
	}

	@Test
	void article25_nationalResourcesCarryTheLevy() {
		this.fixtures.feature("national_resources", "Rangeland", PROTECTED);
		JsonNode overlap = check("POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))")
			.get("overlaps")
			.get(0);
		assertThat(overlap.get("consequence").stringValue()).isEqualTo("INQUIRY");
		assertThat(overlap.get("consequences").toString()).isEqualTo("[\"INQUIRY\",\"LEVY\"]");
	}

	@Test
	void article22_propertyParcelsCarryCompensation() {
		this.fixtures.feature("property_parcels", "Parcel", PROTECTED);
		JsonNode overlap = check("POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))")
			.get("overlaps")
			.get(0);
		assertThat(overlap.get("consequence").stringValue()).isEqualTo("COMPENSATION");
		assertThat(overlap.has("agency")).isTrue();
	}

	@Test
	void article9_freeAreaIsTheApplicationMinusEveryBlockingClaim() {
		this.fixtures.feature("licences", "Licence", PROTECTED);
		this.fixtures.feature("forests", "Forest", "POLYGON((54.1 32, 54.2 32, 54.2 32.1, 54.1 32.1, 54.1 32))");
		String application = "POLYGON((54.05 32.02, 54.15 32.02, 54.15 32.06, 54.05 32.06, 54.05 32.02))";
		JsonNode report = check(application);
		assertThat(report.get("overlaps").get(0).get("consequence").stringValue()).isEqualTo("BLOCKS");
		// The forest does not block: the free part is the eastern half, the forest
		// overlap included.
		double expected = area("ST_Difference(ST_GeomFromText('" + application + "', 4326), ST_GeomFromText('"
				+ PROTECTED + "', 4326))");
		assertThat(report.get("freeArea_m2").doubleValue()).isCloseTo(expected, within(expected * 1e-6));
		assertThat(report.get("freeGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");
	}

	/** {@link NeedleClaims}: the free part is the area minus both claims. */
	@Test
	void article9_aClaimWithANeedleStillLeavesTheFreePart() {
		this.fixtures.feature("licences", "Licence", NeedleClaims.LICENCE);
		this.fixtures.feature("licences", "Trimmed application", NeedleClaims.TRIMMED);
		JsonNode report = check(NeedleClaims.AREA);
		assertThat(report.get("overlaps")).hasSize(2);
		double expected = area(
				"ST_Difference(ST_GeomFromText('" + NeedleClaims.AREA + "', 4326), ST_Union(ST_GeomFromText('"
						+ NeedleClaims.LICENCE + "', 4326), ST_GeomFromText('" + NeedleClaims.TRIMMED + "', 4326)))");
		assertThat(report.get("freeArea_m2").doubleValue()).isCloseTo(expected, within(1.0));
	}

	@Test
	void largeFeaturesAreMatchedThroughTheirSubdividedParts() {
		// A 4,000-vertex disc, cut into many parts; the report must equal the
		// whole-feature answer.
		String disc = this.db.sql("SELECT ST_AsText(ST_Buffer(ST_GeomFromText('POINT(54.5 32.5)', 4326), 0.2, 1000))")
			.query(String.class)
			.single();
		this.fixtures.feature("protected_areas", "Disc", disc);
		assertThat(this.fixtures.count("feature_part")).isGreaterThan(10);
		String application = "POLYGON((54.6 32.5, 54.8 32.5, 54.8 32.6, 54.6 32.6, 54.6 32.5))";
		JsonNode overlap = check(application).get("overlaps").get(0);
		double whole = area(
				"ST_Intersection(ST_GeomFromText('" + disc + "', 4326), ST_GeomFromText('" + application + "', 4326))");
		assertThat(overlap.get("area_m2").doubleValue()).isCloseTo(whole, within(whole * 1e-6));
	}

	@Test
	@DisplayName("an application cut by a boundary of thousands of vertices gets its geodesic overlap area to 1e-6")
	void manyVertexIntersectionsAreMeasuredOnTheEllipsoid() {
		// A 20,000-vertex disc; a 20-sided application, 4 km across, centred on its edge.
		String disc = this.db.sql("SELECT ST_AsText(ST_Buffer(ST_GeomFromText('POINT(54.5 32.5)', 4326), 0.2, 5000))")
			.query(String.class)
			.single();
		this.fixtures.feature("protected_areas", "Disc", disc);
		String application = this.db
			.sql("SELECT ST_AsText(ST_Buffer(ST_GeomFromText('POINT(54.7 32.5)', 4326), 0.04, 5))")
			.query(String.class)
			.single();
		JsonNode overlap = check(application).get("overlaps").get(0);
		assertThat(this.db.sql("SELECT ST_NPoints(ST_GeomFromGeoJSON(:g))")
			.param("g", overlap.get("intersection").toString())
			.query(Integer.class)
			.single()).isGreaterThan(1000);
		double whole = area(
				"ST_Intersection(ST_GeomFromText('" + disc + "', 4326), ST_GeomFromText('" + application + "', 4326))");
		assertThat(overlap.get("area_m2").doubleValue()).isCloseTo(whole, within(whole * 1e-6));
	}

	@Test
	void reportsWhenTheCheckRanByTheServiceClock() {
		JsonNode report = check("POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))");
		assertThat(report.get("checkedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
	}

	@Test
	@DisplayName("a UTM vertex list (zone 40N) finds the same overlap as its GeoJSON")
	void utmVertexList() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		List<double[]> utm = this.db.sql("""
				SELECT ST_X(p.geom), ST_Y(p.geom) FROM ST_DumpPoints(ST_Transform(ST_GeomFromText(
				  'POLYGON((54.05 32.05, 54.15 32.05, 54.15 32.15, 54.05 32.15, 54.05 32.05))', 4326), 32640)) p
				""").query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2) }).list();
		List<String> corners = new ArrayList<>();
		for (double[] c : utm.subList(0, 4)) {
			corners.add("[" + c[0] + "," + c[1] + "]");
		}
		JsonNode report = post("{\"vertices\":{\"srid\":32640,\"coordinates\":[" + String.join(",", corners) + "]}}");
		checkArea(report.get("overlaps").get(0),
				"POLYGON((54.05 32.05, 54.1 32.05, 54.1 32.1, 54.05 32.1, 54.05 32.05))");
	}

	@Test
	@DisplayName("a DMS vertex list on WGS 84 finds the overlap, whatever order each vertex is written in")
	void dmsVertexList() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		JsonNode report = post("""
				{"vertices": {"notation": "DMS", "coordinates": [
				  ["54°03'00\\"E", "32°03'00\\"N"], ["32°03'00\\"N", "54°09'00\\"E"],
				  ["54°09'00\\"E", "32°09'00\\"N"], ["54°03'00\\"E", "32°09'00\\"N"]]}}
				""");
		checkArea(report.get("overlaps").get(0),
				"POLYGON((54.05 32.05, 54.1 32.05, 54.1 32.1, 54.05 32.1, 54.05 32.05))");
	}

	@Test
	void clockwiseShellIsAcceptedAndNormalised() {
		this.fixtures.feature("protected_areas", "PA", PROTECTED);
		JsonNode report = check("POLYGON((54.05 32.05, 54.05 32.15, 54.15 32.15, 54.15 32.05, 54.05 32.05))");
		assertThat(report.get("overlaps")).hasSize(1);
		double signed = this.db.sql("SELECT ST_Area(ST_ForcePolygonCCW(ST_GeomFromGeoJSON(:g)))")
			.param("g", report.get("freeGeometry").toString())
			.query(Double.class)
			.single();
		assertThat(this.db.sql("SELECT ST_IsPolygonCCW(ST_GeomFromGeoJSON(:g))")
			.param("g", report.get("freeGeometry").toString())
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(signed).isPositive();
	}

	private JsonNode check(String wkt) {
		return post("{\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
	}

	private JsonNode post(String body) {
		Api.Response response = this.api.postJson("/api/v1/overlaps", Fixtures.APPLICANT, body);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private static List<String> overlaps(JsonNode report) {
		List<String> found = new ArrayList<>();
		report.get("overlaps")
			.forEach((o) -> found.add(o.get("layer").stringValue() + "/" + o.get("featureId").stringValue()));
		return found;
	}

	/**
	 * The reported area equals PostGIS's ellipsoidal area of the expected intersection to
	 * 1e-6.
	 */
	private void checkArea(JsonNode overlap, String expectedWkt) {
		double expected = area("ST_GeomFromText('" + expectedWkt + "', 4326)");
		assertThat(overlap.get("area_m2").doubleValue()).isCloseTo(expected, within(expected * 1e-6));
		double fromGeometry = this.db.sql("SELECT ST_Area(ST_GeomFromGeoJSON(:g)::geography)")
			.param("g", overlap.get("intersection").toString())
			.query(Double.class)
			.single();
		assertThat(fromGeometry).isCloseTo(expected, within(expected * 1e-6));
	}

	private double area(String geometrySql) {
		return this.db.sql("SELECT ST_Area((" + geometrySql + ")::geography)").query(Double.class).single();
	}

}
