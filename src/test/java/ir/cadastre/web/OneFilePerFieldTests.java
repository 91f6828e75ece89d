package ir.cadastre.web;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that takes a file takes one in its {@code file} field: a form that sends
 * two there (a browser's {@code multiple} input, a script's repeated {@code -F}) is
 * refused naming the field, where the first used to be read and the second dropped
 * without a word.
 */
@CadastreTest
class OneFilePerFieldTests extends ApiTest {

	private static final String AREA = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
			+ "\"properties\":{\"name\":\"Dena\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
			+ "[[[51.2,30.8],[51.3,30.8],[51.3,30.9],[51.2,30.9],[51.2,30.8]]]}}]}";

	private static final String REGISTER = "externalId,holder,type,mineral,issuedOn\n"
			+ "EXL-1,t-applicant,exploration,copper,2025-06-01\n";

	@Test
	void aLayerImportOfTwoFilesIsRefusedAndImportsNothing() {
		long versions = count("SELECT count(*) FROM layer_version");
		Api.Response response = send(Fixtures.GIS_ADMIN, "/api/v1/layers/protected_areas/imports",
				Map.of("mode", "replace"), "a.geojson", AREA, "b.geojson", AREA);
		checkRefused(response);
		assertThat(count("SELECT count(*) FROM layer_version")).isEqualTo(versions);
		assertThat(count("SELECT count(*) FROM feature")).isZero();
	}

	@Test
	void aBoundaryFileOfTwoFilesIsRefused() {
		checkRefused(send(Fixtures.APPLICANT, "/api/v1/areas", Map.of(), "a.geojson", AREA, "b.kml", "<kml/>"));
	}

	@Test
	void aRegisterOfTwoFilesIsRefusedAndRegistersNothing() {
		long licences = count("SELECT count(*) FROM licence");
		checkRefused(send(Fixtures.OFFICER, "/api/v1/licences/registrations", Map.of(), "a.csv", REGISTER, "b.csv",
				REGISTER));
		assertThat(count("SELECT count(*) FROM licence")).isEqualTo(licences);
	}

	private static void checkRefused(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(400);
		assertThat(response.isProblem()).isTrue();
		JsonNode problem = response.json();
		assertThat(problem.get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(problem.get("detail").stringValue())
			.isEqualTo("The form sends 2 files in 'file'; it takes one file there: send each file on its own.");
		assertThat(problem.get("errors").get(0).get("field").stringValue()).isEqualTo("file");
	}

	private long count(String sql) {
		return this.db.sql(sql).query(Long.class).single();
	}

	/** A form of these fields and two files in {@code file}, as a browser sends one. */
	private Api.Response send(String user, String path, Map<String, String> fields, String firstName, String first,
			String secondName, String second) {
		String boundary = "----cadastre" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		for (String[] file : new String[][] { { firstName, first }, { secondName, second } }) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file[0]
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + file[1] + "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		return this.api.send(this.api.request(path, user)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
