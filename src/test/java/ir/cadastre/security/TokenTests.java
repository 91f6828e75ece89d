package ir.cadastre.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth2 JWT bearer tokens (DESIGN §5), from an issuer whose public key the service is
 * given: a token signs in the user it names, with the role and agency it carries, beside
 * HTTP Basic. The issuer here is this test, with its own RSA key.
 */
@CadastreTest
class TokenTests {

	private static final KeyPair ISSUER = keyPair();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Api api;

	@DynamicPropertySource
	static void issuer(DynamicPropertyRegistry properties) throws IOException {
		Path key = Files.createTempFile("issuer", ".pem");
		key.toFile().deleteOnExit();
		Files.writeString(key,
				"-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
						+ "\n-----END PUBLIC KEY-----\n");
		properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + key);
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		new Fixtures(this.db).noFeatures().users();
		this.db.sql("DELETE FROM app_user WHERE username LIKE 'sso-%'").update();
	}

	@Test
	void aHolderOfTheOldRegisterRecordedByAnOfficerSignsInAndFindsItsLicence() {
		long feature = new Fixtures(this.db).feature("licences", "EXP-1401-0007",
				"POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))");
		String registration = """
				{"featureId": %d, "holder": "sso-holder", "type": "EXPLORATION", "mineral": "copper",
				 "issuedOn": "2025-06-01"%s}
				""";
		assertThat(this.api.postJson("/api/v1/licences", Fixtures.OFFICER, registration.formatted(feature, ""))
			.json()
			.get("type")
			.stringValue()).as("not a user yet").endsWith(":invalid-holder");
		Api.Response registered = this.api.postJson("/api/v1/licences", Fixtures.OFFICER,
				registration.formatted(feature, ", \"newHolder\": true"));
		assertThat(registered.status()).as(registered.body()).isEqualTo(201);

		String holder = token(Map.of("preferred_username", "sso-holder", "roles", List.of("APPLICANT")));
		JsonNode mine = get("/api/v1/licences?holder=sso-holder", holder).json();
		assertThat(mine).extracting((l) -> l.get("id").stringValue())
			.containsExactly(registered.json().get("id").stringValue());
		assertThat(this.api.get("/api/v1/me", "sso-holder").status()).as("no password signs it in").isEqualTo(401);
	}

	@Test
	void aTokenSignsInItsUserWithItsRoleAndAgency() {
		JsonNode me = get("/api/v1/me", token(Map.of("preferred_username", "sso-reviewer", "roles",
				List.of("offline_access", "AGENCY_REVIEWER"), "agency", "doe")))
			.json();
		assertThat(me.get("username").asString()).isEqualTo("sso-reviewer");
		assertThat(me.get("role").asString()).isEqualTo("AGENCY_REVIEWER");
		assertThat(me.get("agency").asString()).isEqualTo("doe");
		// Recorded, as applications and the audit trail name their users; no password
		// works.
		assertThat(this.db.sql("SELECT role || ' ' || agency_id FROM app_user WHERE username = 'sso-reviewer'")
			.query(String.class)
			.single()).isEqualTo("AGENCY_REVIEWER doe");
		assertThat(this.api
			.send(this.api.request("/api/v1/me", null).header("Authorization", Api.basic("sso-reviewer", "-")).GET())
			.status()).isEqualTo(401);
		assertThat(get("/api/v1/inquiries",
				token(Map.of("preferred_username", "sso-reviewer", "roles", "AGENCY_REVIEWER", "agency", "doe")))
			.status()).isEqualTo(200);
	}

	@Test
	void theIssuersRoleHoldsAndItsChangesFollow() {
		String applicant = token(Map.of("preferred_username", "sso-officer", "roles", List.of("APPLICANT")));
		assertThat(get("/api/v1/audit", applicant).status()).isEqualTo(403);
		String officer = token(Map.of("preferred_username", "sso-officer", "roles", List.of("MINISTRY_OFFICER")));
		assertThat(get("/api/v1/audit", officer).status()).isEqualTo(200);
		assertThat(this.db.sql("SELECT role FROM app_user WHERE username = 'sso-officer'").query(String.class).single())
			.isEqualTo("MINISTRY_OFFICER");
	}

	@Test
	void tokensThatSignInNoCadastreUserAreRefusedWithAReason() {
		Map<String, Map<String, Object>> refused = Map.of("no role", Map.of("preferred_username", "sso-a"), "two roles",
				Map.of("preferred_username", "sso-b", "roles", List.of("APPLICANT", "GIS_ADMIN")),
				"reviewer, no agency", Map.of("preferred_username", "sso-c", "roles", "AGENCY_REVIEWER"),
				"unknown agency", Map.of("preferred_username", "sso-d", "roles", "AGENCY_REVIEWER", "agency", "nasa"),
				"unfit name", Map.of("preferred_username", "Ali@Example.ir", "roles", "APPLICANT"));
		refused.forEach((what, claims) -> {
			Api.Response response = get("/api/v1/me", token(claims));
			assertThat(response.status()).as(what).isEqualTo(401);
			assertThat(response.isProblem()).as(what).isTrue();
			assertThat(response.json().get("type").asString()).isEqualTo("urn:cadastre:problem:invalid-token");
			assertThat(response.json().get("detail").asString()).as(what).contains("does not sign in a cadastre user");
		});
		assertThat(this.db.sql("SELECT count(*) FROM app_user WHERE username LIKE 'sso-%'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aTokenNamingALocalUserWithAPasswordIsRefusedAndChangesNothing() {
		Api.Response response = get("/api/v1/me",
				token(Map.of("preferred_username", Fixtures.APPLICANT, "roles", List.of("MINISTRY_OFFICER"))));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("signs in here with a password");
		assertThat(this.db.sql("SELECT role FROM app_user WHERE username = :name")
			.param("name", Fixtures.APPLICANT)
			.query(String.class)
			.single()).isEqualTo("APPLICANT");
		assertThat(this.api.get("/api/v1/audit", Fixtures.APPLICANT).status()).isEqualTo(403);
		// Handed to the identity provider: its password removed, the token names it.
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role) VALUES ('sso-moved', '{bcrypt}-', 'APPLICANT')
				""").update();
		assertThat(get("/api/v1/me", token(Map.of("preferred_username", "sso-moved", "roles", "GIS_ADMIN"))).json()
			.get("role")
			.asString()).isEqualTo("GIS_ADMIN");
	}

	@Test
	void expiredForgedAndDisabledTokensAreRefused() {
		Map<String, Object> claims = Map.of("preferred_username", "sso-applicant", "roles", "APPLICANT");
		assertThat(get("/api/v1/me", token(claims)).status()).isEqualTo(200);
		assertThat(get("/api/v1/me", token(claims, Instant.now().minusSeconds(60), ISSUER)).status()).isEqualTo(401);
		assertThat(get("/api/v1/me", token(claims, Instant.now().plusSeconds(600), keyPair())).status()).isEqualTo(401);
		// Disabled here: refused once the user is read again (after KeptUsers.KEPT_FOR,
		// or at once when the issuer changes its role).
		this.db.sql("UPDATE app_user SET enabled = false WHERE username = 'sso-applicant'").update();
		Api.Response disabled = get("/api/v1/me",
				token(Map.of("preferred_username", "sso-applicant", "roles", "GIS_ADMIN")));
		assertThat(disabled.status()).isEqualTo(401);
		assertThat(disabled.json().get("detail").asString()).contains("user sso-applicant is disabled");
		// HTTP Basic still signs in local users.
		assertThat(this.api.get("/api/v1/me", Fixtures.OFFICER).status()).isEqualTo(200);
	}

	@Test
	void theClaimsCanBeNamedAsTheIssuerWritesThem() {
		TokenClaims keycloak = new TokenClaims("email_name", "realm_access.roles", "org.agency");
		Jwt token = Jwt.withTokenValue("t")
			.header("alg", "RS256")
			.claim("email_name", "sso-gis")
			.claim("realm_access", Map.of("roles", List.of("uma_authorization", "GIS_ADMIN")))
			.claim("org", Map.of("agency", "frwo"))
			.build();
		assertThat(keycloak.role(token)).isEqualTo(Role.GIS_ADMIN);
		assertThat(keycloak.text(token, keycloak.username())).isEqualTo("sso-gis");
		assertThat(keycloak.text(token, keycloak.agency())).isEqualTo("frwo");
		assertThat(new TokenClaims(null, null, null).username()).isEqualTo("preferred_username");
	}

	private Api.Response get(String path, String token) {
		return this.api.send(this.api.request(path, null).header("Authorization", "Bearer " + token).GET());
	}

	private static String token(Map<String, Object> claims) {
		return token(claims, Instant.now().plusSeconds(600), ISSUER);
	}

	private static String token(Map<String, Object> claims, Instant expires, KeyPair issuer) {
		JWTClaimsSet.Builder set = new JWTClaimsSet.Builder().subject("someone")
			.issueTime(new Date())
			.expirationTime(Date.from(expires));
		claims.forEach(set::claim);
		SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
		try {
			token.sign(new RSASSASigner((RSAPrivateKey) issuer.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return token.serialize();
	}

	private static KeyPair keyPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
