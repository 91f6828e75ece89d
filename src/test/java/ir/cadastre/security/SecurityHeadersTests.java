package ir.cadastre.security;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every answer tells the browser: the pages run only their own scripts and may not
 * be framed, nothing is sniffed into another type, no address leaves for another site,
 * and no personal answer is kept by a cache.
 */
@CadastreTest
class SecurityHeadersTests extends ApiTest {

	@Test
	void aPageRunsOnlyTheServicesOwnScriptsAndIsNeverFramed() {
		HttpResponse<byte[]> page = this.api.bytes(this.api.request("/applicant.html", null));

		assertThat(page.statusCode()).isEqualTo(200);
		String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
		assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
				"object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'");
		assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

	@Test
	void aSignedInUsersAnswerIsKeptByNoCache() {
		HttpResponse<byte[]> me = this.api.bytes(this.api.request("/api/v1/me", Fixtures.APPLICANT));

		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(me.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(me.headers().firstValue("Content-Security-Policy").orElse("")).contains("frame-ancestors 'none'");
	}

	@Test
	void noOtherSitesPageMayReadTheApi() {
		HttpResponse<byte[]> preflight = this.api.bytes(this.api.request("/api/v1/me", null)
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", "https://elsewhere.example")
			.header("Access-Control-Request-Method", "GET")
			.header("Access-Control-Request-Headers", "authorization"));
		HttpResponse<byte[]> read = this.api
			.bytes(this.api.request("/api/v1/me", Fixtures.APPLICANT).header("Origin", "https://elsewhere.example"));

		assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(read.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(read.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
	}

	@Test
	void aRefusalToSignInCarriesTheSameHeaders() {
		HttpResponse<byte[]> refused = this.api.bytes(this.api.request("/api/v1/me", null));

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(refused.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
		assertThat(refused.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
	}

}
