package ir.cadastre;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops a test class at once, with the command that sets PostGIS up, when the test
 * database cannot be reached. Tests never skip for want of a database.
 */
public class PostgisRequired implements BeforeAllCallback {

	public static final String URL = env("CADASTRE_TEST_DB_URL", "jdbc:postgresql://localhost:55432/cadastre_test");

	public static final String USER = env("CADASTRE_TEST_DB_USER", "cadastre");

	public static final String PASSWORD = env("CADASTRE_TEST_DB_PASSWORD", "cadastre");

	@Override
	public void beforeAll(ExtensionContext context) {
		try (Connection connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
			connection.createStatement().execute("SELECT postgis_version()");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("""
					PostGIS is not reachable at %s (%s).
					Run the tests with the README's test command, which installs and starts the project's
					PostGIS cluster:   ./cadastre test
					or point them at a PostGIS database:   CADASTRE_TEST_DB_URL=jdbc:postgresql://host:port/db \
					CADASTRE_TEST_DB_USER=… CADASTRE_TEST_DB_PASSWORD=… ./mvnw verify""".formatted(URL,
					ex.getMessage()), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
