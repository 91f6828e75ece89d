package ir.cadastre.security;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the credentials belong to. The web map signs in with it (a
 * 401 means wrong name or password) and picks the user's page from the role.
 */
@RestController
class MeController {

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CadastreUser user) {
		return new Me(user.username(), user.role(), user.agency());
	}

	/**
	 * @param username the login name
	 * @param role the user's role
	 * @param agency the reviewer's agency id; absent for other roles
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(String username, Role role, String agency) {
	}

}
