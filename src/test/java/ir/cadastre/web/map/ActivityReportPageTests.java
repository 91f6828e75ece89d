package ir.cadastre.web.map;

import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The agency reviewer reports mining activity from its page (Mining Law Art. 19, 26, 34):
 * draws the area with real clicks, says what was seen, and reads the finding at once,
 * with the part outside every licence on the map; the agency's reports are listed below.
 *
 * <p>
 * The fixtures lie in the desert east of Yazd: licence LIC-1, a 0.1° square (54.0–54.1 E,
 * 32.0–32.1 N). The test clock's today is 2026-01-15 in Tehran.
 */
@CadastreTest
class ActivityReportPageTests extends BrowserTest {

	private static final String LICENCE = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	/** What the map shows while drawing: the licence and room east of it. */
	private static final double[] VIEW = { 53.96, 31.97, 54.24, 32.13 };

	/** 54.05–54.15 E, 32.02–32.06 N: half on the licence, half east of it. */
	private static final double[][] ACROSS = { { 54.05, 32.02 }, { 54.15, 32.02 }, { 54.15, 32.06 }, { 54.05, 32.06 } };

	/** Well inside the licence. */
	private static final String INSIDE = "POLYGON((54.02 32.02, 54.04 32.02, 54.04 32.04, 54.02 32.04, 54.02 32.02))";

	Api api;

