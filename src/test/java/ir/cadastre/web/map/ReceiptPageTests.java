package ir.cadastre.web.map;

import java.util.List;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The applicant opens the printable receipt of its application from its list: the number
 * and time of receipt, and the area vertex by vertex, in the page's language.
 */
@CadastreTest
class ReceiptPageTests extends BrowserTest {

	@Test
	void firstComeFirstServed_theApplicantPrintsTheReceiptOfItsApplication() {
		JsonNode application = applicationAskingTheDoe();
		long receipt = application.get("receipt").longValue();

		signIn(Fixtures.APPLICANT, "/applicant.html");
		String link = this.browser.find(By.cssSelector("#mine [data-receipt='" + receipt + "'] .receipt-link"))
			.getDomAttribute("href");
		assertThat(link).isEqualTo("receipt.html?application=" + application.get("id").stringValue());
		this.browser.open("/" + link);
		this.browser.waitForPage();
		assertThat(this.browser.find(By.id("receipt-title")).getText())
			.isEqualTo("Receipt of application No. " + receipt);
		assertThat(this.browser.find(By.id("receipt-facts")).getText()).contains("15 January 2026 at 11:30",
				Fixtures.APPLICANT, "Exploration licence", "Copper");
		assertThat(this.browser.find(By.id("receipt-vertices-title")).getText())
			.isEqualTo("Vertices: UTM zone 40N (EPSG:32640) and WGS 84");
		List<WebElement> vertices = this.browser.findAll(By.cssSelector("#receipt-rings tbody tr"));
		assertThat(vertices).hasSize(4);
		assertThat(vertices.get(0).getText()).startsWith("1 ").endsWith("54.3000000 32.3000000");
		assertThat(this.browser.findAll(By.cssSelector("#receipt-outline text"))).hasSize(4);
		assertThat(this.browser.find(By.id("receipt-recorded")).getText()).startsWith("Recorded as event No. ");
		this.browser.screenshot("receipt-en");

		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.waitUntil("the receipt in Persian",
				() -> this.browser.find(By.id("receipt-title")).getText().startsWith("رسید درخواست شمارهٔ "));
		assertThat(this.browser.find(By.id("receipt-vertices-title")).getText()).contains("زون ۴۰ شمالی");
		this.browser.screenshot("receipt-fa");

		signIn(Fixtures.APPLICANT2, "/applicant.html");
		this.browser.open("/" + link);
		this.browser.waitForPage();
		assertThat(this.browser.find(By.id("receipt-message")).getText()).as("another applicant's")
			.contains("There is no application");
		assertThat(this.browser.find(By.id("receipt-document")).isDisplayed()).isFalse();
	}

}
