package ir.cadastre.web.map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An OpenID Connect provider that runs here, in place of the ministry's: discovery, keys,
 * an authorization endpoint that signs in whoever it is told to at once, a token endpoint
 * that checks the code, the redirect URI, the client and the PKCE verifier (RFC 7636,
 * S256) as a real provider does and takes each refresh token once, and an end of session.
 * Every response lets any origin read it (CORS), as a provider configured for the pages'
 * origin does.
 */
final class IdentityProviderStandIn implements AutoCloseable {

	static final String CLIENT_ID = "cadastre-pages";

	private final HttpServer server;

	private final RSAKey key;

	private final Map<String, Grant> codes = new ConcurrentHashMap<>();

	private final Map<String, Map<String, Object>> refreshTokens = new ConcurrentHashMap<>();

	/** Every request: method, path and query or form, in order. */
	final List<String> requests = new CopyOnWriteArrayList<>();

	/** The claims of the user the authorization endpoint signs in next. */
	volatile Map<String, Object> user = Map.of();

	/** An error the authorization endpoint answers with instead, or null. */
	volatile String refusal;

	/** How long the tokens it gives last, in seconds. */
	volatile int lifetime = 300;

	IdentityProviderStandIn() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			var pair = generator.generateKeyPair();
			this.key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey(pair.getPrivate())
				.keyID("stand-in")
				.build();
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	String issuer() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath();
			String query = exchange.getRequestURI().getRawQuery();
			String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(exchange.getRequestMethod() + " " + path + " " + ((query != null) ? query : form));
			exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
			switch (path) {
				case "/.well-known/openid-configuration" -> json(exchange, 200, """
						{"issuer": "%1$s", "authorization_endpoint": "%1$s/authorize", "token_endpoint": "%1$s/token",
						 "jwks_uri": "%1$s/keys", "end_session_endpoint": "%1$s/logout",
						 "response_types_supported": ["code"], "subject_types_supported": ["public"],
						 "id_token_signing_alg_values_supported": ["RS256"],
						 "code_challenge_methods_supported": ["S256"]}
						""".formatted(issuer()));
				case "/keys" -> json(exchange, 200, new JWKSet(this.key.toPublicJWK()).toString());
				case "/authorize" -> authorize(exchange, parameters(query));
				case "/token" -> token(exchange, parameters(form));
				case "/logout" -> redirect(exchange, parameters(query).get("post_logout_redirect_uri"));
				default -> json(exchange, 404, "{}");
			}
		}
	}

	private void authorize(HttpExchange exchange, Map<String, String> request) throws IOException {
		String redirect = request.get("redirect_uri");
		if (!CLIENT_ID.equals(request.get("client_id")) || !"code".equals(request.get("response_type"))
				|| !"S256".equals(request.get("code_challenge_method")) || request.get("code_challenge") == null
				|| redirect == null) {
			json(exchange, 400, "{\"error\": \"invalid_request\"}");
			return;
		}
		String state = "&state=" + encode(request.get("state"));
		if (this.refusal != null) {
			redirect(exchange, redirect + "?error=" + encode(this.refusal) + state);
			return;
		}
		String code = UUID.randomUUID().toString();
		this.codes.put(code, new Grant(redirect, request.get("code_challenge"), this.user));
		redirect(exchange, redirect + "?code=" + code + state);
	}

	private void token(HttpExchange exchange, Map<String, String> request) throws IOException {
		Map<String, Object> user = null;
		if ("POST".equals(exchange.getRequestMethod()) && CLIENT_ID.equals(request.get("client_id"))) {
			if ("authorization_code".equals(request.get("grant_type"))) {
				Grant grant = this.codes.remove(String.valueOf(request.get("code")));
				boolean verified = grant != null && grant.redirect().equals(request.get("redirect_uri"))
						&& grant.challenge().equals(s256(request.get("code_verifier")));
				user = verified ? grant.user() : null;
			}
			else if ("refresh_token".equals(request.get("grant_type"))) {
				user = this.refreshTokens.remove(String.valueOf(request.get("refresh_token")));
			}
		}
		if (user == null) {
			json(exchange, 400, "{\"error\": \"invalid_grant\"}");
			return;
		}
		String refresh = UUID.randomUUID().toString();
		this.refreshTokens.put(refresh, user);
		json(exchange, 200,
				"""
						{"access_token": "%s", "token_type": "Bearer", "expires_in": %d, "id_token": "%s", "refresh_token": "%s"}
						"""
					.formatted(sign(user, "cadastre"), this.lifetime, sign(user, CLIENT_ID), refresh));
	}

	private String sign(Map<String, Object> claims, String audience) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().issuer(issuer())
			.subject(String.valueOf(claims.get("preferred_username")))
			.audience(audience)
			.issueTime(new Date())
			.expirationTime(Date.from(Instant.now().plusSeconds(this.lifetime)));
		claims.forEach(set::claim);
		SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).build(),
				set.build());
		try {
			token.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	private static String s256(String verifier) {
		if (verifier == null) {
			return null;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, String> parameters(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (text != null && !text.isEmpty()) {
			for (String pair : text.split("&")) {
				String[] nameAndValue = pair.split("=", 2);
				parameters.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
						(nameAndValue.length == 2) ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
			}
		}
		return parameters;
	}

	private static String encode(String value) {
		return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
	}

	private static void redirect(HttpExchange exchange, String location) throws IOException {
		exchange.getResponseHeaders().set("Location", location);
		exchange.sendResponseHeaders(302, -1);
	}

	private static void json(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private record Grant(String redirect, String challenge, Map<String, Object> user) {
	}

}
