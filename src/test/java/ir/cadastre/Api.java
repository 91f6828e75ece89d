package ir.cadastre;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client for the running service, so tests see exactly what a client sees.
 */
public final class Api {

	public static final String PASSWORD = "test-password";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	public Api(int port) {
		this.port = port;
	}

	public Response get(String path, String user) {
		return send(request(path, user).GET());
	}

	public Response postJson(String path, String user, String json) {
		return post(path, user, "application/json", json);
	}

	public Response post(String path, String user, String contentType, String body) {
		HttpRequest.Builder request = request(path, user).POST(HttpRequest.BodyPublishers.ofString(body));
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		return send(request);
	}

	public HttpRequest.Builder request(String path, String user) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (user != null) {
			request.header("Authorization", basic(user, PASSWORD));
		}
		return request;
	}

	public Response send(HttpRequest.Builder request) {
		HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
				response.body(), response.headers().firstValue("Link").orElse(null));
	}

	/**
	 * The response as it came, headers and all, its body as bytes (a tile, a file, gzip).
	 */
	public HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
		return exchange(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return this.http.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A response as the client received it.
	 *
	 * @param link its {@code Link} header, or {@code null}
	 */
	public record Response(int status, String contentType, String body, String link) {

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		public boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
