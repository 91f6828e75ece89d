package ir.cadastre.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers of 2 KB or more travel gzipped to a client that accepts it, as browsers do, and
 * as they are to one that does not (GzipFilter): the same bytes either way, a fraction of
 * them on the wire. Each kind of answer is written its own way: a JSON body, a tile's
 * bytes, a layer's features as they are read, a static file.
 */
@CadastreTest
class CompressionTests extends ApiTest {

	/** 0.02° × 0.02° across the east edge of the round park below. */
	static final String AREA = "POLYGON((54.31 32.29, 54.33 32.29, 54.33 32.31, 54.31 32.31, 54.31 32.29))";

	/** Zoom 12 tile over 54.23–54.32° E, 32.25–32.32° N, where the wetlands below lie. */
	static final String TILE = "/tiles/protected_areas/12/2665/1659.mvt";

	@Test
	void anOverlapReportComesGzippedToAClientThatAcceptsIt() {
		roundPark();
		String body = "{\"geometry\":" + this.fixtures.geoJson(AREA) + "}";
		HttpResponse<byte[]> plain = send(overlaps(body), null);
		HttpResponse<byte[]> gzipped = send(overlaps(body), "gzip");
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gzipped.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(gzipped.body().length).as("bytes on the wire").isLessThan(plain.body().length / 2);
	}

