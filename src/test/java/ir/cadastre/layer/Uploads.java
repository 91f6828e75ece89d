package ir.cadastre.layer;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.Api;

/**
 * Multipart uploads to {@code POST /api/v1/layers/{layer}/imports}, built by hand as a
 * browser would send them.
 */
public final class Uploads {

	private Uploads() {
	}

	public static Api.Response upload(Api api, String user, String layer, String fileName, byte[] content,
			Map<String, String> parameters) {
		String boundary = "----cadastre" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		parameters.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
		body.writeBytes(content);
		write(body, "\r\n--" + boundary + "--\r\n");
		return api.send(api.request("/api/v1/layers/" + layer + "/imports", user)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
