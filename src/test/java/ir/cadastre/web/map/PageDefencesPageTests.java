package ir.cadastre.web.map;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages work under their Content-Security-Policy: nothing they load or draw is
 * refused (the browser tells each refusal on the console), and the legend's swatches keep
 * their colours, which the pages set as styles.
 */
@CadastreTest
class PageDefencesPageTests extends BrowserTest {

	@Test
	void theApplicantsPageLoadsAndDrawsWithNothingRefused() {
		applicationAskingTheDoe();
		this.browser.console();

		signIn(Fixtures.APPLICANT, "/applicant.html");

		assertThat(this.browser.waitFor(By.cssSelector(".swatch")).getCssValue("background-color"))
			.as("a legend swatch has the colour its style gives it")
			.isNotEqualTo("rgba(0, 0, 0, 0)");
		assertThat(this.browser.console()).doesNotContainIgnoringCase("Content Security Policy");
	}

	@Test
	void everyOtherRolesPageAndTheReceiptLoadWithNothingRefused() {
		String application = applicationAskingTheDoe().get("id").stringValue();
		this.browser.console();

		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.open("/receipt.html?application=" + application);
		this.browser.waitUntil("the receipt is shown",
				() -> !this.browser.find(By.id("receipt-title")).getText().isEmpty());
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		signIn(Fixtures.GIS_ADMIN, "/gis.html");

		assertThat(this.browser.console()).doesNotContainIgnoringCase("Content Security Policy");
	}

	@Test
	void aLinksIdNeverLeadsThePageToAnotherPartOfTheApi() {
		String application = applicationAskingTheDoe().get("id").stringValue();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser
			.script("""
					window.fetched = [];
					const fetchOnce = window.fetch;
					window.fetch = (resource, init) => { window.fetched.push(String(resource)); return fetchOnce(resource, init); };""");

		this.browser.script("location.hash = arguments[0]", "licence=..%2Fapplications%2F" + application);
		Browser.sleep(1500);

		assertThat((java.util.List<?>) this.browser.script("return window.fetched"))
			.as("what the page fetched for a licence whose id climbs out of /licences/")
			.noneMatch((path) -> String.valueOf(path).contains(".."));
	}

}