	@Test
	void aTileComesGzippedAndItsETagStillSavesSendingItAgain() {
		feature("Scattered wetlands", """
				SELECT ST_Collect(ST_MakeEnvelope(54.236 + i * 0.004, 32.256 + j * 0.004,
				                                  54.238 + i * 0.004, 32.258 + j * 0.004, 4326))
				FROM generate_series(0, 14) i, generate_series(0, 14) j""");
		HttpResponse<byte[]> plain = send(this.api.request(TILE, Fixtures.APPLICANT).GET(), null);
		HttpResponse<byte[]> gzipped = send(this.api.request(TILE, Fixtures.APPLICANT).GET(), "gzip");
		assertThat(plain.body().length).isGreaterThan(2048);
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		String etag = gzipped.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isEqualTo(plain.headers().firstValue("ETag").orElseThrow());
		HttpResponse<byte[]> again = send(
				this.api.request(TILE, Fixtures.APPLICANT).GET().header("If-None-Match", etag), "gzip");
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void aLayersFeaturesWrittenAsTheyAreReadComeGzipped() {
		roundPark();
		String path = "/api/v1/layers/protected_areas/features?bbox=54,32,55,33";
		HttpResponse<byte[]> plain = send(this.api.request(path, Fixtures.APPLICANT).GET(), null);
		HttpResponse<byte[]> gzipped = send(this.api.request(path, Fixtures.APPLICANT).GET(), "gzip, deflate, br");
		assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
		assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("Round park");
	}

	@Test
	void thePagesScriptsComeGzipped() {
		for (String path : new String[] { "/webjars/ol/dist/ol.js", "/js/applicant.js", "/css/cadastre.css" }) {
			HttpResponse<byte[]> plain = send(this.api.request(path, null).GET(), null);
			HttpResponse<byte[]> gzipped = send(this.api.request(path, null).GET(), "gzip");
			assertThat(plain.statusCode()).as(path).isEqualTo(200);
			assertThat(plain.headers().firstValueAsLong("Content-Length")).as(path).hasValue(plain.body().length);
			assertThat(gzipped.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
			assertThat(gunzip(gzipped.body())).as(path).isEqualTo(plain.body());
		}
	}

	@Test
	void smallAnswersProblemsAndClientsRefusingGzipGetTheAnswerAsItIs() {
		roundPark();
		HttpResponse<byte[]> small = send(this.api.request("/api/v1/me", Fixtures.APPLICANT).GET(), "gzip");
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(small.body(), StandardCharsets.UTF_8)).contains(Fixtures.APPLICANT);
		assertThat(small.headers().firstValueAsLong("Content-Length")).hasValue(small.body().length);
		HttpResponse<byte[]> problem = send(this.api.request("/api/v1/applications/0", Fixtures.APPLICANT).GET(),
				"gzip");
		assertThat(problem.statusCode()).isEqualTo(400);
		assertThat(problem.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(new String(problem.body(), StandardCharsets.UTF_8)).contains("\"status\":400");
		String body = "{\"geometry\":" + this.fixtures.geoJson(AREA) + "}";
		HttpResponse<byte[]> refused = send(overlaps(body), "gzip;q=0, identity");
		assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("Round park");
	}

	@Test
	void theWelcomePageComesWholeToABrowser() {
		HttpResponse<byte[]> page = send(this.api.request("/index.html", null).GET(), null);
		HttpResponse<byte[]> welcome = send(this.api.request("/", null).GET(), "gzip, deflate, br");
		assertThat(welcome.statusCode()).isEqualTo(200);
		assertThat(page.body()).isNotEmpty();
		byte[] body = welcome.headers().firstValue("Content-Encoding").isPresent() ? gunzip(welcome.body())
				: welcome.body();
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo(new String(page.body(), StandardCharsets.UTF_8));
	}

	@Test
	void everyAnswerSaysItDependsOnAcceptEncodingSoACacheKeepsEachForm() {
		HttpResponse<byte[]> withoutGzip = send(this.api.request("/api/v1/me", Fixtures.APPLICANT).GET(), null);
		assertThat(withoutGzip.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
		HttpResponse<byte[]> smallTile = send(
				this.api.request("/tiles/protected_areas/0/0/0.mvt", Fixtures.APPLICANT).GET(), "gzip");
		assertThat(smallTile.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("accept-encoding"));
	}

	@Test
	void aHeadRequestGetsTheHeadersItsGetWouldGet() {
		roundPark();
		for (String path : new String[] { "/api/v1/layers/protected_areas/features?bbox=54,32,55,33",
				"/js/applicant.js", "/api/v1/me", "/" }) {
			HttpResponse<byte[]> get = send(this.api.request(path, Fixtures.APPLICANT).GET(), "gzip");
			HttpResponse<byte[]> head = send(
					this.api.request(path, Fixtures.APPLICANT).method("HEAD", HttpRequest.BodyPublishers.noBody()),
					"gzip");
			assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode());
			assertThat(head.body()).as(path).isEmpty();
			for (String header : new String[] { "Content-Type", "Vary", "ETag", "Cache-Control",
					"Content-Security-Policy" }) {
				assertThat(head.headers().allValues(header)).as(path + " " + header)
					.isEqualTo(get.headers().allValues(header));
			}
			// A static file's HEAD is answered without reading it, so without the gzip
			// its GET has (RFC 9110 9.3.2 allows that); an answer the service makes is
			// made, gzipped and not sent, so its HEAD says how its GET comes.
			if (!path.startsWith("/js/")) {
				assertThat(head.headers().allValues("Content-Encoding")).as(path)
					.isEqualTo(get.headers().allValues("Content-Encoding"));
			}
		}
	}

	/**
	 * A park of radius 0.02° round (54.3, 32.3) with 16,000 vertices, as natural
	 * boundaries have.
	 */
	private void roundPark() {
		feature("Round park", "SELECT ST_Buffer(ST_SetSRID(ST_Point(54.3, 32.3), 4326), 0.02, 4000)");
	}

	/**
	 * Stores a protected area whose geometry the SQL given makes.
	 */
	private void feature(String name, String geometrySql) {
		String wkt = this.db.sql("SELECT ST_AsText((" + geometrySql + "))").query(String.class).single();
		this.fixtures.feature("protected_areas", name, wkt);
	}

	private HttpRequest.Builder overlaps(String body) {
		return this.api.request("/api/v1/overlaps", Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	private HttpResponse<byte[]> send(HttpRequest.Builder request, String acceptEncoding) {
		if (acceptEncoding != null) {
			request.header("Accept-Encoding", acceptEncoding);
		}
		return this.api.bytes(request);
	}

	private static byte[] gunzip(byte[] bytes) {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
