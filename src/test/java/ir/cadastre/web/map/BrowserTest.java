package ir.cadastre.web.map;

import java.io.IOException;

import ir.cadastre.Api;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test class of the web pages in the system's headless Chromium: one browser for the
 * class, signed in as each test needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

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

	/** Signs in and waits until the user's page has loaded. */
	void signIn(String user, String page) {
		this.browser.signIn(user, Api.PASSWORD);
		this.browser.waitUntil("the page of " + user, () -> this.browser.currentPath().startsWith(page));
		this.browser.waitForPage();
	}

}
