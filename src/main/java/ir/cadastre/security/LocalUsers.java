package ir.cadastre.security;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The users in {@code app_user}. HTTP Basic looks the user up on every request, so a user
 * read from the table is kept for {@link #KEPT_FOR}: a disabled user or a new password
 * takes effect within that time. Unknown names are never kept.
 */
@Component
class LocalUsers implements UserDetailsService {

	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	private static final int CAPACITY = 10_000;

	private final JdbcClient db;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	LocalUsers(JdbcClient db) {
		this.db = db;
	}

	@Override
	public CadastreUser loadUserByUsername(String username) {
		long now = System.nanoTime();
		Kept known = this.kept.get(username);
		if (known != null && now - known.readAt() < KEPT_FOR.toNanos()) {
			return known.user();
		}
		CadastreUser user = read(username);
		if (this.kept.size() >= CAPACITY) {
			this.kept.clear();
		}
		this.kept.put(username, new Kept(user, now));
		return user;
	}

	private CadastreUser read(String username) {
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

	private record Kept(CadastreUser user, long readAt) {
	}

}
