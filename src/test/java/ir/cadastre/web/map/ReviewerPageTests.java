package ir.cadastre.web.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The applicant withdraws its application from its page; the reviewer's page shows the
 * inquiry the withdrawal closed under its own tab, with no answer asked for. A reviewer
 * refuses its agency's land in an application with one click, which the applicant then
 * reads beside the application, and imports its agency's own layers (Art. 24: its legal
 * boundaries) from its page.
 */
@CadastreTest
class ReviewerPageTests extends BrowserTest {

	@Test
	void article24_theInquiryOfAWithdrawnApplicationIsClosedAndAsksForNoAnswer() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String mine = "#mine [data-receipt='" + application.get("receipt").longValue() + "']";
		this.browser.click(By.cssSelector(mine + " .withdraw"));
		assertThat(this.browser.find(By.cssSelector(mine + " .withdraw-confirm")).getText())
			.contains("This cannot be undone.");
		this.browser.click(By.cssSelector(mine + " .withdraw-no"));
		assertThat(this.browser.findAll(By.cssSelector(mine + " .withdraw-confirm"))).as("kept").isEmpty();
		this.browser.click(By.cssSelector(mine + " .withdraw"));
		this.browser.screenshot("applicant-withdraw-confirm");
		this.browser.click(By.cssSelector(mine + " .withdraw-yes"));
		this.browser.waitUntil("the application withdrawn",
				() -> this.browser.find(By.id("mine-message")).getText().endsWith("is withdrawn; its area is free."));
		assertThat(this.browser.find(By.cssSelector(mine + " .status")).getText()).isEqualTo("Withdrawn");
		assertThat(this.browser.findAll(By.cssSelector(mine + " .withdraw"))).as("nothing left to withdraw").isEmpty();
		long withdrawn = this.db.sql("SELECT count(*) FROM inquiry WHERE agency_id = 'doe' AND status = 'WITHDRAWN'")
			.query(Long.class)
			.single();

		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		assertThat(this.browser.waitFor(By.cssSelector("#tabs [data-tab=withdrawn]")).getText())
			.isEqualTo("Withdrawn (%d)".formatted(withdrawn));
		this.browser.click(By.cssSelector("#tabs [data-tab=withdrawn]"));
		String row = "#inquiries tr[data-receipt='" + application.get("receipt").longValue() + "']";
		this.browser.click(By.cssSelector(row));
		assertThat(this.browser.waitFor(By.cssSelector("#response-view .message")).getText()).isEqualTo(
				"The applicant withdrew the application, or the ministry rejected it, while the window was open: the inquiry is closed and needs no answer.");
		assertThat(this.browser.find(By.id("answer")).isDisplayed()).isFalse();
		this.browser.screenshot("reviewer-withdrawn-inquiry");
	}

	@Test
	void article24_onItsLastDayAWindowReadsAsClosingTodayNotAsNoDaysLeft() {
		long receipt = applicationAskingTheDoe().get("receipt").longValue();
		// Its last day is today, 1404-10-25 by the test clock: the window is open until
		// midnight, as the notice that it closes today says.
		this.db.sql("""
				UPDATE inquiry SET last_day = DATE '2026-01-15', last_day_solar_hijri = '1404-10-25',
				       deadline = TIMESTAMPTZ '2026-01-15 20:30Z'
				WHERE agency_id = 'doe'
				""").update();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		String row = "#inquiries tr[data-receipt='" + receipt + "']";
		assertThat(this.browser.waitFor(By.cssSelector(row + " .days-left")).getText())
			.isEqualTo("today is the last day");
		this.browser.click(By.cssSelector(row));
		this.browser.waitFor(By.cssSelector("#answer"));
		assertThat(this.browser.find(By.id("inquiry-facts")).getText()).contains("today is the last day")
			.doesNotContain("0 days left");
	}

	@Test
	void article24_aPausedWindowReadsAsPausedWithItsTimeLeftNotAsAPassedDeadline() {
		JsonNode application = applicationAskingTheDoe();
		long receipt = application.get("receipt").longValue();
		// Paused at noon on 1404-07-01 (Tehran) with 19 days 12 h left: its
		// deadline, the end of 1404-07-20, has passed by the test clock (1404-10-25).
		this.db.sql("""
				UPDATE inquiry SET paused_at = TIMESTAMPTZ '2025-09-23 08:30Z', last_day = DATE '2025-10-12',
				       last_day_solar_hijri = '1404-07-20', deadline = TIMESTAMPTZ '2025-10-12 20:30Z'
				WHERE agency_id = 'doe'
				""").update();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		String row = "#inquiries tr[data-receipt='" + receipt + "']";
		assertThat(this.browser.waitFor(By.cssSelector(row)).getText()).contains("paused, 19 days 12 h 0 min left")
			.doesNotContain("Mehr");
		this.browser.click(By.cssSelector(row));
		this.browser.waitFor(By.cssSelector("#answer"));
		assertThat(this.browser.find(By.id("inquiry-facts")).getText())
			.contains(
					"paused by a decree on 1 Mehr 1404 AP · 23 September 2025: 19 days 12 h 0 min left once it resumes")
			.doesNotContain("20 Mehr");
		this.browser.screenshot("reviewer-paused-inquiry");

		signIn(Fixtures.APPLICANT, "/applicant.html");
		String mine = "#mine [data-receipt='" + receipt + "']";
		assertThat(this.browser.waitFor(By.cssSelector(mine + " li.inquiry")).getText())
			.contains(
					"paused by a decree on 1 Mehr 1404 AP · 23 September 2025: 19 days 12 h 0 min left once it resumes")
			.doesNotContain("answer due by");
	}

	@Test
	void theReviewerTakesItsOpenInquiriesAwayAsASpreadsheet() {
		long receipt = applicationAskingTheDoe().get("receipt").longValue();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser.waitFor(By.cssSelector("#inquiries tr[data-receipt='" + receipt + "']"));
		this.browser.keepDownloads();
		this.browser.click(By.id("export-inbox"));
		Browser.Download sheet = this.browser.downloads(1).get(0);
		assertThat(sheet.name()).isEqualTo("inquiries.csv");
		String[] lines = sheet.text().split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("application_receipt,applicant,mineral,agency,status,");
		assertThat(lines[1]).startsWith(receipt + "," + Fixtures.APPLICANT + ",copper,doe,OPEN,");
	}

	@Test
	void article24_theReviewerRefusesItsAgencysLandInTheAreaWithOneClick() {
		JsonNode application = applicationAskingTheDoe();
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		this.browser
			.click(By.cssSelector("#inquiries tr[data-receipt='" + application.get("receipt").longValue() + "']"));
		this.browser.waitFor(By.cssSelector("#answer"));
		this.browser.click(By.cssSelector("input[name=decision][value=PARTIAL_OBJECTION]"));
		this.browser.click(By.id("refuse-land"));
		assertThat(this.browser.find(By.id("refused-summary")).getText())
			.startsWith("Refused: your agency's land in the area");
		this.browser.type(By.id("reason"), "Breeding grounds of the Persian gazelle");
		this.browser.screenshot("reviewer-refuses-its-land");
		this.browser.click(By.id("send-answer"));
		assertThat(this.browser.waitFor(By.cssSelector("#answer-message.success")).getText()).contains("recorded");
		double expected = this.db.sql("""
				SELECT ST_Area(ST_Difference(a.geom, f.geom)::geography) FROM application a, feature f
				WHERE a.id = CAST(:id AS uuid) AND f.layer_id = 'protected_areas'
				""").param("id", application.get("id").stringValue()).query(Double.class).single();
		JsonNode answered = new Api(this.port)
			.get("/api/v1/applications/" + application.get("id").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(answered.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(answered.get("grantableArea_m2").doubleValue()).as("the east half, to the park's exact boundary")
			.isCloseTo(expected, within(expected * 1e-6));

		// The applicant reads the answer, its reason and what is left, beside the
		// application.
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String mine = "#mine [data-receipt='" + application.get("receipt").longValue() + "']";
		assertThat(this.browser.find(By.cssSelector(mine + " li.inquiry")).getText())
			.startsWith("Inquiry to Department of Environment — Partially objected")
			.contains("refused 2.09 km²")
			.endsWith("Breeding grounds of the Persian gazelle");
		assertThat(this.browser.find(By.cssSelector(mine + " .grantable")).getText())
			.isEqualTo("Grantable: 2.09 km² of 4.18 km², without the parts agencies refused (green on the map).");
		this.browser.click(By.cssSelector(mine));
		this.browser.waitUntil("the grantable half drawn", () -> layersAt(54.315, 32.31).contains("grantable"));
		assertThat(layersAt(54.305, 32.31)).as("the refused half").doesNotContain("grantable");
		this.browser.screenshot("applicant-reads-the-partial-objection");
	}

	@Test
	void article24_theAgencyImportsItsLegalBoundariesFromItsPage(@TempDir Path dir) throws IOException {
		new Fixtures(this.db).noFeatures().users();
		Path file = dir.resolve("protected.geojson");
		Files.writeString(file, """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "PA-9", "name": "Kavir test reserve"}, "geometry":
				  {"type": "Polygon", "coordinates": [[[53.0,34.4],[53.1,34.4],[53.1,34.5],[53.0,34.5],[53.0,34.4]]]}}]}
				""");
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		assertThat(new Select(this.browser.find(By.id("import-layer"))).getOptions()).as("only the DoE's own layers")
			.extracting((option) -> option.getDomAttribute("value"))
			.containsExactly("protected_areas");
		this.browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click(By.id("import-button"));
		WebElement report = this.browser.waitFor(By.id("report"));
		assertThat(report.findElement(By.cssSelector("[data-count=imported]")).getText()).isEqualTo("1");
		assertThat(
				this.db.sql("SELECT count(*) FROM feature WHERE layer_id = 'protected_areas' AND external_id = 'PA-9'")
					.query(Long.class)
					.single())
			.isEqualTo(1);
		this.browser.screenshot("reviewer-import");

		// Another day, the agency reads that import's report again, under the form.
		this.browser.open("/reviewer.html");
		this.browser.waitForPage();
		assertThat(this.browser.waitFor(By.cssSelector("#import-history li")).getText()).contains("protected.geojson");
		this.browser.click(By.cssSelector("#import-history li button.report"));
		assertThat(this.browser.waitFor(By.id("report")).getText()).contains("protected.geojson").contains("1");
	}

}
