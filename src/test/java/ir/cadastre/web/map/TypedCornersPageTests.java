package ir.cadastre.web.map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every area a page asks to be drawn on the map can be typed instead, corner by corner,
 * by a user with a keyboard alone (WCAG 2.1.1): a reviewer's refused part, an activity
 * area and a decree's region, as the applicant's area can. Nothing here touches the map:
 * each control is given the focus and a key is pressed, as a keyboard user would.
 */
@CadastreTest
class TypedCornersPageTests extends BrowserTest {

	/**
	 * The west half of {@link #HALF_ON_KAVIR} (54.30–54.31 E, 32.30–32.32 N), in degrees,
	 * minutes and seconds typed with Persian digits.
	 */
	static final String WEST_HALF_DMS = """
			۵۴°۱۸'۰۰"E ۳۲°۱۸'۰۰"N
			۵۴°۱۸'۳۶"E ۳۲°۱۸'۰۰"N
			۵۴°۱۸'۳۶"E ۳۲°۱۹'۱۲"N
			۵۴°۱۸'۰۰"E ۳۲°۱۹'۱۲"N""";

	static final String WEST_HALF = "POLYGON((54.3 32.3, 54.31 32.3, 54.31 32.32, 54.3 32.32, 54.3 32.3))";

	/** 54.28–54.34 E, 32.28–32.34 N, around {@link #HALF_ON_KAVIR}, in DMS. */
	static final String AROUND_DMS = """
			54°16'48"E 32°16'48"N
			54°20'24"E 32°16'48"N
			54°20'24"E 32°20'24"N
			54°16'48"E 32°20'24"N""";

	static final String AROUND = "POLYGON((54.28 32.28, 54.34 32.28, 54.34 32.34, 54.28 32.34, 54.28 32.28))";

	/**
	 * A 5 km by 4 km area near 55° E, 32° N in UTM 40N, with Persian digits, and Persian
	 * commas or semicolons between easting and northing on some lines.
	 */
	static final String ACTIVITY_UTM = """
			۳۱۰۰۰۰ ۳۵۴۵۰۰۰
			۳۱۵۰۰۰، ۳۵۴۵۰۰۰
			۳۱۵۰۰۰؛۳۵۴۹۰۰۰
			۳۱۰۰۰۰ ۳۵۴۹۰۰۰""";

	static final String ACTIVITY = "POLYGON((310000 3545000, 315000 3545000, 315000 3549000, 310000 3549000, 310000 3545000))";

	@Test
	void article24_theReviewerRefusesAPartByTypingItsCorners() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.press(
				By.cssSelector("#inquiries tr[data-receipt='" + application.get("receipt").longValue() + "']"),
				Keys.ENTER);
		this.browser.waitFor(By.id("answer"));
		this.browser.press(By.cssSelector("input[name=decision][value=PARTIAL_OBJECTION]"), Keys.SPACE);
		this.browser.press(By.cssSelector("#refused-corners-box summary"), Keys.ENTER);
		choose(By.id("refused-notation"), "DMS");

		// Two corners are not an area: the service's refusal, as the applicant's page
		// shows it, is said at once.
		this.browser.type(By.id("refused-corners"), "54°18'00\"E 32°18'00\"N\n54°18'36\"E 32°18'00\"N");
		this.browser.press(By.id("refused-show-corners"), Keys.ENTER);
		WebElement refused = this.browser.waitFor(By.cssSelector("#answer-message.error"));
		assertThat(refused.getDomAttribute("role")).isEqualTo("alert");
		assertThat(refused.getText()).contains("A boundary needs at least 3 distinct vertices.");

		this.browser.type(By.id("refused-corners"), WEST_HALF_DMS);
		this.browser.press(By.id("refused-show-corners"), Keys.ENTER);
		this.browser.waitUntil("the typed part shown",
				() -> this.browser.find(By.id("refused-summary")).getText().startsWith("Refused part drawn"));
		assertThat(this.browser.find(By.id("refused-summary")).getDomAttribute("role"))
			.as("said when the reader is free")
			.isEqualTo("status");
		assertThat(this.browser.find(By.id("answer-message")).isDisplayed()).as("the refusal cleared").isFalse();
		assertThat(focusedId()).as("the focus stays where the user is").isEqualTo("refused-show-corners");
		this.browser.type(By.id("reason"), "Breeding grounds of the Persian gazelle");
		this.browser.press(By.id("send-answer"), Keys.ENTER);
		assertThat(this.browser.waitFor(By.cssSelector("#answer-message.success")).getText()).contains("recorded");

