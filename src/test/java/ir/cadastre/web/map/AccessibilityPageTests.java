package ir.cadastre.web.map;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, as each role sees it, in English and in Persian, with its lists filled, its
 * panels open and an error shown, has no violation of WCAG 2.1 A or AA that axe-core
 * finds ({@link Axe}). What axe cannot see (keyboard, focus, zoom) has its own tests.
 */
@CadastreTest
class AccessibilityPageTests extends BrowserTest {

	static final String LICENSED = "POLYGON((54.5 32.5, 54.52 32.5, 54.52 32.52, 54.5 32.52, 54.5 32.5))";

	private final List<String> violations = new ArrayList<>();

	private JsonNode application;

	private String licence;

	@BeforeEach
	void anApplicationAskingTheDoeAndALicence() {
		this.violations.clear();
		this.application = applicationAskingTheDoe();
		this.licence = GrantedLicences.exploration(new Api(this.port), Fixtures.APPLICANT,
				new Fixtures(this.db).geoJson(LICENSED));
	}

	@Test
	void theSignInPageAndTheApplicantsPagesHaveNoViolation() {
		for (String language : List.of("en", "fa")) {
			this.browser.fresh();
			language(language);
			check("sign-in " + language);
			this.browser.type(By.id("username"), "nobody");
			this.browser.type(By.id("password"), "not-the-password");
			this.browser.click(By.id("signin-button"));
			this.browser.waitFor(By.cssSelector("#signin-message.error"));
			check("sign-in " + language + ", refused");

			signIn(Fixtures.APPLICANT, "/applicant.html", language);
			check("applicant " + language);
			notices("applicant " + language);
			this.browser.click(By.cssSelector("#vertices-box summary"));
			this.browser.click(By.cssSelector("#upload-box summary"));
			this.browser.type(By.id("vertices"), "54.30 32.30\n54.32 32.30\n54.32 32.32");
			new Select(this.browser.find(By.id("notation"))).selectByValue("DMS");
			this.browser.click(By.id("show-vertices"));
			this.browser.waitFor(By.cssSelector("#area-message.error"));
			check("applicant " + language + ", corners refused");
			this.browser.type(By.id("vertices"), "602000 3573000\n604000 3573000\n604000 3575000\n602000 3575000");
			new Select(this.browser.find(By.id("notation"))).selectByValue("32639");
			this.browser.click(By.id("show-vertices"));
			this.browser.waitUntil("the overlaps checked",
					() -> "checked".equals(this.browser.find(By.id("check-status")).getDomAttribute("data-state")));
			check("applicant " + language + ", overlaps listed");
			String mine = "#mine [data-receipt='" + this.application.get("receipt").longValue() + "']";
			this.browser.click(By.cssSelector(mine));
			this.browser.click(By.cssSelector(mine + " .withdraw"));
			this.browser.waitFor(By.cssSelector(mine + " .withdraw-confirm"));
			check("applicant " + language + ", application opened, withdrawal asked");
			this.browser.click(By.cssSelector("#held .application"));
			check("applicant " + language + ", licence opened");

			this.browser.open("/receipt.html?application=" + this.application.get("id").stringValue());
			this.browser.waitFor(By.id("receipt-document"));
			check("receipt " + language);
			this.browser.open("/licence.html?licence=" + this.licence);
			this.browser.waitFor(By.id("licence-document"));
			check("licence " + language);
		}
		assertThat(this.violations).isEmpty();
	}

	@Test
	void theReviewersPageHasNoViolation() {
		for (String language : List.of("en", "fa")) {
			signIn(Fixtures.DOE_REVIEWER, "/reviewer.html", language);
			check("reviewer " + language);
			notices("reviewer " + language);
			this.browser.click(By
				.cssSelector("#inquiries tr[data-receipt='" + this.application.get("receipt").longValue() + "']"));
			this.browser.click(By.cssSelector("input[name=decision][value=PARTIAL_OBJECTION]"));
			this.browser.click(By.id("send-answer"));
			this.browser.waitFor(By.cssSelector("#answer-message.error"));
			check("reviewer " + language + ", inquiry opened, answer refused");
			this.browser.click(By.cssSelector("#refused-corners-box summary"));
			this.browser.click(By.cssSelector("#activity-corners-box summary"));
			this.browser.type(By.id("refused-corners"), "54.30 32.30");
			this.browser.click(By.id("refused-show-corners"));
			this.browser.waitFor(By.cssSelector("#answer-message.error"));
			check("reviewer " + language + ", corners typed and refused");
			this.browser.type(By.id("find-number"), "abc");
			this.browser.click(By.id("find-go"));
			this.browser.click(By.id("activity-send"));
			this.browser.waitFor(By.cssSelector("#find-message.error"));
			check("reviewer " + language + ", find and report refused");
			this.browser.click(By.cssSelector("#tabs [data-tab=answered]"));
			check("reviewer " + language + ", answered tab");
		}
		assertThat(this.violations).isEmpty();
	}

