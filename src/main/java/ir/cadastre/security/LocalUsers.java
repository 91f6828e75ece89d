package ir.cadastre.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users in {@code app_user}. HTTP Basic looks the user up on every request, so a user
 * read from the table is kept ({@link KeptUsers}): a disabled user or a new password
 * takes effect within {@link KeptUsers#KEPT_FOR}. Unknown names are never kept.
 */
@Component
class LocalUsers implements UserDetailsService {

	private final JdbcClient db;

	private final KeptUsers kept = new KeptUsers();

	LocalUsers(JdbcClient db) {
		this.db = db;
	}

	@Override
	public CadastreUser loadUserByUsername(String username) {
		return this.kept.get(username, (user) -> true, () -> read(username));
	}

	private CadastreUser read(String username) {
		return this.db.sql("SELECT " + KeptUsers.COLUMNS + " FROM app_user WHERE username = :username")
			.param("username", username)
			.query((rs, row) -> KeptUsers.user(rs))
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}

}
