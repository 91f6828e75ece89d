package ir.cadastre.web.map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer finds an application by the receipt number its applicant quotes (in Persian
 * digits too) and a licence by its number; the reviewer finds its agency's inquiry on an
 * application by the receipt number.
 */
@CadastreTest
class FindPageTests extends BrowserTest {

	@Test
	void theOfficerAndTheReviewerFindWhatIsQuotedToThemByItsNumber() {
		Api api = new Api(this.port);
		long receipt = applicationAskingTheDoe().get("receipt").longValue();
		String licence = GrantedLicences.exploration(api, Fixtures.APPLICANT2,
				new Fixtures(this.db).geoJson("POLYGON((55 33, 55.02 33, 55.02 33.02, 55 33.02, 55 33))"));
		long number = api.get("/api/v1/licences/" + licence, Fixtures.OFFICER).json().get("number").longValue();

		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("asked for digits",
				() -> this.browser.find(By.id("find-message"))
					.getText()
					.equals("Type the number in digits, as it is written on the receipt or the licence (e.g. 1042)."));
		this.browser.type(By.id("find-number"), persianDigits(receipt));
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("the application found",
				() -> this.browser.find(By.id("application-title")).getText().endsWith("No. " + receipt));
		new Select(this.browser.find(By.id("find-kind"))).selectByValue("licence");
		this.browser.find(By.id("find-number")).clear();
		this.browser.type(By.id("find-number"), Long.toString(number));
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("the licence found",
				() -> this.browser.find(By.id("licence-title")).getText().equals("Exploration licence No. " + number));
		this.browser.find(By.id("find-number")).clear();
		this.browser.type(By.id("find-number"), Long.toString(number + 1000));
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("no such licence",
				() -> this.browser.find(By.id("find-message"))
					.getText()
					.contains("There is no licence No. " + (number + 1000) + "."));

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.type(By.id("find-number"), Long.toString(receipt));
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("the inquiry found", () -> ("Inquiry on application No. " + receipt)
			.equals(this.browser.find(By.id("inquiry-title")).getText()));
		this.browser.screenshot("reviewer-find");
	}

	@Test
	void aReceiptNumberPastedWithItsDirectionMarksIsFound() {
		long receipt = applicationAskingTheDoe().get("receipt").longValue();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.type(By.id("find-number"), "\u200F" + persianDigits(receipt) + "\u200E");
		this.browser.click(By.id("find-go"));
		this.browser.waitUntil("the inquiry found", () -> ("Inquiry on application No. " + receipt)
			.equals(this.browser.find(By.id("inquiry-title")).getText()));
	}

}