	@Test
	void theOfficersPageHasNoViolation() {
		for (String language : List.of("en", "fa")) {
			signIn(Fixtures.OFFICER, "/officer.html", language);
			notices("officer " + language);
			this.browser.click(By.cssSelector("#tabs [data-tab=consultation]"));
			this.browser.click(By
				.cssSelector("#applications tr[data-receipt='" + this.application.get("receipt").longValue() + "']"));
			this.browser.waitFor(By.id("application-title"));
			this.browser.click(By.cssSelector("#licences tr.selectable"));
			this.browser.waitFor(By.id("licence-actions"));
			this.browser.click(By.id("closure"));
			this.browser.waitFor(By.cssSelector("#licence-message.error"));
			check("officer " + language + ", application and licence opened, closure refused");
			new Select(this.browser.find(By.id("decree-scope"))).selectByValue("region");
			this.browser.click(By.cssSelector("#decree-corners-box summary"));
			this.browser.click(By.cssSelector("#activity-corners-box summary"));
			this.browser.click(By.id("activity-show-corners"));
			this.browser.waitFor(By.cssSelector("#activity-message.error"));
			check("officer " + language + ", corners boxes open, corners refused");
			this.browser.click(By.id("registration-find"));
			this.browser.click(By.id("decree-issue"));
			this.browser.waitFor(By.cssSelector("#decree-message.error"));
			this.browser.click(By.id("check-audit"));
			this.browser.waitFor(By.cssSelector("#audit-message"));
			check("officer " + language + ", register searched, decree refused, audit checked");
		}
		assertThat(this.violations).isEmpty();
	}

	@Test
	void theGisPageHasNoViolation() {
		for (String language : List.of("en", "fa")) {
			signIn(Fixtures.GIS_ADMIN, "/gis.html", language);
			check("gis " + language);
			notices("gis " + language);
			this.browser.click(By.cssSelector("#layers tr[data-layer=protected_areas]"));
			this.browser.waitFor(By.id("versions-box"));
			this.browser.click(By.id("import-button"));
			this.browser.waitFor(By.cssSelector("#import-message.error"));
			check("gis " + language + ", layer opened, import refused");
		}
		assertThat(this.violations).isEmpty();
	}

	/**
	 * In forced colours (a contrast theme) the theme's colours replace the pages': what
	 * colour alone told must still show (the chosen tab, the row opened, the item a
	 * notice opened, the focus), and the legend keeps the map's colours.
	 */
	@Test
	void inForcedColoursWhatIsChosenFocusedAndKeyedStillShows() {
		signIn(Fixtures.OFFICER, "/officer.html", "en");
		this.browser.forcedColours(true);
		try {
			assertThat(look("#tabs button[aria-pressed=true]")).as("the chosen tab")
				.isNotEqualTo(look("#tabs button[aria-pressed=false]"));
			this.browser.click(By.cssSelector("#tabs [data-tab=consultation]"));
			this.browser.click(By
				.cssSelector("#applications tr[data-receipt='" + this.application.get("receipt").longValue() + "']"));
			this.browser.waitFor(By.id("application-title"));
			this.browser.screenshot("officer-forced-colours");
			assertThat(look("#applications tr[aria-current=true]")).as("the row opened")
				.isNotEqualTo(look("#licences tr.selectable"));
			assertThat(style("#legend li[data-layer=licences] .swatch", "background-color")).as("the legend's key")
				.isNotEqualTo(style("#legend li[data-layer=protected_areas] .swatch", "background-color"));
			this.browser.press(By.cssSelector("#licences tr.selectable"), Keys.SHIFT);
			assertThat(style("#licences tr.selectable", "outline-style")).as("the focus").isNotEqualTo("none");

			signIn(Fixtures.APPLICANT, "/applicant.html", "en");
			this.browser.open("/applicant.html#application=" + this.application.get("id").stringValue());
			this.browser.waitForPage();
			this.browser.waitFor(By.cssSelector("#mine .application.opened"));
			assertThat(look("#mine .application.opened")).as("the application a notice opened")
				.isNotEqualTo(look("#held .application"));
		}
		finally {
			this.browser.forcedColours(false);
		}
	}

	/** How an element is told from its neighbours: its colours, outline and border. */
	private String look(String selector) {
		return String.join(" | ", style(selector, "background-color"), style(selector, "color"),
				style(selector, "border-top-width"), style(selector, "border-top-style"),
				style(selector, "outline-style"));
	}

	private String style(String selector, String property) {
		return (String) this.browser.script(
				"return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
				selector, property);
	}

	@Test
	void eachPageIsTitledInItsLanguage() {
		this.browser.fresh();
		language("fa");
		assertThat(this.browser.script("return document.title")).isEqualTo("کاداستر معدن · ورود");
		signIn(Fixtures.OFFICER, "/officer.html", "fa");
		assertThat(this.browser.script("return document.title")).isEqualTo("کاداستر معدن · تصمیم‌ها و پروانه‌ها");
	}

	private void check(String state) {
		this.violations.addAll(Axe.violations(this.browser, state));
	}

	private void notices(String page) {
		this.browser.click(By.id("notices"));
		this.browser.waitFor(By.cssSelector("#notices-panel li"));
		check(page + ", notices open");
		this.browser.click(By.cssSelector(".notices-close"));
	}

	/** The sign-in page in a language, which the pages after it keep. */
	private void language(String language) {
		this.browser.script("localStorage.setItem('cadastre.lang', arguments[0])", language);
		this.browser.open("/index.html");
		this.browser.waitUntil("the page in " + language,
				() -> language.equals(this.browser.script("return document.documentElement.lang")));
	}

	private void signIn(String user, String page, String language) {
		this.browser.fresh();
		language(language);
		this.browser.type(By.id("username"), user);
		this.browser.type(By.id("password"), Api.PASSWORD);
		this.browser.click(By.id("signin-button"));
		this.browser.waitUntil("the page of " + user, () -> this.browser.currentPath().startsWith(page));
		this.browser.waitForPage();
	}

}
