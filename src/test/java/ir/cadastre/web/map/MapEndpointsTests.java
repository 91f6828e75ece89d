package ir.cadastre.web.map;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.ShapefileWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * What the web map needs from the service, over plain HTTP: open static files, sign-in
 * without the browser's Basic dialog, the user, Iran's boundary, and areas read from
 * typed vertices and uploaded files through the intake.
 */
@CadastreTest
class MapEndpointsTests {

	/** 0.02° × 0.02° near 54.05 E, 32.05 N: about 1.89 km × 2.22 km, 4.19 km². */
	private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[54.04,32.04],[54.06,32.04],"
			+ "[54.06,32.06],[54.04,32.06],[54.04,32.04]]]}";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		new Fixtures(this.db).users();
	}

	@Test
	void pagesAndOpenLayersNeedNoSignIn() {
		for (String page : List.of("/", "/index.html", "/applicant.html", "/reviewer.html", "/officer.html",
				"/gis.html", "/js/map.js", "/css/cadastre.css", "/i18n/fa.json", "/img/cadastre.svg")) {
			Api.Response response = this.api.get(page, null);
			assertThat(response.status()).as(page).isEqualTo(200);
			if (response.contentType().startsWith("text/html")) {
				// The tab's icon: without it every browser asks for /favicon.ico and gets
				// a 404.
				assertThat(response.body()).as(page).contains("<link rel=\"icon\" href=\"img/cadastre.svg\"");
			}
		}
		Api.Response ol = this.api.get("/webjars/ol/dist/ol.js", null);
		assertThat(ol.status()).isEqualTo(200);
		assertThat(ol.contentType()).contains("javascript");
		assertThat(this.api.get("/webjars/ol/ol.css", null).status()).isEqualTo(200);
	}

	@Test
	void theDataStillNeedsAUser() {
		assertThat(this.api.get("/api/v1/jurisdiction", null).status()).isEqualTo(401);
		assertThat(this.api.get("/api/v1/me", null).status()).isEqualTo(401);
	}

	@Test
	void pagesRequestsGetNoBasicChallengeSoTheBrowserOpensNoDialog() {
		Api.Response fromPage = this.api.send(this.api.request("/api/v1/me", null)
			.header("Authorization", Api.basic(Fixtures.APPLICANT, "wrong"))
			.header("X-Requested-With", "XMLHttpRequest"));
		assertThat(fromPage.status()).isEqualTo(401);
		assertThat(fromPage.isProblem()).isTrue();
		assertThat(headers("/api/v1/me", "XMLHttpRequest").firstValue("WWW-Authenticate")).isEmpty();
		assertThat(headers("/api/v1/me", null).firstValue("WWW-Authenticate")).contains("Basic realm=\"cadastre\"");
	}

	@Test
	void meTellsTheRoleAndAgency() {
		JsonNode me = this.api.get("/api/v1/me", Fixtures.DOE_REVIEWER).json();
		assertThat(me.get("username").stringValue()).isEqualTo(Fixtures.DOE_REVIEWER);
		assertThat(me.get("role").stringValue()).isEqualTo("AGENCY_REVIEWER");
		assertThat(me.get("agency").stringValue()).isEqualTo("doe");
		JsonNode applicant = this.api.get("/api/v1/me", Fixtures.APPLICANT).json();
		assertThat(applicant.get("role").stringValue()).isEqualTo("APPLICANT");
		assertThat(applicant.has("agency")).isFalse();
	}

	@Test
	void jurisdictionIsIransBoundary() {
		Api.Response response = this.api.get("/api/v1/jurisdiction", Fixtures.APPLICANT);
		assertThat(response.contentType()).startsWith("application/geo+json");
		JsonNode iran = response.json().get("features").get(0);
		assertThat(iran.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		double area = this.db.sql("SELECT ST_Area(ST_GeomFromGeoJSON(:g)::geography) / 1e6")
			.param("g", iran.get("geometry").toString())
			.query(Double.class)
			.single();
		assertThat(area).isCloseTo(1_630_000, within(30_000.0));
	}

	@Test
	void noBaseMapByDefault() {
		assertThat(this.api.get("/api/v1/map/settings", Fixtures.APPLICANT).json().isEmpty()).isTrue();
	}

	@Test
	void utmVerticesBecomeLonLat() {
		JsonNode area = this.api
			.postJson("/api/v1/areas", Fixtures.APPLICANT,
					"""
							{"vertices": {"srid": 32639, "coordinates": [[596000,3806000],[605000,3806000],[605000,3815000],[596000,3815000]]}}
							""")
			.json();
		assertThat(area.get("area_m2").doubleValue()).isCloseTo(81_000_000, within(200_000.0));
		JsonNode first = area.get("geometry").get("coordinates").get(0).get(0).get(0);
		assertThat(area.get("geometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(first.get(0).doubleValue()).isBetween(52.0, 52.2);
		assertThat(first.get(1).doubleValue()).isBetween(34.3, 34.5);
	}

	@Test
	void dmsVerticesBecomeLonLat() {
		JsonNode area = this.api
			.postJson("/api/v1/areas", Fixtures.APPLICANT,
					"""
							{"vertices": {"notation": "DMS", "coordinates": [["54°02'24\\"E","32°02'24\\"N"],["54°03'36\\"E","32°02'24\\"N"],["54°03'36\\"E","32°03'36\\"N"],["54°02'24\\"E","32°03'36\\"N"]]}}
							""")
			.json();
		assertThat(area.get("area_m2").doubleValue()).isCloseTo(4_190_000, within(40_000.0));
		assertThat(area.get("vertexCount").intValue()).isEqualTo(5);
	}

	@Test
	void badVerticesAreAProblemWithTheReason() {
		Api.Response response = this.api.postJson("/api/v1/areas", Fixtures.APPLICANT, """
				{"vertices": {"notation": "DMS", "coordinates": [["34°02'24\\"N","34°02'24\\"E"],["x","y"]]}}
				""");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("errors").get(0).get("reason").stringValue()).isNotBlank();
	}

	@Test
	void geoJsonFile() {
		JsonNode area = upload("area.geojson",
				("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},\"geometry\":"
						+ SQUARE + "}]}")
					.getBytes(StandardCharsets.UTF_8))
			.json();
		assertThat(area.get("area_m2").doubleValue()).isCloseTo(4_190_000, within(40_000.0));
	}

	@Test
	void kmlFileWithAPointAndAPolygonGivesThePolygon() {
		String kml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
				<Placemark><name>camp</name><Point><coordinates>54.05,32.05,0</coordinates></Point></Placemark>
				<Placemark><name>area</name><Polygon><outerBoundaryIs><LinearRing><coordinates>
				54.04,32.04,0 54.06,32.04,0 54.06,32.06,0 54.04,32.06,0 54.04,32.04,0
				</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
				</Document></kml>
				""";
		JsonNode area = upload("area.kml", kml.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(area.get("area_m2").doubleValue()).isCloseTo(4_190_000, within(40_000.0));
	}

	@Test
	void zippedShapefileInUtmIsReprojected(@TempDir Path dir) throws Exception {
		Path zip = dir.resolve("area.zip");
		GeometryFactory factory = new GeometryFactory();
		Polygon square = factory.createPolygon(new Coordinate[] { new Coordinate(596000, 3806000),
				new Coordinate(596000, 3808000), new Coordinate(598000, 3808000), new Coordinate(598000, 3806000),
				new Coordinate(596000, 3806000) });
		try (ShapefileWriter writer = ShapefileWriter.create(zip, "area", 32639,
				List.of(AttributeField.text("name")))) {
			writer.write(Map.of("name", "area"), square);
		}
		JsonNode area = upload("area.zip", Files.readAllBytes(zip)).json();
		assertThat(area.get("area_m2").doubleValue()).isCloseTo(4_000_000, within(10_000.0));
		double lon = area.get("geometry").get("coordinates").get(0).get(0).get(0).get(0).doubleValue();
		assertThat(lon).isBetween(52.0, 52.2);
	}

	@Test
	void fileWithoutPolygonIsRefused() {
		String kml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Point><coordinates>54.05,32.05</coordinates></Point></Placemark></kml>
				""";
		Api.Response response = upload("camp.kml", kml.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:unreadable-file");
	}

	@Test
	void fileOutsideIranIsRefusedByTheIntake() {
		Api.Response response = upload("paris.geojson",
				"{\"type\":\"Polygon\",\"coordinates\":[[[2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.9],[2.3,48.8]]]}"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:outside-jurisdiction");
	}

	@Test
	void aBoundaryFileInACoordinateSystemTheCadastreDoesNotReadNamesSourceSrid() {
		Api.Response response = upload("/api/v1/areas?sourceSrid=3857", "area.geojson",
				"{\"type\":\"Polygon\",\"coordinates\":[[[52.05,34.40],[52.15,34.40],[52.15,34.48],[52.05,34.40]]]}"
					.getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(response.json().get("errors").get(0).get("field").stringValue()).isEqualTo("sourceSrid");
	}

	@Test
	void unknownFileTypeIsRefused() {
		Api.Response response = upload("notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.isProblem()).isTrue();
	}

	private java.net.http.HttpHeaders headers(String path, String requestedWith) {
		HttpRequest.Builder request = this.api.request(path, null);
		if (requestedWith != null) {
			request.header("X-Requested-With", requestedWith);
		}
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(request.build(), java.net.http.HttpResponse.BodyHandlers.discarding())
				.headers();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Api.Response upload(String fileName, byte[] content) {
		return upload("/api/v1/areas", fileName, content);
	}

	private Api.Response upload(String path, String fileName, byte[] content) {
		String boundary = "----cadastre" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.api.send(this.api.request(path, Fixtures.APPLICANT)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

}
