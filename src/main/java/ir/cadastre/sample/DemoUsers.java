package ir.cadastre.sample;

import java.util.List;

import ir.cadastre.Misconfiguration;
import ir.cadastre.security.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * One demo user per role (DESIGN §6), all with the password from
 * {@code CADASTRE_DEMO_PASSWORD}. They exist only where sample data was asked for.
 */
@Component
class DemoUsers {

	private static final List<DemoUser> USERS = List.of(new DemoUser("applicant1", Role.APPLICANT, null),
			new DemoUser("applicant2", Role.APPLICANT, null), new DemoUser("doe-reviewer", Role.AGENCY_REVIEWER, "doe"),
			new DemoUser("frwo-reviewer", Role.AGENCY_REVIEWER, "frwo"),
			new DemoUser("agri-reviewer", Role.AGENCY_REVIEWER, "agriculture"),
			new DemoUser("gis-admin", Role.GIS_ADMIN, null), new DemoUser("officer", Role.MINISTRY_OFFICER, null));

	private final JdbcClient db;

	private final PasswordEncoder passwords;

	private final SampleProperties properties;

	DemoUsers(JdbcClient db, PasswordEncoder passwords, SampleProperties properties) {
		this.db = db;
		this.passwords = passwords;
		this.properties = properties;
	}

	/** Creates the demo users that do not exist yet; existing users are left alone. */
	void ensure() {
		if (!StringUtils.hasText(this.properties.demoPassword())) {
			throw new Misconfiguration("cadastre.sample-data=true needs a demo password: set CADASTRE_DEMO_PASSWORD.");
		}
		String hash = this.passwords.encode(this.properties.demoPassword());
		for (DemoUser user : USERS) {
			this.db.sql("""
					INSERT INTO app_user (username, password_hash, role, agency_id)
					VALUES (:username, :hash, :role, :agency)
					ON CONFLICT (username) DO NOTHING
					""")
				.param("username", user.username())
				.param("hash", hash)
				.param("role", user.role().name())
				.param("agency", user.agency())
				.update();
		}
	}

	private record DemoUser(String username, Role role, String agency) {
	}

}
