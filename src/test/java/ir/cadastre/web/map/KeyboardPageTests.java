package ir.cadastre.web.map;

import java.util.List;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What axe-core cannot see: a user with a keyboard alone, or a screen reader, opens what
 * a list shows and goes on from there, answers a question without losing the focus, hears
 * refusals and outcomes, and moves and zooms the map.
 */
@CadastreTest
class KeyboardPageTests extends BrowserTest {

	@Test
	void theApplicantWithdrawsAnApplicationByKeyboardAndTheFocusFollowsEachStep() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String mine = "#mine [data-receipt='" + application.get("receipt").longValue() + "']";

		this.browser.press(By.cssSelector(mine + " .withdraw"), Keys.ENTER);
		assertThat(focused().getDomAttribute("class")).as("the question's safe answer").contains("withdraw-no");
		this.browser.press(By.cssSelector(mine + " .withdraw-no"), Keys.ENTER);
		assertThat(focused().getDomAttribute("class")).as("back to Withdraw").isEqualTo("withdraw");
		focused().sendKeys(Keys.ENTER);
		assertThat(focused().getDomAttribute("class")).contains("withdraw-no");
		this.browser.press(By.cssSelector(mine + " .withdraw-yes"), Keys.ENTER);
		this.browser.waitUntil("the application withdrawn",
				() -> this.browser.find(By.cssSelector(mine + " .status")).getText().equals("Withdrawn"));
		assertThat(focused().getDomAttribute("data-receipt")).isEqualTo(application.get("receipt").toString());
		assertThat(this.browser.find(By.id("mine-message")).getDomAttribute("role")).as("said when the reader is free")
			.isEqualTo("status");
	}

	@Test
	void theOfficerOpensAnApplicationFromTheListByKeyboardAndHearsARefusal() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.press(By.cssSelector("#tabs [data-tab=consultation]"), Keys.ENTER);
		String row = "#applications tr[data-receipt='" + application.get("receipt").longValue() + "']";
		this.browser.waitFor(By.cssSelector(row));
		this.browser.press(By.cssSelector(row), Keys.ENTER);
		this.browser.waitUntil("the application's heading focused",
				() -> "application-title".equals(focused().getDomAttribute("id")));
		assertThat(focused().getText()).isEqualTo("Application No. " + application.get("receipt").longValue());
		assertThat(current("#applications")).as("the row opened, as a screen reader says it")
			.containsExactly(application.get("receipt").toString());

		this.browser.type(By.id("find-number"), "abc");
		this.browser.press(By.id("find-number"), Keys.ENTER);
		WebElement refused = this.browser.waitFor(By.cssSelector("#find-message.error"));
		assertThat(refused.getDomAttribute("role")).as("a refusal is said at once").isEqualTo("alert");
	}

	@Test
	void aTabSaysWhetherItIsChosenAndTheSignInPageIsTheMainLandmark() {
		new Fixtures(this.db).users();
		signIn(Fixtures.OFFICER, "/officer.html");
		assertThat(pressed()).containsExactly("true", "false", "false");
		this.browser.press(By.cssSelector("#tabs [data-tab=decided]"), Keys.ENTER);
		assertThat(pressed()).containsExactly("false", "false", "true");
		this.browser.fresh();
		assertThat(this.browser.find(By.cssSelector("main #signin")).isDisplayed()).isTrue();
	}

	private List<String> pressed() {
		return this.browser.findAll(By.cssSelector("#tabs button"))
			.stream()
			.map((tab) -> tab.getDomAttribute("aria-pressed"))
			.toList();
	}

	@Test
	void article24_theReviewerOpensAnInquiryFromTheListByKeyboard() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.press(
				By.cssSelector("#inquiries tr[data-receipt='" + application.get("receipt").longValue() + "']"),
				Keys.ENTER);
		this.browser.waitUntil("the inquiry's heading focused",
				() -> "inquiry-title".equals(focused().getDomAttribute("id")));
		assertThat(focused().getText())
			.isEqualTo("Inquiry on application No. " + application.get("receipt").longValue());
		assertThat(current("#inquiries")).as("the row opened, as a screen reader says it")
			.containsExactly(application.get("receipt").toString());
	}

	@Test
	void theMapTakesTheFocusAndItsKeysZoomAndMoveIt() {
		new Fixtures(this.db).users();
		signIn(Fixtures.GIS_ADMIN, "/gis.html");
		WebElement map = this.browser.find(By.id("map"));
		assertThat(map.getDomAttribute("tabindex")).isEqualTo("0");
		assertThat(map.getDomAttribute("aria-label")).isEqualTo("Map: the arrow keys move it, + and - zoom in and out");
		double zoom = zoom();
		this.browser.press(By.id("map"), "+");
		this.browser.waitUntil("zoomed in", () -> zoom() > zoom);
		String centre = centre();
		this.browser.press(By.id("map"), Keys.ARROW_RIGHT);
		this.browser.waitUntil("moved", () -> !centre().equals(centre));
	}

	/** The receipts of a list's rows marked as the one now shown (aria-current). */
	private List<String> current(String list) {
		return this.browser.findAll(By.cssSelector(list + " tr[aria-current=true]"))
			.stream()
			.map((row) -> row.getDomAttribute("data-receipt"))
			.toList();
	}

	private WebElement focused() {
		return (WebElement) this.browser.script("return document.activeElement");
	}

	private double zoom() {
		return ((Number) this.browser.script("return window.cadastreMap.map.getView().getZoom()")).doubleValue();
	}

	private String centre() {
		return String.valueOf(this.browser.script("return window.cadastreMap.map.getView().getCenter().join(',')"));
	}

}
