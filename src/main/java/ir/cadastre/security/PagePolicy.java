package ir.cadastre.security;

import java.net.URI;

/**
 * The Content-Security-Policy every answer carries: the pages run only their own scripts
 * and OpenLayers' (from the service's webjar), so text that reaches a page from a layer
 * file, a note or a problem can never run as a script even where a page slipped.
 *
 * <p>
 * What the pages need beyond the service's own origin: images from any HTTPS origin (the
 * base map's tiles, {@code cadastre.map.base-map-url}, whose host may be a template such
 * as {@code {a-c}.tile...}), {@code data:} and {@code blob:} images and workers
 * (OpenLayers draws and exports through them), and, once the pages sign in with the
 * ministry's identity provider, fetches to its origin (its OpenID configuration and token
 * endpoint). No page may be framed ({@code frame-ancestors}), nor post a form elsewhere.
 * Styles must come from files: the pages set an element's style through the CSSOM, which
 * the policy allows, never through a {@code style} attribute.
 */
final class PagePolicy {

	private PagePolicy() {
	}

	/**
	 * The policy's directives.
	 * @param options how the pages sign in; an identity provider's origin may be fetched
	 * @param baseMap the base map's tile URL template, or blank for none; one served over
	 * plain HTTP (as a tile server inside the ministry's network may be) is let in by its
	 * scheme, as its host may be a template
	 * @return the header's value
	 */
	static String directives(SignInOptions options, String baseMap) {
		String provider = (options.identityProvider() != null) ? " " + origin(options.issuer()) : "";
		String plainBaseMap = (baseMap != null && baseMap.strip().regionMatches(true, 0, "http:", 0, 5)) ? " http:"
				: "";
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob: https:"
				+ plainBaseMap + "; worker-src 'self' blob:; connect-src 'self'" + provider + "; object-src 'none'; "
				+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
	}

	/** The scheme, host and port of an issuer URL (its path is no part of an origin). */
	private static String origin(String issuer) {
		URI uri = URI.create(issuer);
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new IllegalStateException("cadastre.sign-in.issuer (CADASTRE_SIGN_IN_ISSUER) must be an absolute "
					+ "URL, such as https://sso.example.ir/realms/mimt: " + issuer);
		}
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
