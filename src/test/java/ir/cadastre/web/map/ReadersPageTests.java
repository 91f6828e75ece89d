package ir.cadastre.web.map;

import java.util.List;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages as their readers meet them: on a phone's narrow window, from the keyboard,
 * and in Persian typed on a Persian keyboard.
 */
@CadastreTest
class ReadersPageTests extends BrowserTest {

	@AfterEach
	void wideAgain() {
		this.browser.resize(1440, 900);
	}

	@Test
	void onAPhoneTheMapStandsAboveThePanelAndNothingLiesBeyondTheWindow() {
		applicationAskingTheDoe();
		this.browser.resize(390, 844);
		signIn(Fixtures.OFFICER, "/officer.html");
		checkWithinTheWindow("English");
		assertThat(this.browser.script("return document.querySelector('#legend details').open")).as("legend folded")
			.isEqualTo(false);
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.click(By.cssSelector("#tabs [data-tab=consultation]"));
		this.browser.waitFor(By.cssSelector("#applications tbody tr[data-receipt]"));
		checkWithinTheWindow("Persian");
		this.browser.screenshot("phone-officer-persian");

		this.browser.click(By.id("notices"));
		this.browser.waitFor(By.id("notices-panel"));
		this.browser.click(By.cssSelector(".notices-close"));
		this.browser.waitUntil("the notices closed", () -> !this.browser.find(By.id("notices-panel")).isDisplayed());
		this.browser.click(By.id("notices"));
		this.browser.waitFor(By.id("notices-panel"));
		this.browser.press(By.cssSelector(".notices-close"), Keys.ESCAPE);
		this.browser.waitUntil("the notices closed by Escape",
				() -> !this.browser.find(By.id("notices-panel")).isDisplayed());
	}

	private void checkWithinTheWindow(String language) {
		@SuppressWarnings("unchecked")
		List<Number> sizes = (List<Number>) this.browser.script("""
				const signOut = document.getElementById('sign-out').getBoundingClientRect();
				const map = document.getElementById('map').getBoundingClientRect();
				return [document.documentElement.scrollWidth, document.documentElement.clientWidth,
				  signOut.left, signOut.right, map.width, map.height];""");
		int width = sizes.get(1).intValue();
		assertThat(sizes.get(0).intValue()).as("%s: the page's width", language).isLessThanOrEqualTo(width);
		assertThat(sizes.get(2).doubleValue()).as("%s: Sign out", language).isGreaterThanOrEqualTo(0);
		assertThat(sizes.get(3).doubleValue()).as("%s: Sign out", language).isLessThanOrEqualTo(width);
		assertThat(sizes.get(4).doubleValue()).as("%s: the map's width", language).isGreaterThan(width - 30);
		assertThat(sizes.get(5).doubleValue()).as("%s: the map's height", language).isGreaterThan(300);
	}

	@Test
	void theReviewerOpensAnInquiryFromTheListWithTheKeyboard() {
		long receipt = applicationAskingTheDoe().get("receipt").longValue();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		By row = By.cssSelector("#inquiries tr[data-receipt='" + receipt + "']");
		assertThat(this.browser.waitFor(row).getAttribute("tabindex")).isEqualTo("0");
		this.browser.press(row, Keys.ENTER);
		this.browser.waitUntil("the inquiry opened", () -> ("Inquiry on application No. " + receipt)
			.equals(this.browser.find(By.id("inquiry-title")).getText()));
	}

	@Test
	void aPersianApplicantTypesCornersInPersianDigitsAndReadsEveryErrorInPersian() {
		new Fixtures(this.db).noFeatures().users();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		assertThat(this.browser.find(By.cssSelector("#map .ol-zoom-in")).getAttribute("title")).isEqualTo("بزرگ‌نمایی");
		assertThat(this.browser.find(By.id("vertices")).getAttribute("aria-label"))
			.isEqualTo("واردکردن گوشه‌ها (UTM یا درجه-دقیقه-ثانیه)");
		this.browser.click(By.cssSelector("#vertices-box summary"));

		// Corners that cross: the sentence once, no English name of a field.
		this.browser.type(By.id("vertices"), "۵۹۶۰۰۰ ۳۸۰۶۰۰۰\n۶۰۵۰۰۰ ۳۸۱۵۰۰۰\n۶۰۵۰۰۰ ۳۸۰۶۰۰۰\n۵۹۶۰۰۰ ۳۸۱۵۰۰۰");
		this.browser.click(By.id("show-vertices"));
		String refusal = this.browser.waitFor(By.cssSelector("#area-message .problem-detail"))
			.findElement(By.xpath(".."))
			.getText();
		assertThat(refusal).contains("خودتقاطعی").doesNotContain("vertices");
		assertThat(refusal.split("خودتقاطعی", -1)).as("said once").hasSize(2);

		this.browser.type(By.id("vertices"), "۵۹۶۰۰۰ ۳۸۰۶۰۰۰\n۶۰۵۰۰۰ ۳۸۰۶۰۰۰\n۶۰۵۰۰۰ ۳۸۱۵۰۰۰\n۵۹۶۰۰۰ ۳۸۱۵۰۰۰");
		this.browser.click(By.id("show-vertices"));
		this.browser.waitUntil("the area checked",
				() -> this.browser.find(By.id("area-summary")).getText().startsWith("مساحت: ۸۱"));
		assertThat(this.browser.find(By.id("area-message")).isDisplayed()).isFalse();
		this.browser.screenshot("persian-digits-corners");
	}

	@Test
	void aPersianApplicantSeparatesACornersNumbersWithThePersianCommaOrSemicolon() {
		new Fixtures(this.db).noFeatures().users();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.click(By.cssSelector("#vertices-box summary"));
		this.browser.type(By.id("vertices"), "۵۹۶۰۰۰،۳۸۰۶۰۰۰\n۶۰۵۰۰۰، ۳۸۰۶۰۰۰\n۶۰۵۰۰۰؛۳۸۱۵۰۰۰\n\u200F۵۹۶۰۰۰٫۰ ۳۸۱۵۰۰۰");
		this.browser.click(By.id("show-vertices"));
		this.browser.waitUntil("the area checked",
				() -> this.browser.find(By.id("area-summary")).getText().startsWith("مساحت: ۸۱"));
		assertThat(this.browser.find(By.id("area-message")).isDisplayed()).isFalse();
	}

}
