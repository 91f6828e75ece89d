package ir.cadastre.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users in {@code app_user}.
 */
@Component
class LocalUsers implements UserDetailsService {

	private final JdbcClient db;

	LocalUsers(JdbcClient db) {
		this.db = db;
	}

	@Override
	public CadastreUser loadUserByUsername(String username) {
		return this.db.sql("""
				SELECT username, password_hash, role, agency_id, enabled
				FROM app_user WHERE username = :username
				""")
			.param("username", username)
			.query((rs, row) -> new CadastreUser(rs.getString("username"), rs.getString("password_hash"),
					Role.valueOf(rs.getString("role")), rs.getString("agency_id"), rs.getBoolean("enabled")))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
