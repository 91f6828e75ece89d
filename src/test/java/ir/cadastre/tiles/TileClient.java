package ir.cadastre.tiles;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tile requests as a map client sends them (bytes, headers), and the features they show.
 */
final class TileClient {

	/** A 0.1° square near Yazd, inside tile {@link #TILE}. */
	static final String SQUARE = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	static final String TILE = "10/665/415";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final JdbcClient db;

	private final Api api;

	TileClient(int port, JdbcClient db) {
		this.port = port;
		this.db = db;
		this.api = new Api(port);
	}

	/** Stores a current feature given as WKT (lon/lat) and returns its id. */
	long feature(String layer, String name, String nameFa, String agency, String status, String wkt) {
		return this.db.sql("""
				INSERT INTO feature (layer_id, external_id, name, name_fa, agency_id, status, geom)
				VALUES (:layer, :name, :name, :nameFa, :agency, :status, ST_Multi(ST_GeomFromText(:wkt, 4326)))
				RETURNING id
				""")
			.param("layer", layer)
			.param("name", name)
			.param("nameFa", nameFa)
			.param("agency", agency)
			.param("status", status)
			.param("wkt", wkt)
			.query(Long.class)
			.single();
	}

	/** The tile at this path, which must be a 200, decoded. */
	DecodedTile tile(String path) {
		HttpResponse<byte[]> response = get(path, Fixtures.APPLICANT);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return DecodedTile.decode(response.body());
	}

	/**
	 * A GET as the user (none when {@code null}) with extra headers as name, value pairs.
	 */
	HttpResponse<byte[]> get(String path, String user, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (user != null) {
			request.header("Authorization", Api.basic(user, Api.PASSWORD));
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.GET());
	}

	/** Replaces a layer with a GeoJSON file through the import endpoint, as GIS staff. */
	HttpResponse<byte[]> upload(String layer, String fileName, String content) {
		String boundary = "----tiles" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nreplace\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n")
			.getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/layers/" + layer + "/imports"))
			.header("Authorization", Api.basic(Fixtures.GIS_ADMIN, Api.PASSWORD))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The problem document of an error response. */
	static JsonNode problem(HttpResponse<byte[]> response) {
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request) {
		return this.api.bytes(request);
	}

}
