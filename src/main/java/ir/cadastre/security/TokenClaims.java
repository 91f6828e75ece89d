package ir.cadastre.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * {@code cadastre.jwt.*}: the claims that carry a token's user name, role and agency; a
 * dotted name reaches into an object ({@code realm_access.roles}).
 *
 * @param username the user name's claim; {@code sub} when the token lacks it
 * @param roles the role's claim: a string, or a list holding one of the four roles
 * @param agency a reviewer's agency id's claim
 */
@ConfigurationProperties("cadastre.jwt")
public record TokenClaims(String username, String roles, String agency) {

	public TokenClaims {
		username = (username != null) ? username : "preferred_username";
		roles = (roles != null) ? roles : "roles";
		agency = (agency != null) ? agency : "agency";
	}

	Role role(Jwt token) {
		Object value = claim(token, this.roles);
		Collection<?> names = (value instanceof Collection<?> list) ? list
				: (value != null) ? List.of(value) : List.of();
		List<Role> roles = Arrays.stream(Role.values()).filter((r) -> names.contains(r.name())).toList();
		if (roles.size() != 1) {
			throw TokenUsers.refused("its " + this.roles + " claim must hold exactly one of "
					+ Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(", ")));
		}
		return roles.get(0);
	}

	String text(Jwt token, String name) {
		Object value = claim(token, name);
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

	private static Object claim(Jwt token, String name) {
		Object value = token.getClaims();
		for (String key : name.split("\\.")) {
			value = (value instanceof Map<?, ?> map) ? map.get(key) : null;
		}
		return value;
	}

}