		assertThat(this.db.sql("""
				SELECT ST_Area(ST_SymDifference(refused_geom, ST_GeomFromText(:typed, 4326))::geography)
				FROM inquiry WHERE application_id = CAST(:id AS uuid)
				""")
			.param("typed", WEST_HALF)
			.param("id", application.get("id").stringValue())
			.query(Double.class)
			.single()).as("m² between the stored refused part and the typed one").isLessThan(1.0);
	}

	@Test
	void article19_theOfficerReportsActivityByTypingTheCornersOfItsArea() {
		new Fixtures(this.db).noFeatures().users();
		this.db.sql("DELETE FROM activity_report").update();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.press(By.cssSelector("#activity-corners-box summary"), Keys.ENTER);
		choose(By.id("activity-notation"), "32640");
		this.browser.type(By.id("activity-corners"), ACTIVITY_UTM);
		this.browser.press(By.id("activity-show-corners"), Keys.ENTER);
		this.browser.waitUntil("the typed area shown",
				() -> !this.browser.find(By.id("activity-drawn")).getText().isEmpty());
		this.browser.type(By.id("activity-description"), "Trucks loading ore at an open pit");
		this.browser.press(By.id("activity-send"), Keys.ENTER);
		this.browser.waitFor(By.cssSelector("#activity-result.flagged"));

		// Sent in degrees to 7 decimals, as a drawn area is: within a centimetre.
		assertThat(this.db.sql("""
				SELECT ST_HausdorffDistance(ST_Transform(geom, 32640), ST_GeomFromText(:typed, 32640))
				FROM activity_report
				""").param("typed", ACTIVITY).query(Double.class).single())
			.as("metres between the stored area and the typed one")
			.isLessThan(0.01);
	}

	@Test
	void article24_theOfficerPausesTheWindowsOfARegionTypedCornerByCorner() {
		Api api = new Api(this.port);
		String inside = applicationAskingTheDoe().get("id").stringValue();
		signIn(Fixtures.OFFICER, "/officer.html");
		choose(By.id("decree-action"), "PAUSE");
		choose(By.id("decree-scope"), "region");
		this.browser.press(By.cssSelector("#decree-corners-box summary"), Keys.ENTER);
		choose(By.id("decree-notation"), "DMS");
		this.browser.type(By.id("decree-corners"), AROUND_DMS);
		this.browser.press(By.id("decree-show-corners"), Keys.ENTER);
		this.browser.waitUntil("the typed region shown",
				() -> !this.browser.find(By.id("decree-drawn")).getText().isEmpty());
		this.browser.type(By.id("decree-reason"), "Floods in the region; the agency cannot visit");
		this.browser.type(By.id("decree-reference"), "B-1404/92");
		this.browser.press(By.id("decree-issue"), Keys.ENTER);
		this.browser.waitUntil("the decree issued",
				() -> this.browser.find(By.id("decree-message")).getText().endsWith("1 open windows changed."));

		assertThat(this.db.sql("""
				SELECT ST_Area(ST_SymDifference(region, ST_GeomFromText(:typed, 4326))::geography)
				FROM decree WHERE reference = 'B-1404/92'
				""").param("typed", AROUND).query(Double.class).single())
			.as("m² between the stored region and the typed one")
			.isLessThan(1.0);
		String inquiry = api.get("/api/v1/applications/" + inside, Fixtures.OFFICER)
			.json()
			.get("inquiries")
			.get(0)
			.get("id")
			.stringValue();
		assertThat(api.get("/api/v1/inquiries/" + inquiry, Fixtures.OFFICER).json().get("paused").booleanValue())
			.isTrue();
	}

	/** Chooses an option of a select with the arrow keys, as a keyboard user does. */
	private void choose(By select, String value) {
		this.browser.press(select, Keys.HOME);
		for (int i = 0; i < 30 && !value.equals(this.browser.find(select).getDomProperty("value")); i++) {
			this.browser.find(select).sendKeys(Keys.ARROW_DOWN);
		}
		assertThat(this.browser.find(select).getDomProperty("value")).isEqualTo(value);
	}

	private String focusedId() {
		return (String) this.browser.script("return document.activeElement.id");
	}

}
