package ir.cadastre.web.map;

import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user sees in the header how many notices are new, reads them in the page's language,
 * opens from a notice what it tells of, and chooses the language they are e-mailed in.
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

	@Test
	void article24_aReviewerOpensTheInquiryANoticeTellsOfAndTheApplicantItsApplication() {
		Api api = new Api(this.port);
		JsonNode application = applicationAskingTheDoe();
		long receipt = application.get("receipt").longValue();

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.click(By.id("notices"));
		this.browser.click(By.cssSelector("#notices-panel li a.notice-about"));
		this.browser.waitUntil("the inquiry opened", () -> ("Inquiry on application No. " + receipt)
			.equals(this.browser.find(By.id("inquiry-title")).getText()));
		assertThat(this.browser.find(By.id("notices-panel")).isDisplayed()).isFalse();
		assertThat(this.browser.find(By.id("inquiry-receipt")).getDomAttribute("href"))
			.isEqualTo("receipt.html?application=" + application.get("id").stringValue());
		assertThat(this.browser.find(By.cssSelector("#answer")).isDisplayed()).as("open: it asks for the answer")
			.isTrue();
		this.browser.screenshot("notice-opens-inquiry");
		String inquiry = this.db.sql("SELECT id::text FROM inquiry WHERE application_id = CAST(:id AS uuid)")
			.param("id", application.get("id").stringValue())
			.query(String.class)
			.single();
		assertThat(api
			.postJson("/api/v1/inquiries/" + inquiry + "/response", Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}")
			.status()).isEqualTo(200);

		this.browser.fresh();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		this.browser.click(By.id("notices"));
		this.browser.click(By.cssSelector("#notices-panel li a.notice-about"));
		WebElement opened = this.browser.waitFor(By.cssSelector("#mine .application.opened"));
		assertThat(opened.getDomAttribute("data-receipt")).isEqualTo(Long.toString(receipt));
		assertThat(opened.getText()).contains("Ready for decision");
		assertThat(this.browser.findAll(By.cssSelector(".application.opened"))).hasSize(1);
	}

	@Test
	void article24_aReviewerFollowsTheLinkOfANoticesEmailToTheInquiry() {
		JsonNode application = applicationAskingTheDoe();
		long receipt = application.get("receipt").longValue();
		String inquiry = this.db.sql("SELECT id::text FROM inquiry WHERE application_id = CAST(:id AS uuid)")
			.param("id", application.get("id").stringValue())
			.query(String.class)
			.single();
		String link = "/index.html?open=inquiry%3A" + inquiry;

		followAndSignIn(link, Fixtures.DOE_REVIEWER);
		this.browser.waitUntil("the inquiry opened", () -> ("Inquiry on application No. " + receipt)
			.equals(this.browser.find(By.id("inquiry-title")).getText()));
		assertThat(this.browser.currentPath()).isEqualTo("/reviewer.html#inquiry=" + inquiry);

		followAndSignIn(link, Fixtures.APPLICANT);
		this.browser.waitUntil("the applicant's own page",
				() -> this.browser.currentPath().startsWith("/applicant.html"));
		assertThat(this.browser.currentPath()).as("its page does not show inquiries").isEqualTo("/applicant.html");
	}

	/** Opens a link signed out, as from an e-mail, and signs in there. */
	private void followAndSignIn(String link, String user) {
		this.browser.fresh();
		this.browser.open(link);
		this.browser.type(By.id("username"), user);
		this.browser.type(By.id("password"), Api.PASSWORD);
		this.browser.click(By.id("signin-button"));
		this.browser.waitForPage();
	}

	private String language() {
		return this.db.sql("SELECT language FROM app_user WHERE username = :user")
			.param("user", Fixtures.APPLICANT)
			.query(String.class)
			.single();
	}

	private static Notification renewed(long number) {
		return Notification.of("LICENCE", "user:" + Fixtures.APPLICANT, "licence:1", "licence.renewed", "number",
				number, "years", 5, "lastDay", new SolarDay("1410-10-30"));
	}

}
