package ir.cadastre.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/sign-in}, open to anyone: the ways the web pages can sign a user in.
 */
@RestController
class SignInController {

	private final SignInOptions options;

	SignInController(SignInOptions options) {
		this.options = options;
	}

	@GetMapping("/api/v1/sign-in")
	Ways ways() {
		return new Ways(true, this.options.identityProvider());
	}

	/**
	 * @param password whether a local user's name and password sign in (HTTP Basic)
	 * @param identityProvider the ministry's identity provider, or null
	 */
	record Ways(boolean password, SignInOptions.IdentityProvider identityProvider) {
	}

}
