package ir.cadastre.security;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import ir.cadastre.notify.Notification;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me}: who the credentials belong to. The web map signs in with it (a
 * 401 means wrong name or password) and picks the user's page from the role.
 * {@code PUT /api/v1/me/language}: the language the user is e-mailed notices in, which
 * the pages' notices list sets.
 */
@RestController
class MeController {

	private final JdbcClient db;

	MeController(JdbcClient db) {
		this.db = db;
	}

	@GetMapping("/api/v1/me")
	Me me(@AuthenticationPrincipal CadastreUser user) {
		String language = this.db.sql("SELECT language FROM app_user WHERE username = :username")
			.param("username", user.username())
			.query(String.class)
			.optional()
			.orElse("fa");
		return new Me(user.username(), user.role(), user.agency(), language);
	}

	@PutMapping("/api/v1/me/language")
	Me language(@RequestBody LanguageRequest request, @AuthenticationPrincipal CadastreUser user) {
		if (request.language() == null || !Notification.LANGUAGES.contains(request.language())) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("The language is fa (Persian) or en (English)."),
					List.of(InputError.of("language", Text.of("fa or en"))), Map.of());
		}
		this.db.sql("UPDATE app_user SET language = :language WHERE username = :username")
			.param("language", request.language())
			.param("username", user.username())
			.update();
		return me(user);
	}

	/**
	 * @param username the login name
	 * @param role the user's role
	 * @param agency the reviewer's agency id; absent for other roles
	 * @param language the language the user is e-mailed notices in: {@code fa} or
	 * {@code en}
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(String username, Role role, String agency, String language) {
	}

	/**
	 * @param language {@code fa} or {@code en}
	 */
	record LanguageRequest(String language) {
	}

}
