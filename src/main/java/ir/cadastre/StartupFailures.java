package ir.cadastre;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * What an operator reads when the service cannot start for a mistake of configuration:
 * Spring Boot's short report ("APPLICATION FAILED TO START", a description and an action)
 * instead of a hundred lines of stack trace. Covers the database out of reach or refusing
 * the login, a duration that is not one, and a {@link Misconfiguration}. Registered in
 * {@code META-INF/spring.factories}; anything else keeps Boot's own report.
 */
class StartupFailures implements FailureAnalyzer {

	private static final String SEE = "See the Configuration table of the README.";

	private final Environment environment;

	StartupFailures(Environment environment) {
		this.environment = environment;
	}

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof Misconfiguration misconfigured) {
				return new FailureAnalysis(misconfigured.getMessage(), SEE, misconfigured);
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().matches("08.*|28.*|3D000")) {
				return new FailureAnalysis(
						"The database " + this.environment.getProperty("spring.datasource.url") + " as user "
								+ this.environment.getProperty("spring.datasource.username") + " cannot be used: "
								+ sql.getMessage(),
						"Start it (./cadastre db start starts the local one), or point the service at the right "
								+ "one with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
								+ "SPRING_DATASOURCE_PASSWORD. " + SEE,
						sql);
			}
			if (cause instanceof IllegalStateException invalid && invalid.getMessage() != null
					&& invalid.getMessage().startsWith("Encountered invalid @Scheduled method")) {
				return new FailureAnalysis(invalid.getMessage(),
						"Give each interval (CADASTRE_SWEEP_INTERVAL, CADASTRE_AUDIT_ANCHOR_INTERVAL …) as an "
								+ "ISO-8601 duration, such as PT1M or P1D. " + SEE,
						invalid);
			}
		}
		return null;
	}

}
