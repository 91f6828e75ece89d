package ir.cadastre;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test class of the service through its HTTP API (annotate it {@link CadastreTest}):
 * each test starts with the test users and no features, which other test classes may have
 * left.
 */
public abstract class ApiTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient db;

	protected Api api;

	protected Fixtures fixtures;

	@BeforeEach
	void startWithTheTestUsersAndNoFeatures() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.db).noFeatures().users();
	}

}
