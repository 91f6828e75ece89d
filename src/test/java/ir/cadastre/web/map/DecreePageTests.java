package ir.cadastre.web.map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer extends an agency's open Article 24 windows by decree from its page; the
 * window moves, and the decree is listed.
 */
@CadastreTest
class DecreePageTests extends BrowserTest {

	@Test
	void article24_theOfficerExtendsAnAgencysOpenWindowsByDecree() {
		Api api = new Api(this.port);
		String id = applicationAskingTheDoe().get("id").stringValue();

		signIn(Fixtures.OFFICER, "/officer.html");
		new Select(this.browser.find(By.id("decree-action"))).selectByValue("EXTEND");
		this.browser.find(By.id("decree-days")).clear();
		this.browser.type(By.id("decree-days"), "15");
		new Select(this.browser.find(By.id("decree-scope"))).selectByValue("agency:doe");
		this.browser.type(By.id("decree-reason"), "Nowruz holidays");
		this.browser.type(By.id("decree-reference"), "B-1404/77");
		this.browser.click(By.id("decree-issue"));
		this.browser.waitUntil("the decree issued",
				() -> this.browser.find(By.id("decree-message")).getText().endsWith("1 open windows changed."));
		assertThat(this.browser.find(By.cssSelector("#decrees li")).getText())
			.startsWith("B-1404/77: the open windows of Department of Environment extended by 15 days (1 changed)");
		this.browser.screenshot("officer-decree");

		JsonNode inquiry = api.get("/api/v1/applications/" + id, Fixtures.OFFICER).json().get("inquiries").get(0);
		assertThat(inquiry.get("deadlineSolarHijri").stringValue()).as("25 Ordibehesht 1405 and 15 days")
			.isEqualTo("1405-03-09");
		new Select(this.browser.find(By.id("decree-action"))).selectByValue("PAUSE");
		assertThat(this.browser.find(By.id("decree-days-field")).isDisplayed()).as("only an extension gives days")
			.isFalse();
	}

}
