package ir.cadastre.layer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Multipart uploads to {@code POST /api/v1/layers/{layer}/imports}, built by hand as a
 * browser would send them.
 */
public final class Uploads {

	private Uploads() {
	}

	/**
	 * Sends the file with these form fields, and {@code mode=replace} unless they name a
	 * mode.
	 */
	public static Api.Response upload(Api api, String user, String layer, String fileName, byte[] content,
			Map<String, String> parameters) {
		Map<String, String> fields = new LinkedHashMap<>(Map.of("mode", "replace"));
		fields.putAll(parameters);
		return send(api, user, layer, fileName, content, fields);
	}

	/** Sends exactly these form fields beside the file: none is added. */
	public static Api.Response send(Api api, String user, String layer, String fileName, byte[] content,
			Map<String, String> parameters) {
		return api.send(request(api, user, layer, fileName, content, parameters));
	}

	/** The request {@link #send} sends, for a test to add headers to. */
	public static HttpRequest.Builder request(Api api, String user, String layer, String fileName, byte[] content,
			Map<String, String> parameters) {
		return form(api, user, "/api/v1/layers/" + layer + "/imports", fileName, content, parameters);
	}

	/** A form of these fields and the file, to post to the path. */
	public static HttpRequest.Builder form(Api api, String user, String path, String fileName, byte[] content,
			Map<String, String> parameters) {
		String boundary = "----cadastre" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		parameters.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return api.request(path, user)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	/**
	 * An import's report without what tells a dry run from the import (the version, the
	 * flag): the two must then be equal.
	 */
	public static JsonNode findings(JsonNode report) {
		ObjectNode copy = ((ObjectNode) report).deepCopy();
		copy.remove("version");
		copy.remove("dryRun");
		return copy;
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
