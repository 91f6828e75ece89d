package ir.cadastre.web.map;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer sees how each agency keeps to Article 24, and a reviewer how its own does:
 * here, the Department of Environment let a window lapse into deemed consent.
 */
@CadastreTest
class AgencyFiguresPageTests extends BrowserTest {

	@Test
	void article24_theOfficerSeesAnAgencyThatLetAWindowLapse() {
		String application = applicationAskingTheDoe().get("id").stringValue();
		// Its window closed a day before the test's clock, unanswered.
		this.db.sql("UPDATE inquiry SET deadline = '2026-01-14T20:30:00Z' WHERE application_id = CAST(:id AS uuid)")
			.param("id", application)
			.update();
		long lapsed = this.db
			.sql("SELECT count(*) FROM inquiry i WHERE agency_id = 'doe' AND inquiry_status(i) = 'DEEMED_CONSENT'")
			.query(Long.class)
			.single();

		signIn(Fixtures.OFFICER, "/officer.html");
		String doe = "#agencies tr[data-agency=doe]";
		assertThat(this.browser.waitFor(By.cssSelector(doe + " [data-column=agency]")).getText())
			.isEqualTo("Department of Environment");
		assertThat(this.browser.find(By.cssSelector(doe + " [data-column=deemedConsent]")).getText())
			.isEqualTo(String.valueOf(lapsed));
		assertThat(this.browser.find(By.cssSelector(doe)).getAttribute("class")).contains("lapsed");
		new Select(this.browser.find(By.id("agencies-period"))).selectByVisibleText("in the last 30 days");
		this.browser.waitUntil("the last 30 days counted",
				() -> this.browser.find(By.cssSelector(doe + " [data-column=deemedConsent]")).getText().equals("1"));
		this.browser.screenshot("officer-agency-figures");

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		assertThat(this.browser.waitFor(By.cssSelector(doe + " [data-column=deemedConsent]")).getText())
			.as("the reviewer sees its own agency's, as the ministry does")
			.isEqualTo(String.valueOf(lapsed));
		assertThat(this.browser.findAll(By.cssSelector("#agencies tbody tr"))).hasSize(1);
	}

}