	Fixtures fixtures;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		this.fixtures = new Fixtures(this.db).noFeatures().users();
		this.db.sql("DELETE FROM activity_report").update();
		// Loaded into the licences layer before any day reported here: the old cadastre's
		// licence, outside the register, is known from its load on.
		this.fixtures.loadedAt(this.fixtures.feature("licences", "LIC-1", LICENCE), "2025-12-01T06:00:00Z");
	}

	@Test
	void article19_theReviewerReportsActivityPartlyOutsideALicenceAndSeesItFlagged() {
		// An earlier report of the agency's, inside the licence.
		long earlier = this.api
			.postJson("/api/v1/activity-reports", Fixtures.DOE_REVIEWER,
					"{\"geometry\": " + this.fixtures.geoJson(INSIDE) + ", \"description\": \"Survey pits\"}")
			.json()
			.get("number")
			.longValue();

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.waitFor(By.cssSelector("#activity-reports tr[data-number='" + earlier + "']"));
		this.browser.click(By.id("activity-draw"));
		this.browser.fit(VIEW);
		this.browser.drawPolygon(ACROSS);
		this.browser.waitUntil("the area is drawn",
				() -> !this.browser.find(By.id("activity-drawn")).getText().isEmpty());
		this.browser.type(By.id("activity-description"), "Trucks loading ore at an open pit");
		this.browser.script("document.getElementById('activity-observed').value = '2026-01-10'");
		this.browser.screenshot("activity-01-reviewer-draws-the-area");
		this.browser.click(By.id("activity-send"));

		WebElement result = this.browser.waitFor(By.cssSelector("#activity-result.flagged"));
		assertThat(result.findElement(By.tagName("h3")).getText()).startsWith("Activity report No. ")
			.endsWith(" recorded");
		assertThat(result.findElement(By.className("flag-badge")).getText())
			.isEqualTo("Outside every licence — Art. 19");
		assertThat(result.findElement(By.className("finding")).getText()).contains("outside every licence")
			.contains("(Art. 19)")
			.contains("LIC-1");
		assertThat(result.findElement(By.id("activity-covering")).getText()).contains("LIC-1");
		assertThat(result.getText()).contains("Trucks loading ore at an open pit").contains("January 2026");

		Map<String, Object> stored = this.db
			.sql("SELECT number, reported_by, observed_on::text AS observed_on, flagged, outside_area_m2, area_m2"
					+ " FROM activity_report WHERE number > :earlier")
			.param("earlier", earlier)
			.query()
			.singleRow();
		assertThat(stored.get("reported_by")).isEqualTo(Fixtures.DOE_REVIEWER);
		assertThat(stored.get("observed_on")).isEqualTo("2026-01-10");
		assertThat(stored.get("flagged")).isEqualTo(true);
		// The clicks land within a pixel: about half the area lies east of the licence.
		double share = ((Number) stored.get("outside_area_m2")).doubleValue()
				/ ((Number) stored.get("area_m2")).doubleValue();
		assertThat(share).isCloseTo(0.5, within(0.02));
		long number = ((Number) stored.get("number")).longValue();
		assertThat(result.getAttribute("data-number")).isEqualTo(Long.toString(number));

		// The outside part is on the map in its own style; the licensed part is not in
		// it.
		this.browser.waitUntil("the outside part is drawn", () -> layersAt(54.13, 32.04).contains("activity-outside"));
		assertThat(layersAt(54.07, 32.04)).contains("activity-report").doesNotContain("activity-outside");

		// The list: newest first, the new report flagged.
		WebElement first = this.browser
			.waitFor(By.cssSelector("#activity-reports tbody tr[data-number='" + number + "']"));
		assertThat(this.browser.find(By.cssSelector("#activity-reports tbody tr")).getAttribute("data-number"))
			.isEqualTo(Long.toString(number));
		assertThat(first.getAttribute("class")).contains("flagged");
		assertThat(first.findElement(By.className("flag-badge")).getText()).isEqualTo("Outside · Art. 19");
		assertThat(first.getText()).contains(Fixtures.DOE_REVIEWER);
		this.browser.screenshot("activity-02-flagged-finding");
		this.browser.script("arguments[0].scrollIntoView()", first);
		this.browser.screenshot("activity-03-the-agencys-reports");

		// The earlier report, clicked, is shown on the map and is not flagged.
		this.browser.click(By.cssSelector("#activity-reports tr[data-number='" + earlier + "']"));
		WebElement shown = this.browser
			.waitFor(By.cssSelector("#activity-result[data-number='" + earlier + "']:not(.flagged)"));
		assertThat(shown.getText()).contains("Within the licences — Art. 26").contains("Survey pits");
		this.browser.waitUntil("the earlier report is drawn", () -> layersAt(54.03, 32.03).contains("activity-report"));
		assertThat(layersAt(54.13, 32.04)).doesNotContain("activity-outside");

		// In Persian, right to left.
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		assertThat(this.browser.script("return document.documentElement.dir")).isEqualTo("rtl");
		assertThat(this.browser.find(By.cssSelector("#activity-section h2")).getText()).isEqualTo("گزارش فعالیت معدنی");
		assertThat(this.browser.find(By.cssSelector("#activity-reports tr[data-number='" + number + "'] .flag-badge"))
			.getText()).isEqualTo("بیرون · ماده ۱۹");
		assertThat(this.browser.find(By.cssSelector("#activity-result .flag-badge")).getText())
			.isEqualTo("درون پروانه‌ها — ماده ۲۶");
		assertThat(this.browser.find(By.cssSelector("#activity-result .finding")).getText())
			.isEqualTo("در محدوده عملیاتی LIC-1 (ماده ۲۶).");
		this.browser.screenshot("activity-04-persian");
	}

	@Test
	void article19_aReportOfADayBeforeAnOldLicenceWasLoadedSaysItsStandingThenIsNotKnown() {
		this.db.sql("UPDATE layer_version SET created_at = TIMESTAMPTZ '2026-01-12 06:00Z' WHERE layer_id = 'licences'")
			.update();
		long number = this.api
			.postJson("/api/v1/activity-reports", Fixtures.DOE_REVIEWER,
					"{\"geometry\": " + this.fixtures.geoJson(INSIDE)
							+ ", \"observedOn\": \"2026-01-10\", \"description\": \"Survey pits\"}")
			.json()
			.get("number")
			.longValue();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.click(By.cssSelector("#activity-reports tr[data-number='" + number + "']"));
		WebElement shown = this.browser.waitFor(By.cssSelector("#activity-result[data-number='" + number + "']"));
		assertThat(shown.findElement(By.className("flag-badge")).getText())
			.isEqualTo("Licences on that day not recorded");
		assertThat(shown.findElement(By.className("finding")).getText())
			.contains("Judged against the licences in force on 20 Dey 1404 AP · 10 January 2026, the day it was seen.")
			.contains("lies in LIC-1 of the old cadastre, loaded into the licences layer after that day")
			.doesNotContain("Within the operational area");
		this.browser.screenshot("activity-06-standing-not-recorded");
	}

	@Test
	void aReportWithoutADescriptionShowsTheProblemAndStoresNothing() {
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.click(By.id("activity-draw"));
		this.browser.fit(VIEW);
		this.browser.drawPolygon(ACROSS);
		this.browser.waitUntil("the area is drawn",
				() -> !this.browser.find(By.id("activity-drawn")).getText().isEmpty());
		this.browser.click(By.id("activity-send"));

		WebElement problem = this.browser.waitFor(By.cssSelector("#activity-message.error"));
		assertThat(problem.findElement(By.className("problem-title")).getText()).isEqualTo("Invalid activity report");
		assertThat(problem.getText()).as("the field as the page names it").contains("What was seen: ");
		assertThat(this.browser.find(By.id("activity-result")).isDisplayed()).isFalse();
		assertThat(this.fixtures.count("activity_report")).isZero();
		assertThat(this.browser.find(By.cssSelector("#activity-reports tbody tr.empty")).getText())
			.isEqualTo("No reports yet.");
		this.browser.screenshot("activity-05-no-description");
	}

	@Test
	void article34_theOfficerSeesEveryAgencysReports() {
		long reviewers = this.api
			.postJson("/api/v1/activity-reports", Fixtures.FRWO_REVIEWER,
					"{\"geometry\": " + this.fixtures.geoJson(INSIDE) + ", \"description\": \"Trucks at night\"}")
			.json()
			.get("number")
			.longValue();
		signIn(Fixtures.OFFICER, "/officer.html");
		assertThat(
				this.browser.waitFor(By.cssSelector("#activity-reports tr[data-number='" + reviewers + "']")).getText())
			.contains(Fixtures.FRWO_REVIEWER);
	}

}
