package ir.cadastre.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Content-Security-Policy as configured: the base map and the identity
 * provider the pages reach are let in, nothing else.
 */
class PagePolicyTests {

	private static final SignInOptions PASSWORDS = new SignInOptions(null, null, null);

	@Test
	void aBaseMapInsideTheMinistrysNetworkOverPlainHttpIsShown() {
		assertThat(PagePolicy.directives(PASSWORDS, "http://{a-c}.tiles.mimt.local/{z}/{x}/{y}.png"))
			.contains("img-src 'self' data: blob: https: http:;");
	}

	@Test
	void withoutAPlainHttpBaseMapImagesComeOverHttpsAlone() {
		for (String baseMap : new String[] { "", "https://tiles.example.ir/{z}/{x}/{y}.png" }) {
			assertThat(PagePolicy.directives(PASSWORDS, baseMap)).as(baseMap)
				.contains("img-src 'self' data: blob: https:;")
				.doesNotContain("http:;");
		}
	}

	@Test
	void theIdentityProvidersOriginMayBeFetched() {
		SignInOptions provider = new SignInOptions("https://id.mimt.gov.ir:8443/realms/cadastre", "cadastre-pages",
				null);
		assertThat(PagePolicy.directives(provider, "")).contains("connect-src 'self' https://id.mimt.gov.ir:8443;");
	}

}
