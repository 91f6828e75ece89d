package ir.cadastre.security;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user: name, role and, for a reviewer, the agency it answers for.
 *
 * @param username the login name
 * @param passwordHash the stored hash, {@code {bcrypt}…}
 * @param role the user's one role
 * @param agency the reviewer's agency id, {@code null} for other roles
 * @param enabled whether the user may sign in
 */
public record CadastreUser(String username, String passwordHash, Role role, String agency,
		boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

}
