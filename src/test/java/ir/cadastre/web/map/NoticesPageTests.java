package ir.cadastre.web.map;

import java.util.List;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user sees in the header how many notices are new, reads them in the page's language,
 * and chooses the language they are e-mailed in.
 */
@CadastreTest
class NoticesPageTests extends BrowserTest {

	@Autowired
	Outbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theApplicantReadsItsNewNoticesInThePagesLanguageAndChoosesTheLanguageOfItsEmails() {
		new Fixtures(this.db).users();
		this.db.sql("""
				UPDATE app_user SET language = 'en', notices_seen = (SELECT coalesce(max(id), 0) FROM notification)
				WHERE username = :user
				""").param("user", Fixtures.APPLICANT).update();
		this.transaction.executeWithoutResult((status) -> this.outbox.add(List.of(renewed(51), renewed(52))));

		signIn(Fixtures.APPLICANT, "/applicant.html");
		this.browser.waitUntil("two new notices",
				() -> "2".equals(this.browser.find(By.id("notices")).getText().replaceAll("\\D", "")));
		this.browser.click(By.id("notices"));
		this.browser.waitUntil("the notices listed",
				() -> this.browser.findAll(By.cssSelector("#notices-panel li strong")).size() >= 2);
		List<WebElement> listed = this.browser.findAll(By.cssSelector("#notices-panel li"));
		assertThat(listed.get(0).findElement(By.tagName("strong")).getText()).isEqualTo("Licence 52 renewed");
		assertThat(listed.get(1).getText()).contains("Licence 51 renewed",
				"Exploitation licence 51 was renewed for 5 years, until the end of 30 Dey 1410 (Art. 10 note 3).");
		assertThat(this.browser.findAll(By.cssSelector("#notices-panel li.unread"))).hasSize(2);
		this.browser.waitUntil("the notices seen",
				() -> this.browser.find(By.cssSelector(".notices-count")).getText().isEmpty()
						|| !this.browser.find(By.cssSelector(".notices-count")).isDisplayed());
		assertThat(this.db.sql("SELECT notices_seen FROM app_user WHERE username = :user")
			.param("user", Fixtures.APPLICANT)
			.query(Long.class)
			.single())
			.isEqualTo(this.db.sql("SELECT max(id) FROM notification WHERE recipient = :r")
				.param("r", "user:" + Fixtures.APPLICANT)
				.query(Long.class)
				.single());
		this.browser.screenshot("notices-en");

		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.waitUntil("the notices in Persian", () -> "پروانهٔ ۵۲ تمدید شد"
			.equals(this.browser.find(By.cssSelector("#notices-panel li strong")).getText()));
		this.browser.screenshot("notices-fa");
		assertThat(language()).as("the page's language is the page's own").isEqualTo("en");

		Select emailed = new Select(this.browser.find(By.id("notices-language")));
		this.browser.waitUntil("the language of e-mails shown",
				() -> "en".equals(emailed.getFirstSelectedOption().getAttribute("value")));
		emailed.selectByValue("fa");
		this.browser.waitUntil("Persian chosen for the notices e-mailed", () -> "fa".equals(language()));
	}

	private String language() {
		return this.db.sql("SELECT language FROM app_user WHERE username = :user")
			.param("user", Fixtures.APPLICANT)
			.query(String.class)
			.single();
	}

	private static Notification renewed(long number) {
		return Notification.of("LICENCE", "user:" + Fixtures.APPLICANT, "licence.renewed", "number", number, "years", 5,
				"lastDay", new SolarDay("1410-10-30"));
	}

}
