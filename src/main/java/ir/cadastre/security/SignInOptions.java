package ir.cadastre.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cadastre.sign-in.*}: how the web pages sign users in. Beside a local user's name
 * and password, the pages offer the ministry's identity provider when it is given a
 * client id: OpenID Connect's authorization code flow with PKCE, for a public client,
 * against the issuer whose tokens the service accepts.
 *
 * @param issuer the identity provider; by default the issuer of the tokens the service
 * accepts ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri})
 * @param clientId the pages' client id at the identity provider; none: name and password
 * only
 * @param scope the scopes the pages ask for
 */
@ConfigurationProperties("cadastre.sign-in")
public record SignInOptions(String issuer, String clientId, String scope) {

	public SignInOptions {
		issuer = blankToNull(issuer);
		clientId = blankToNull(clientId);
		scope = (blankToNull(scope) != null) ? scope : "openid";
		if (clientId != null && issuer == null) {
			throw new IllegalStateException(
					"cadastre.sign-in.client-id (CADASTRE_SIGN_IN_CLIENT_ID) needs the identity "
							+ "provider's issuer: set spring.security.oauth2.resourceserver.jwt.issuer-uri "
							+ "(SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI)");
		}
	}

	/** The identity provider the pages offer, or null. */
	IdentityProvider identityProvider() {
		return (this.clientId != null) ? new IdentityProvider(this.issuer, this.clientId, this.scope) : null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * @param issuer its issuer URL; its OpenID configuration is at
	 * {@code /.well-known/openid-configuration} under it
	 * @param clientId the pages' client id
	 * @param scope the scopes to ask for
	 */
	record IdentityProvider(String issuer, String clientId, String scope) {
	}

}
