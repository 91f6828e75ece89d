package ir.cadastre.web.map;

import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in on the pages with the ministry's identity provider: OpenID Connect's
 * authorization code flow with PKCE, in Chromium, against a provider that runs here
 * ({@link IdentityProviderStandIn}) and is the issuer of the tokens the service accepts.
 */
@CadastreTest
class ProviderSignInPageTests extends BrowserTest {

	static final IdentityProviderStandIn PROVIDER = new IdentityProviderStandIn();

	static final Map<String, Object> REVIEWER = Map.of("preferred_username", "sso-reviewer", "roles",
			List.of("AGENCY_REVIEWER"), "agency", "doe");

	Api api;

	Fixtures fixtures;

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry properties) {
		properties.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", PROVIDER::issuer);
		properties.add("cadastre.sign-in.client-id", () -> IdentityProviderStandIn.CLIENT_ID);
	}

	@AfterAll
	void stopProvider() {
		PROVIDER.close();
	}

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.db).noFeatures().users();
		this.db.sql("DELETE FROM activity_report").update();
		this.db.sql("DELETE FROM app_user WHERE username LIKE 'sso-%'").update();
		PROVIDER.user = REVIEWER;
		PROVIDER.refusal = null;
		PROVIDER.lifetime = 300;
		PROVIDER.requests.clear();
	}

	@Test
	void anyoneMayAskHowToSignIn() {
		Api.Response ways = this.api.get("/api/v1/sign-in", null);
		assertThat(ways.status()).isEqualTo(200);
		JsonNode provider = ways.json().get("identityProvider");
		assertThat(ways.json().get("password").booleanValue()).isTrue();
		assertThat(provider.get("issuer").stringValue()).isEqualTo(PROVIDER.issuer());
		assertThat(provider.get("clientId").stringValue()).isEqualTo(IdentityProviderStandIn.CLIENT_ID);
		assertThat(provider.get("scope").stringValue()).isEqualTo("openid");
	}

	@Test
	void aReviewerSignsInWithTheProviderSeesItsAgencysWorkAndSignsOutOfBoth() {
		long report = this.api
			.postJson("/api/v1/activity-reports", Fixtures.DOE_REVIEWER,
					"{\"geometry\": "
							+ this.fixtures
								.geoJson("POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))")
							+ ", \"description\": \"Survey pits\"}")
			.json()
			.get("number")
			.longValue();
		this.browser.fresh();
		this.browser.click(By.id("provider-button"));
		this.browser.waitUntil("the reviewer's page", () -> this.browser.currentPath().startsWith("/reviewer.html"));
		this.browser.waitForPage();
		assertThat(this.browser.find(By.id("user")).getText()).startsWith("sso-reviewer");
		this.browser.waitFor(By.cssSelector("#activity-reports tr[data-number='" + report + "']"));
		assertThat((String) this.browser.script("return sessionStorage.getItem('cadastre.auth')"))
			.startsWith("Bearer ");
		assertThat(PROVIDER.requests).filteredOn((r) -> r.startsWith("GET /authorize "))
			.singleElement()
			.asString()
			.contains("code_challenge_method=S256",
					"redirect_uri=http%3A%2F%2Flocalhost%3A" + this.port + "%2Findex.html");
		assertThat(PROVIDER.requests).as("the stand-in gives a token only for the verifier of the challenge")
			.filteredOn((r) -> r.startsWith("POST /token "))
			.singleElement()
			.asString()
			.contains("code_verifier=");

		this.browser.click(By.id("sign-out"));
		this.browser.waitUntil("back at sign-in", () -> this.browser.currentPath().startsWith("/index.html"));
		assertThat(PROVIDER.requests).filteredOn((r) -> r.startsWith("GET /logout "))
			.singleElement()
			.asString()
			.contains("id_token_hint=", "client_id=" + IdentityProviderStandIn.CLIENT_ID);
		assertThat(this.browser.script("return sessionStorage.getItem('cadastre.auth')")).isNull();
	}

	@Test
	void aTokenIsRenewedBeforeItExpiresAndThePageGoesOnWorking() {
		PROVIDER.lifetime = 32;
		this.browser.fresh();
		this.browser.click(By.id("provider-button"));
		this.browser.waitUntil("the reviewer's page", () -> this.browser.currentPath().startsWith("/reviewer.html"));
		this.browser.waitForPage();
		Object first = this.browser.script("return sessionStorage.getItem('cadastre.auth')");
		this.browser.waitUntil("a renewed token",
				() -> !first.equals(this.browser.script("return sessionStorage.getItem('cadastre.auth')")));
		assertThat(PROVIDER.requests).filteredOn((r) -> r.startsWith("POST /token "))
			.element(1)
			.asString()
			.contains("grant_type=refresh_token", "client_id=" + IdentityProviderStandIn.CLIENT_ID);
		this.browser.open("/reviewer.html");
		this.browser.waitForPage();
		assertThat(this.browser.currentPath()).isEqualTo("/reviewer.html");
		assertThat(this.browser.find(By.id("user")).getText()).startsWith("sso-reviewer");
	}

	@Test
	void aRefusalAnAnswerThisTabDidNotAskForAndATokenTheServiceRefusesSignNobodyIn() {
		PROVIDER.refusal = "access_denied";
		this.browser.fresh();
		this.browser.click(By.id("provider-button"));
		assertThat(message()).isEqualTo("The identity provider did not sign you in. access_denied");

		this.browser.open("/index.html?code=forged&state=forged");
		assertThat(message()).isEqualTo("The identity provider did not sign you in.");
		assertThat(PROVIDER.requests).noneMatch((r) -> r.startsWith("POST /token "));

		PROVIDER.refusal = null;
		PROVIDER.user = Map.of("preferred_username", "sso-nobody");
		this.browser.open("/index.html");
		this.browser.click(By.id("provider-button"));
		assertThat(message()).contains("roles claim must hold exactly one of");
		assertThat(this.browser.currentPath()).isEqualTo("/index.html");
		assertThat(this.browser.script("return sessionStorage.getItem('cadastre.auth')")).isNull();
	}

	private String message() {
		return this.browser.waitFor(By.id("signin-message")).getText();
	}

}
