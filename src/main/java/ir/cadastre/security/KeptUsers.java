package ir.cadastre.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Users read from {@code app_user}, kept for {@link #KEPT_FOR} so that a request does not
 * cost a query: a disabled user or a changed role takes effect within that time. A read
 * that fails is not kept.
 */
final class KeptUsers {

	static final Duration KEPT_FOR = Duration.ofSeconds(30);

	/** The columns {@link #user(ResultSet)} reads. */
	static final String COLUMNS = "username, password_hash, role, agency_id, enabled";

	private static final int CAPACITY = 10_000;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	/**
	 * The user kept under this name if read within {@link #KEPT_FOR} and still as wanted;
	 * else what {@code read} gives, kept from now.
	 */
	CadastreUser get(String username, Predicate<CadastreUser> wanted, Supplier<CadastreUser> read) {
		long now = System.nanoTime();
		Kept known = this.kept.get(username);
		if (known != null && now - known.readAt() < KEPT_FOR.toNanos() && wanted.test(known.user())) {
			return known.user();
		}
		CadastreUser user = read.get();
		if (this.kept.size() >= CAPACITY) {
			this.kept.clear();
		}
		this.kept.put(username, new Kept(user, now));
		return user;
	}

	/** A user from a row of {@link #COLUMNS}. */
	static CadastreUser user(ResultSet rs) throws SQLException {
		return new CadastreUser(rs.getString("username"), rs.getString("password_hash"),
				Role.valueOf(rs.getString("role")), rs.getString("agency_id"), rs.getBoolean("enabled"));
	}

	private record Kept(CadastreUser user, long readAt) {
	}

}
