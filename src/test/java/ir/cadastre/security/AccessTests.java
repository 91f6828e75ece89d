package ir.cadastre.security;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security baseline: health is open, everything else needs a known user and password,
 * and refusals are problems.
 */
@CadastreTest
class AccessTests {

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

	/**
	 * A refusal made before Spring MVC (sign-in, access) names the request it refuses, as
	 * one made by a controller does.
	 */
	@Test
	void everyRefusalNamesItsRequest() {
		String path = "/api/v1/applications/00000000-0000-0000-0000-000000000000";
		for (String user : new String[] { null, Fixtures.GIS_ADMIN, Fixtures.APPLICANT }) {
			Api.Response refused = this.api.get(path, user);
			assertThat(refused.status()).as(user).isIn(401, 403, 404);
			assertThat(refused.json().get("instance")).as(user + ": " + refused.body()).isNotNull();
			assertThat(refused.json().get("instance").stringValue()).isEqualTo(path);
		}
	}

	@Test
	void healthIsOpen() {
		Api.Response health = this.api.get("/actuator/health", null);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").stringValue()).isEqualTo("UP");
	}

	@Test
	void theHealthGroupsAreOpen() {
		for (String group : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			Api.Response health = this.api.get(group, null);
			assertThat(health.status()).as(group).isEqualTo(200);
			assertThat(health.json().get("status").stringValue()).isEqualTo("UP");
		}
	}

	@Test
	void aHealthPathThatNamesNoGroupIsAProblem() {
		for (String path : new String[] { "/actuator/health/db", "/actuator/health/liveness/x" }) {
			for (String user : new String[] { null, Fixtures.APPLICANT }) {
				Api.Response health = this.api.get(path, user);
				assertThat(health.status()).as(path + " for " + user).isEqualTo(404);
				assertThat(health.isProblem()).as(path + " for " + user).isTrue();
				assertThat(health.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:not-found");
			}
		}
	}

	@Test
	void theWaysToSignInAreOpenAndWithoutAClientIdThereIsNoIdentityProvider() {
		Api.Response ways = this.api.get("/api/v1/sign-in", null);
		assertThat(ways.status()).isEqualTo(200);
		assertThat(ways.json().get("password").booleanValue()).isTrue();
		assertThat(ways.json().get("identityProvider").isNull()).isTrue();
	}

	@Test
	void theErrorPageAskedForDirectlyIsAnUnknownPath() {
		Api.Response error = this.api.get("/error", Fixtures.OFFICER);
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.isProblem()).isTrue();
		assertThat(error.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:not-found");
	}

	@Test
	void everythingElseNeedsAUser() {
		Api.Response response = this.api.get("/api/v1/layers", null);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:unauthenticated");
	}

	@Test
	void wrongPasswordIsRefused() {
		Api.Response response = this.api.send(this.api.request("/api/v1/layers", null)
			.header("Authorization", Api.basic(Fixtures.APPLICANT, "nope")));
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.isProblem()).isTrue();
	}

	@Test
	void theRightPasswordIsAccepted() {
		for (String user : new String[] { Fixtures.APPLICANT, Fixtures.DOE_REVIEWER, Fixtures.GIS_ADMIN,
				Fixtures.OFFICER }) {
			assertThat(this.api.get("/api/v1/layers", user).status()).as(user).isEqualTo(200);
		}
	}

	@Test
	void passwordsAreStoredAsBcrypt() {
		assertThat(this.db.sql("SELECT password_hash FROM app_user WHERE username = :u")
			.param("u", Fixtures.APPLICANT)
			.query(String.class)
			.single()).startsWith("{bcrypt}$2");
	}

	@Test
	void demoUsersExistOnlyWithSampleData() {
		// This context runs with cadastre.sample-data=false.
		assertThat(this.db.sql("SELECT count(*) FROM app_user WHERE username IN ('applicant1', 'officer')")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.api
			.send(this.api.request("/api/v1/layers", null)
				.header("Authorization", Api.basic("applicant1", Api.PASSWORD)))
			.status()).isEqualTo(401);
	}

	@Test
	void unknownPathIsAProblemToo() {
		Api.Response response = this.api.get("/api/v1/nothing-here", Fixtures.APPLICANT);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.isProblem()).isTrue();
	}

}
