package ir.cadastre.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * {@code cadastre.sign-in.*}: the pages offer the identity provider only when they have a
 * client id there, and a client id without an issuer stops the service from starting.
 */
class SignInOptionsTests {

	@Test
	void aClientIdOffersTheIssuerWithTheScopes() {
		SignInOptions options = new SignInOptions("https://id.mimt.gov.ir/realms/cadastre", "cadastre-pages", " ");
		assertThat(options.identityProvider()).isEqualTo(new SignInOptions.IdentityProvider(
				"https://id.mimt.gov.ir/realms/cadastre", "cadastre-pages", "openid"));
		assertThat(new SignInOptions("https://id.mimt.gov.ir/realms/cadastre", "", null).identityProvider()).isNull();
	}

	@Test
	void aClientIdWithoutAnIssuerIsRefusedAtStart() {
		assertThatIllegalStateException().isThrownBy(() -> new SignInOptions("", "cadastre-pages", "openid"))
			.withMessageContaining("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI");
	}

}
