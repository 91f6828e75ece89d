package ir.cadastre.security;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.core.convert.converter.Converter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Signs in the bearer of an OAuth2 JWT (DESIGN §5) once its issuer's signature has been
 * checked: its name, role and, for a reviewer, agency come from the token's claims. The
 * user is recorded in {@code app_user}, which applications, licences and the audit trail
 * name, when first seen and whenever the issuer changes its role or agency; a user
 * recorded so has no usable password. A token never signs in, nor changes, a local user
 * who has a password: to hand such a user to the identity provider, remove its password.
 * A user disabled there stays disabled. Like {@link LocalUsers}, a user is kept
 * ({@link KeptUsers}).
 */
@Component
class TokenUsers implements Converter<Jwt, AbstractAuthenticationToken> {

	/** The password of a user recorded from a token: no password matches it. */
	static final String NO_PASSWORD = "{bcrypt}-";

	/** {@code app_user}'s rule for names. */
	static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

	private final JdbcClient db;

	private final TokenClaims claims;

	private final KeptUsers kept = new KeptUsers();

	TokenUsers(JdbcClient db, TokenClaims claims) {
		this.db = db;
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt token) {
		String username = Optional.ofNullable(this.claims.text(token, this.claims.username()))
			.orElse(token.getSubject());
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw refused("its user name (" + this.claims.username() + " or sub) must be 2 to 64 of a-z, 0-9, '.', "
					+ "'_' and '-', starting with a letter or digit");
		}
		Role role = this.claims.role(token);
		String agency = (role == Role.AGENCY_REVIEWER) ? this.claims.text(token, this.claims.agency()) : null;
		if (role == Role.AGENCY_REVIEWER && agency == null) {
			throw refused("an AGENCY_REVIEWER's token names its agency in " + this.claims.agency());
		}
		CadastreUser user = this.kept.get(username,
				(known) -> known.role() == role && Objects.equals(known.agency(), agency),
				() -> record(username, role, agency));
		if (!NO_PASSWORD.equals(user.passwordHash())) {
			throw refused("user " + username + " signs in here with a password; the identity provider may name "
					+ "only users without one");
		}
		if (!user.enabled()) {
			throw refused("user " + username + " is disabled");
		}
		return UsernamePasswordAuthenticationToken.authenticated(user, token, user.getAuthorities());
	}

	/** Inserts or updates the user, writing only what the issuer changed. */
	private CadastreUser record(String username, Role role, String agency) {
		try {
			return this.db.sql("""
					WITH recorded AS (
					    INSERT INTO app_user (username, password_hash, role, agency_id)
					    VALUES (:username, :noPassword, :role, :agency)
					    ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, agency_id = EXCLUDED.agency_id
					    WHERE app_user.password_hash = :noPassword
					      AND (app_user.role, app_user.agency_id) IS DISTINCT FROM (EXCLUDED.role, EXCLUDED.agency_id)
					    RETURNING %1$s
					)
					SELECT * FROM recorded
					UNION ALL
					SELECT %1$s FROM app_user WHERE username = :username AND NOT EXISTS (SELECT 1 FROM recorded)
					""".formatted(KeptUsers.COLUMNS))
				.param("username", username)
				.param("noPassword", NO_PASSWORD)
				.param("role", role.name())
				.param("agency", agency)
				.query((rs, n) -> KeptUsers.user(rs))
				.single();
		}
		catch (DataIntegrityViolationException ex) {
			throw refused("agency " + agency + " is not one of the cadastre's agencies");
		}
	}

	static InvalidBearerTokenException refused(String reason) {
		return new InvalidBearerTokenException("The token does not sign in a cadastre user: " + reason + ".");
	}

}
