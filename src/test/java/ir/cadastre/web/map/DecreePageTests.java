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
 * The officer extends an agency's open Article 24 windows by decree from its page, or
 * pauses those of a region drawn on the map; the windows change, and the decree is
 * listed.
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

	@Test
	void article24_theOfficerPausesTheOpenWindowsOfARegionDrawnOnTheMap() {
		Api api = new Api(this.port);
		String inside = applicationAskingTheDoe().get("id").stringValue();
		new Fixtures(this.db).feature("protected_areas", "Bamu",
				"POLYGON((55 32, 55.02 32, 55.02 32.02, 55 32.02, 55 32))");
		String outside = new Fixtures(this.db)
			.application(api, Fixtures.APPLICANT2, "POLYGON((55.01 32, 55.03 32, 55.03 32.02, 55.01 32.02, 55.01 32))")
			.get("id")
			.stringValue();

		signIn(Fixtures.OFFICER, "/officer.html");
		new Select(this.browser.find(By.id("decree-action"))).selectByValue("PAUSE");
		new Select(this.browser.find(By.id("decree-scope"))).selectByValue("region");
		this.browser.click(By.id("decree-issue"));
		assertThat(this.browser.waitFor(By.cssSelector("#decree-message.error")).getText())
			.isEqualTo("Draw the region on the map first.");
		this.browser.click(By.id("decree-draw"));
		this.browser.fit(54.25, 32.25, 54.37, 32.37);
		this.browser.drawPolygon(new double[] { 54.28, 32.28 }, new double[] { 54.34, 32.28 },
				new double[] { 54.34, 32.34 }, new double[] { 54.28, 32.34 });
		assertThat(this.browser.find(By.id("decree-drawn")).getText()).isEqualTo("Region drawn (purple, dashed).");
		this.browser.type(By.id("decree-reason"), "Floods in the region; the agency cannot visit");
		this.browser.type(By.id("decree-reference"), "B-1404/91");
		this.browser.screenshot("officer-decree-region");
		this.browser.click(By.id("decree-issue"));
		this.browser.waitUntil("the decree issued",
				() -> this.browser.find(By.id("decree-message")).getText().endsWith("1 open windows changed."));
		assertThat(this.browser.find(By.cssSelector("#decrees li")).getText())
			.startsWith("B-1404/91: the open windows of a region paused (1 changed)");

		assertThat(paused(api, inside)).as("inside the region").isTrue();
		assertThat(paused(api, outside)).as("outside it").isFalse();
	}

	private static boolean paused(Api api, String application) {
		String inquiry = api.get("/api/v1/applications/" + application, Fixtures.OFFICER)
			.json()
			.get("inquiries")
			.get(0)
			.get("id")
			.stringValue();
		return api.get("/api/v1/inquiries/" + inquiry, Fixtures.OFFICER).json().get("paused").booleanValue();
	}

}
