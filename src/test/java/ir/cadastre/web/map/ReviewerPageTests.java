package ir.cadastre.web.map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reviewer's page shows an inquiry its application's withdrawal closed under its own
 * tab, with no answer asked for.
 */
@CadastreTest
class ReviewerPageTests extends BrowserTest {

	@Test
	void article24_theInquiryOfAWithdrawnApplicationIsClosedAndAsksForNoAnswer() {
		Api api = new Api(this.port);
		JsonNode application = applicationAskingTheDoe();
		assertThat(api
			.post("/api/v1/applications/" + application.get("id").stringValue() + "/withdrawal", Fixtures.APPLICANT,
					"application/json", "")
			.status()).isEqualTo(200);
		long withdrawn = this.db.sql("SELECT count(*) FROM inquiry WHERE agency_id = 'doe' AND status = 'WITHDRAWN'")
			.query(Long.class)
			.single();

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		assertThat(this.browser.waitFor(By.cssSelector("#tabs [data-tab=withdrawn]")).getText())
			.isEqualTo("Withdrawn (%d)".formatted(withdrawn));
		this.browser.click(By.cssSelector("#tabs [data-tab=withdrawn]"));
		String row = "#inquiries tr[data-receipt='" + application.get("receipt").longValue() + "']";
		this.browser.click(By.cssSelector(row));
		assertThat(this.browser.waitFor(By.cssSelector("#response-view .message")).getText()).isEqualTo(
				"The applicant withdrew the application while the window was open: the inquiry is closed and needs no answer.");
		assertThat(this.browser.find(By.id("answer")).isDisplayed()).isFalse();
		this.browser.screenshot("reviewer-withdrawn-inquiry");
	}

}
