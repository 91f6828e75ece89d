package ir.cadastre.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Persian text in a body that declares its charset is read in that charset, or refused:
 * never read as another and stored as replacement characters.
 */
@CadastreTest
class BodyCharsetTests extends ApiTest {

	private static final String PARK = """
			{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"id": "p1", "name": "Park"},
			 "geometry": {"type": "Polygon",
			  "coordinates": [[[54.30, 31.90], [54.32, 31.90], [54.32, 31.918], [54.30, 31.918], [54.30, 31.90]]]}}]}
			""";

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "windows-1256", "ISO-8859-6", "UTF-16", "UTF-8" })
	void aJsonBodyInItsDeclaredCharsetIsReadInIt(String charset) {
		byte[] body = "{\"نام\": 1}".getBytes(Charset.forName(charset));
		Api.Response response = this.api.send(this.api.request("/api/v1/overlaps", Fixtures.APPLICANT)
			.header("Content-Type", "application/json; charset=" + charset)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").stringValue()).isEqualTo("Field 'نام' is not part of this request.");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "windows-1256", "ISO-8859-1", "no-such-charset" })
	void aFormFieldInAnotherCharsetIsRefusedNotMisread(String charset) {
		long versions = this.fixtures.count("layer_version");
		String boundary = "----cadastre-charset";
		ByteArrayOutputStream form = new ByteArrayOutputStream();
		write(form, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"mode\"\r\n\r\nappend\r\n");
		write(form, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"nameField\"\r\n"
				+ "Content-Type: text/plain; charset=" + charset + "\r\n\r\n");
		form.writeBytes(Charset.isSupported(charset) ? "نام".getBytes(Charset.forName(charset)) : new byte[] { 'n' });
		write(form,
				"\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"park.geojson\"\r\n"
						+ "Content-Type: application/geo+json\r\n\r\n" + PARK + "\r\n--" + boundary + "--\r\n");
		Api.Response response = this.api
			.send(this.api.request("/api/v1/layers/protected_areas/imports", Fixtures.GIS_ADMIN)
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(form.toByteArray())));
		assertThat(response.status()).as("%s", response).isEqualTo(415);
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:unsupported-media-type");
		assertThat(problem.get("detail").stringValue()).contains("nameField").contains("UTF-8");
		assertThat(this.fixtures.count("layer_version")).isEqualTo(versions);
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
