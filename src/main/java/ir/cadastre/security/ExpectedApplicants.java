package ir.cadastre.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applicants recorded before they first sign in: the holders of the old cadastre's
 * licences, registered by an officer, who sign in with the ministry's identity provider
 * and find their licences there. Each is recorded as that provider's users are
 * ({@link TokenUsers}): an enabled applicant without a password.
 */
@Component
public class ExpectedApplicants {

	private final JdbcClient db;

	ExpectedApplicants(JdbcClient db) {
		this.db = db;
	}

	/** Whether the name may be a user's, as the identity provider's users' names must. */
	public static boolean isUserName(String name) {
		return TokenUsers.USERNAME.matcher(name).matches();
	}

	/** Records the applicant, unless a user has its name. */
	public void record(String username) {
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role) VALUES (:username, :noPassword, 'APPLICANT')
				ON CONFLICT (username) DO NOTHING
				""").param("username", username).param("noPassword", TokenUsers.NO_PASSWORD).update();
	}

}
