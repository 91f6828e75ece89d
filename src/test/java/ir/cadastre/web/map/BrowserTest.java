package ir.cadastre.web.map;

import java.io.IOException;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test class of the web pages in the system's headless Chromium: one browser for the
 * class, signed in as each test needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

	static final String KAVIR = "POLYGON((54.29 32.29, 54.31 32.29, 54.31 32.33, 54.29 32.33, 54.29 32.29))";

	static final String HALF_ON_KAVIR = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	Browser browser;

	@BeforeAll
	void startBrowser() throws IOException {
		this.browser = Browser.start(this.port);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@AfterEach
	void removeFeatures() {
		// Other test classes share the database; the sample data's test expects no
		// application.
		new Fixtures(this.db).noFeatures();
	}

	/**
	 * The test users, a protected area of the DoE ({@link #KAVIR}), and an application of
	 * {@link Fixtures#APPLICANT} half on it ({@link #HALF_ON_KAVIR}): one Art. 24
	 * inquiry, to the DoE.
	 * @return the application
	 */
	JsonNode applicationAskingTheDoe() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		fixtures.feature("protected_areas", "Kavir", KAVIR);
		return fixtures.application(new Api(this.port), Fixtures.APPLICANT, HALF_ON_KAVIR);
	}

	/** The layers of what the map draws at a position. */
	List<Object> layersAt(double lon, double lat) {
		return this.browser.featuresAt(lon, lat).stream().map((feature) -> feature.get("layer")).toList();
	}

	/** A number as a Persian page writes it, in Persian digits. */
	static String persianDigits(long number) {
		StringBuilder digits = new StringBuilder();
		for (char c : Long.toString(number).toCharArray()) {
			digits.append((char) ('۰' + (c - '0')));
		}
		return digits.toString();
	}

	/** Signs in and waits until the user's page has loaded. */
	void signIn(String user, String page) {
		this.browser.signIn(user, Api.PASSWORD);
		this.browser.waitUntil("the page of " + user, () -> this.browser.currentPath().startsWith(page));
		this.browser.waitForPage();
	}

}
