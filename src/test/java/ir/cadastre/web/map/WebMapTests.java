package ir.cadastre.web.map;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web map end to end, in the system's headless Chromium, one browser for the class.
 * Areas are drawn with real clicks on the map. Screenshots of each step go to
 * {@code target/screenshots/}.
 *
 * <p>
 * The fixtures lie in the desert east of Yazd: a 0.1° square protected area (54.0–54.1 E,
 * 32.0–32.1 N) of the Department of Environment.
 */
@CadastreTest
class WebMapTests extends BrowserTest {

	private static final String PROTECTED = "POLYGON((54 32, 54.1 32, 54.1 32.1, 54 32.1, 54 32))";

	/** What the map shows while drawing: the protected area and room east of it. */
	private static final double[] VIEW = { 53.96, 31.97, 54.24, 32.13 };

	/**
	 * The first application: 54.06–54.16 E, 32.02–32.08 N, 40% inside the protected area.
	 */
	private static final double[][] FIRST = { { 54.06, 32.02 }, { 54.16, 32.02 }, { 54.16, 32.08 }, { 54.06, 32.08 } };

	/** The second: 54.12–54.20 E, 32.04–32.10 N, over the first one's eastern part. */
	private static final double[][] SECOND = { { 54.12, 32.04 }, { 54.2, 32.04 }, { 54.2, 32.1 }, { 54.12, 32.1 } };

	/** The part the Department of Environment refuses, inside the first application. */
	private static final double[][] REFUSED = { { 54.07, 32.03 }, { 54.09, 32.03 }, { 54.09, 32.07 },
			{ 54.07, 32.07 } };

	private static final List<String> SOLAR_MONTHS = List.of("Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad",
			"Shahrivar", "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand");

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
		new Fixtures(this.db).noFeatures().users();
	}

	@Test
	@DisplayName("Art. 24: applicant draws and submits, a rival must trim, DoE objects in part, the officer grants")
	void fromDrawingToLicence() {
		new Fixtures(this.db).feature("protected_areas", "Test wildlife refuge", PROTECTED);

		// 1. The applicant draws an area across the protected area and sees the overlap
		// and the deadline the inquiry would get.
		signIn(Fixtures.APPLICANT, "/applicant.html");
		this.browser.screenshot("01-applicant-signed-in");
		this.browser.fit(VIEW);
		this.browser.drawPolygon(FIRST);
		WebElement overlap = this.browser
			.waitFor(By.cssSelector("#overlaps tbody[data-layer='protected_areas'][data-consequence='INQUIRY']"));
		String meaning = overlap.findElement(By.className("meaning")).getText();
		assertThat(meaning).contains("Department of Environment").contains(expectedDeadline());
		// the test clock's window closes at the end of 1405-02-25, which is 15 May 2026
		assertThat(meaning).contains("25 Ordibehesht 1405 · 15 May 2026");
		assertThat(overlap.getText()).contains("Test wildlife refuge").contains("40");
		new Select(this.browser.find(By.id("mineral"))).selectByValue("copper");
		this.browser.screenshot("02-applicant-sees-overlap-and-deadline");

		// 2. Submits and sees the receipt.
		this.browser.click(By.id("submit"));
		WebElement receipt = this.browser.waitFor(By.id("receipt"));
		JsonNode first = this.api.get("/api/v1/applications?mine=true", Fixtures.APPLICANT).json().get(0);
		assertThat(receipt.findElement(By.className("receipt-number")).getText())
			.isEqualTo("Receipt No. " + first.get("receipt").asLong());
		assertThat(receipt.getText()).contains("Under consultation").contains("Department of Environment");
		this.browser
			.waitFor(By.cssSelector("#mine .application[data-receipt='" + first.get("receipt").asLong() + "']"));
		this.browser.screenshot("03-applicant-receipt");

		// 3. A second applicant's drawing over the first shows the conflict; submitting
		// is possible only for the free part.
		signIn(Fixtures.APPLICANT2, "/applicant.html");
		this.browser.fit(VIEW);
		this.browser.drawPolygon(SECOND);
		this.browser.waitFor(By.cssSelector("#overlaps tbody[data-layer='applications'][data-consequence='BLOCKS']"));
		new Select(this.browser.find(By.id("mineral"))).selectByValue("iron_ore");
		assertThat(this.browser.find(By.id("submit")).isEnabled()).isFalse();
		assertThat(this.browser.find(By.id("trim-offer")).isDisplayed()).isTrue();
		this.browser.screenshot("04-rival-sees-conflict");
		this.browser.click(By.id("submit-trimmed"));
		WebElement trimmed = this.browser.waitFor(By.id("receipt"));
		assertThat(trimmed.getText()).contains("trimmed");
		JsonNode second = this.api.get("/api/v1/applications?mine=true", Fixtures.APPLICANT2).json().get(0);
		assertThat(second.get("trimmed").asBoolean()).isTrue();
		this.browser.screenshot("05-rival-applies-for-free-part");

		// 4. The Department of Environment's reviewer opens the inquiry, draws the part
		// it refuses and answers.
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		String row = "#inquiries tr[data-receipt='" + first.get("receipt").asLong() + "']";
		assertThat(this.browser.waitFor(By.cssSelector(row)).getText()).contains(expectedDeadline());
		this.browser.click(By.cssSelector(row));
		this.browser.waitFor(By.cssSelector("#answer"));
		this.browser.click(By.cssSelector("input[name=decision][value=PARTIAL_OBJECTION]"));
		this.browser.click(By.id("draw-refused"));
		this.browser.fit(VIEW);
		this.browser.drawPolygon(REFUSED);
		this.browser.waitUntil("the refused part is drawn",
				() -> !this.browser.find(By.id("refused-summary")).getText().isEmpty());
		this.browser.type(By.id("reason"), "Breeding grounds of the Persian gazelle");
		this.browser.screenshot("06-reviewer-draws-refused-part");
		this.browser.click(By.id("send-answer"));
		assertThat(this.browser.waitFor(By.cssSelector("#answer-message.success")).getText()).contains("recorded");
		assertThat(this.browser.find(By.id("inquiry-facts")).getText()).contains("Partially objected");
		this.browser.screenshot("07-reviewer-answered");
		JsonNode answered = this.api.get("/api/v1/applications/" + first.get("id").stringValue(), Fixtures.OFFICER)
			.json();
		double refusedArea = first.get("area_m2").doubleValue() - answered.get("grantableArea_m2").doubleValue();
		// 0.02° × 0.04° at 32° N: about 1.89 km × 4.44 km; the clicks land within a
		// pixel.
		assertThat(refusedArea).isBetween(8.0e6, 8.8e6);

		// 5. The officer sees the application ready with its grantable area, and grants.
		signIn(Fixtures.OFFICER, "/officer.html");
		String ready = "#applications tr[data-receipt='" + first.get("receipt").asLong() + "']";
		this.browser.click(By.cssSelector(ready));
		this.browser.waitFor(By.id("decide"));
		assertThat(this.browser.find(By.id("application-facts")).getText()).contains("Ready for decision");
		assertThat(this.browser.find(By.id("application-inquiries")).getText()).as("the agency's grounds")
			.contains("Partially objected")
			.contains("Breeding grounds of the Persian gazelle");
		this.browser.screenshot("08-officer-ready-for-decision");
		this.browser.click(By.id("grant"));
		String issued = this.browser.waitFor(By.cssSelector("#decision-message.success")).getText();
		JsonNode licence = this.api.get("/api/v1/licences?bbox=53.9,31.9,54.3,32.2", Fixtures.OFFICER).json().get(0);
		assertThat(issued).contains("Licence No. " + licence.get("number").asLong());
		this.browser.waitFor(By.cssSelector("#licences tr[data-number='" + licence.get("number").asLong() + "']"));
		this.browser.screenshot("09-officer-granted");

		// 6. The licence appears on the first applicant's map and in "My applications".
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String mine = "#mine .application[data-receipt='" + first.get("receipt").asLong() + "']";
		assertThat(this.browser.waitFor(By.cssSelector(mine)).getText()).contains("Granted")
			.contains("Licence No. " + licence.get("number").asLong());
		this.browser.fit(VIEW);
		this.browser.waitUntil("the licence is drawn on the map",
				() -> layersAt(54.14, 32.05).contains("my-licences") && layersAt(54.14, 32.05).contains("licences"));
		assertThat(layersAt(54.08, 32.05)).doesNotContain("my-licences");
		this.browser.screenshot("10-applicant-sees-licence");
	}

	@Test
	@DisplayName("Persian: right-to-left layout, Persian labels and digits")
	void persianLayout() {
		this.browser.fresh();
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		assertThat(this.browser.script("return document.documentElement.dir")).isEqualTo("rtl");
		assertThat(this.browser.find(By.id("signin-button")).getText()).isEqualTo("ورود");
		this.browser.type(By.id("username"), Fixtures.APPLICANT);
		this.browser.type(By.id("password"), Api.PASSWORD);
		this.browser.click(By.id("signin-button"));
		this.browser.waitUntil("the applicant page", () -> this.browser.currentPath().startsWith("/applicant.html"));
		this.browser.waitForPage();
		assertThat(this.browser.script("return document.documentElement.lang")).isEqualTo("fa");
		assertThat(this.browser.script("return document.documentElement.dir")).isEqualTo("rtl");
		assertThat(this.browser.find(By.cssSelector("#mine-section h2")).getText()).isEqualTo("درخواست‌های من");
		assertThat(this.browser.find(By.id("legend")).getText()).contains("مناطق چهارگانه محیط زیست");
		// Right to left: the side panel stands at the left of the map.
		WebElement panel = this.browser.find(By.className("panel"));
		WebElement map = this.browser.find(By.id("map"));
		assertThat(panel.getRect().getX()).isLessThan(map.getRect().getX());
		this.browser.fit(VIEW);
		new Fixtures(this.db).feature("protected_areas", "Test wildlife refuge", PROTECTED);
		this.browser.drawPolygon(FIRST);
		WebElement overlap = this.browser.waitFor(By.cssSelector("#overlaps tbody[data-layer='protected_areas']"));
		assertThat(overlap.getText()).contains("سازمان حفاظت محیط زیست").contains("۴۰");
		this.browser.screenshot("11-persian-applicant");

		// A refusal is read in Persian too, with Persian digits: title, detail and
		// reason.
		this.browser.click(By.cssSelector("#vertices-box summary"));
		new Select(this.browser.find(By.id("notation"))).selectByValue("32640");
		this.browser.type(By.id("vertices"), "402000 3543000\n406000 3543000");
		this.browser.click(By.id("show-vertices"));
		WebElement problem = this.browser.waitFor(By.cssSelector("#area-message.error"));
		assertThat(problem.findElement(By.className("problem-title")).getText()).isEqualTo("ساختار هندسه نادرست است");
		assertThat(problem.findElement(By.className("problem-detail")).getText())
			.isEqualTo("مرز محدوده باید دست‌کم ۳ گوشهٔ متمایز داشته باشد.");
	}

	@Test
	void typedCornersAndUploadedFilesAreShownAndChecked(@TempDir Path dir) throws IOException {
		new Fixtures(this.db).feature("protected_areas", "Test wildlife refuge", PROTECTED);
		signIn(Fixtures.APPLICANT, "/applicant.html");
		this.browser.click(By.cssSelector("#vertices-box summary"));
		new Select(this.browser.find(By.id("notation"))).selectByValue("DMS");
		this.browser.type(By.id("vertices"), """
				54°01'12"E 32°01'12"N
				54°04'48"E 32°01'12"N
				54°04'48"E 32°03'36"N
				54°01'12"E 32°03'36"N""");
		this.browser.click(By.id("show-vertices"));
		WebElement typed = this.browser.waitFor(By.cssSelector("#overlaps tbody[data-layer='protected_areas']"));
		assertThat(typed.getText()).contains("100");
		assertThat(this.browser.find(By.id("area-summary")).getText()).contains("25.");
		this.browser.screenshot("13-applicant-typed-dms-corners");

		// A KML boundary outside the protected area: no overlap.
		Path kml = dir.resolve("boundary.kml");
		Files.writeString(kml, """
				<?xml version="1.0" encoding="UTF-8"?>
				<kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><Polygon><outerBoundaryIs><LinearRing>
				<coordinates>54.2,32.0 54.25,32.0 54.25,32.05 54.2,32.05 54.2,32.0</coordinates>
				</LinearRing></outerBoundaryIs></Polygon></Placemark></kml>
				""");
		this.browser.click(By.cssSelector("#upload-box summary"));
		this.browser.find(By.id("area-file")).sendKeys(kml.toAbsolutePath().toString());
		this.browser.click(By.id("upload"));
		this.browser.waitFor(By.cssSelector("#overlaps tbody.empty"));
		assertThat(this.browser.find(By.id("check-status")).getText())
			.isEqualTo("No overlap: the area is free of every layer.");

		// A corner list that is not a polygon: the service's reason, readably.
		new Select(this.browser.find(By.id("notation"))).selectByValue("32640");
		this.browser.type(By.id("vertices"), "402000 3543000\n406000 3543000");
		this.browser.click(By.id("show-vertices"));
		WebElement problem = this.browser.waitFor(By.cssSelector("#area-message.error"));
		assertThat(problem.findElement(By.className("problem-title")).getText()).isNotBlank();
		assertThat(problem.findElement(By.className("problem-detail")).getText()).isNotBlank();
		this.browser.screenshot("14-applicant-problem-shown");
	}

	@Test
	void gisStaffImportAFileAndReadTheReport(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("forests.geojson");
		Files.writeString(file, """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "F-1", "name": "Hyrcanian test stand"}, "geometry":
				  {"type": "Polygon", "coordinates": [[[51.0,36.4],[51.1,36.4],[51.1,36.5],[51.0,36.5],[51.0,36.4]]]}},
				 {"type": "Feature", "properties": {"id": "F-2", "name": "Not in Iran"}, "geometry":
				  {"type": "Polygon", "coordinates": [[[2.3,48.8],[2.4,48.8],[2.4,48.9],[2.3,48.9],[2.3,48.8]]]}}]}
				""");
		this.db.sql("DELETE FROM publication").update(); // what other test classes
															// published
		signIn(Fixtures.GIS_ADMIN, "/gis.html");
		new Select(this.browser.find(By.id("import-layer"))).selectByValue("forests");
		this.browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		// First checked only: the report of what the import would do, and no version.
		this.browser.click(By.id("check-button"));
		this.browser.waitUntil("the dry run's report",
				() -> this.browser.find(By.id("report")).getText().contains("nothing was imported"));
		assertThat(this.browser.find(By.cssSelector("#report [data-count=imported]")).getText()).isEqualTo("1");
		assertThat(this.browser.findAll(By.cssSelector("#report button.findings"))).isEmpty();
		this.browser.screenshot("12a-gis-import-checked");
		this.browser.click(By.id("import-button"));
		this.browser.waitUntil("the import's report",
				() -> this.browser.find(By.id("report")).getText().contains("Imported into forests"));
		WebElement report = this.browser.find(By.id("report"));
		assertThat(report.findElement(By.cssSelector("[data-count=imported]")).getText()).isEqualTo("1");
		assertThat(report.findElement(By.cssSelector("[data-count=outsideJurisdiction]")).getText()).isEqualTo("1");
		assertThat(report.getText()).contains("F-2");
		assertThat(this.browser.find(By.cssSelector("#layers tr[data-layer=forests]")).getText()).endsWith("1");
		assertThat(this.browser.waitFor(By.id("versions")).getText()).contains("forests.geojson")
			.contains(Fixtures.GIS_ADMIN);
		this.browser.screenshot("12-gis-import-report");

		// Another day, the report is read again from the layer's versions.
		this.browser.open("/gis.html");
		this.browser.waitForPage();
		this.browser.click(By.cssSelector("#layers tr[data-layer=forests]"));
		this.browser.waitFor(By.cssSelector("#versions tr.selected button.report"));
		this.browser.script("document.getElementById('versions').scrollIntoView()");
		this.browser.screenshot("12b-gis-versions");
		this.browser.click(By.cssSelector("#versions tr.selected button.report"));
		assertThat(this.browser.waitFor(By.id("report")).getText()).contains("forests.geojson")
			.contains("F-2")
			.contains("outside the jurisdiction");
		assertThat(this.browser.findAll(By.cssSelector("#report button.findings"))).as("every finding offered")
			.hasSize(1);

		// Publication: with no GeoServer configured the status says so, layer by layer,
		// and publishing is refused with the service's reason.
		WebElement status = this.browser.find(By.id("publication-status"));
		assertThat(status.getText()).contains("No GeoServer is configured");
		assertThat(status.findElement(By.cssSelector("tr[data-layer=forests]")).getText()).contains("no");
		this.browser.click(By.id("publish"));
		WebElement refused = this.browser.waitFor(By.cssSelector("#publication-message.error"));
		assertThat(refused.findElement(By.className("problem-detail")).getText()).isNotBlank();
		this.browser.screenshot("15-gis-publication-status");
	}

	@Test
	void gisStaffTakeALayerAwayAsItIsOrAsAVersionStood() throws Exception {
		byte[] forests = """
				{"type": "FeatureCollection", "features": [
				 {"type": "Feature", "properties": {"id": "F-1", "name": "Hyrcanian test stand"}, "geometry":
				  {"type": "Polygon", "coordinates": [[[51.0,36.4],[51.1,36.4],[51.1,36.5],[51.0,36.5],[51.0,36.4]]]}}]}
				""".getBytes(StandardCharsets.UTF_8);
		assertThat(
				Uploads.upload(this.api, Fixtures.GIS_ADMIN, "forests", "forests.geojson", forests, Map.of()).status())
			.isEqualTo(201);
		signIn(Fixtures.GIS_ADMIN, "/gis.html");
		this.browser.keepDownloads();
		this.browser.click(By.cssSelector("#layers tr[data-layer=forests]"));
		this.browser.waitFor(By.cssSelector("#versions tbody button.download"));
		new Select(this.browser.find(By.id("download-format"))).selectByValue("shapefile");
		this.browser.click(By.id("download-current"));
		new Select(this.browser.find(By.id("download-format"))).selectByValue("geopackage");
		this.browser.click(By.cssSelector("#versions tbody button.download"));
		long version = this.db.sql("SELECT max(id) FROM layer_version WHERE layer_id = 'forests'")
			.query(Long.class)
			.single();
		// A zip begins with PK\3\4, an SQLite database with "SQLi"; a version's file is
		// named with it.
		assertThat(this.browser.downloads(2).stream().map((file) -> file.name() + " " + file.firstBytes()))
			.containsExactlyInAnyOrder("forests.zip 80,75,3,4", "forests-" + version + ".gpkg 83,81,76,105");
		this.browser.screenshot("16-gis-download");
	}

	@Test
	void anOfficerTakesATabAwayAsASpreadsheet() {
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.keepDownloads();
		this.browser.click(By.cssSelector("#tabs button[data-tab=decided]"));
		this.browser.click(By.id("export-list"));
		Browser.Download sheet = this.browser.downloads(1).get(0);
		assertThat(sheet.name()).isEqualTo("applications.csv");
		// Read as text, the file has lost its byte order mark, which its first bytes
		// show.
		assertThat(sheet.firstBytes()).isEqualTo("239,187,191,114");
		assertThat(sheet.text()).startsWith("receipt,received_at,received_on,status,");
	}

	@Test
	void gisStaffReadEveryRejectedFeatureTheReportListsAndTakeAllAway(@TempDir Path dir) throws IOException {
		StringBuilder features = new StringBuilder();
		for (int i = 1; i <= 1005; i++) {
			features.append((i > 1) ? "," : "")
				.append("{\"type\": \"Feature\", \"properties\": {\"id\": \"P-")
				.append(i)
				.append("\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [54, 32]}}");
		}
		Path file = dir.resolve("points.geojson");
		Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}");
		signIn(Fixtures.GIS_ADMIN, "/gis.html");
		new Select(this.browser.find(By.id("import-layer"))).selectByValue("forests");
		this.browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click(By.id("import-button"));
		WebElement report = this.browser.waitFor(By.id("report"));
		By rejections = By.cssSelector("#report ul[data-findings=rejections] li");
		assertThat(this.browser.findAll(rejections)).hasSize(50);
		assertThat(report.getText()).contains("The report lists the first 1,000 of 1,005.");
		this.browser.click(By.cssSelector("#report button.more"));
		assertThat(this.browser.findAll(rejections)).hasSize(1000)
			.last()
			.extracting(WebElement::getText)
			.isEqualTo("#1000 (P-1000): not a polygon but a POINT");

		// Every one of them, beyond the report's 1,000, as a spreadsheet.
		this.browser.keepDownloads();
		this.browser.click(By.cssSelector("#report button.findings"));
		Browser.Download sheet = this.browser.downloads(1).get(0);
		assertThat(sheet.name()).matches("forests-\\d+-findings\\.csv");
		assertThat(sheet.text().split("\r\n")).hasSize(1 + 1005)
			.endsWith("1005,P-1005,refused,not a polygon but a POINT");
	}

	@Test
	void gisStaffSeeALicenceImportedOverAPendingApplication(@TempDir Path dir) throws IOException {
		String square = "[[[55.30,31.20],[55.32,31.20],[55.32,31.22],[55.30,31.22],[55.30,31.20]]]";
		long receipt = this.api
			.postJson("/api/v1/applications", Fixtures.APPLICANT,
					"{\"type\": \"EXPLORATION\", \"mineral\": \"copper\", \"geometry\": {\"type\": \"Polygon\", "
							+ "\"coordinates\": " + square + "}}")
			.json()
			.get("receipt")
			.longValue();
		Path file = dir.resolve("licences.geojson");
		Files.writeString(file,
				"{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", "
						+ "\"properties\": {\"id\": \"L-1\", \"name\": \"Legacy licence\"}, "
						+ "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": " + square + "}}]}");
		signIn(Fixtures.GIS_ADMIN, "/gis.html");
		new Select(this.browser.find(By.id("import-layer"))).selectByValue("licences");
		this.browser.find(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click(By.id("import-button"));
		WebElement report = this.browser.waitFor(By.id("report"));
		assertThat(report.getText()).contains("Overlapping pending applications")
			.contains("L-1")
			.contains("pending application " + receipt);

		// The page switched to Persian reads the report again: the same finding in
		// Persian words and digits.
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.waitUntil("the report in Persian",
				() -> this.browser.find(By.id("report"))
					.getText()
					.contains("L-1): درخواست در جریان شمارهٔ " + persianDigits(receipt) + ": "));
	}

	@Test
	void wrongPasswordIsSaidOnThePage() {
		this.browser.signIn(Fixtures.APPLICANT, "wrong");
		WebElement message = this.browser.waitFor(By.id("signin-message"));
		assertThat(message.getText()).isEqualTo("Wrong user name or password.");
		assertThat(this.browser.currentPath()).startsWith("/index.html");
		this.browser.screenshot("00-wrong-password");
	}

	@Test
	void aSignInThatNoLongerHoldsLeadsBackToSignInSayingSo() {
		signIn(Fixtures.APPLICANT, "/applicant.html");
		// As after a changed password or an expired token: the stored credentials are
		// refused.
		this.browser.script("sessionStorage.setItem('cadastre.auth', 'Basic ' + btoa('t-applicant:changed'))");
		this.browser.open("/applicant.html");
		this.browser.waitUntil("back at sign-in", () -> this.browser.currentPath().startsWith("/index.html"));
		assertThat(this.browser.waitFor(By.id("signin-message")).getText())
			.isEqualTo("Your sign-in no longer holds (a changed password, or a session that ended). Sign in again.");
		assertThat(this.browser.script("return sessionStorage.getItem('cadastre.auth')")).isNull();
	}

	/**
	 * The deadline an inquiry would get now, as the page writes it: the API's Solar Hijri
	 * date with its month's name.
	 */
	private String expectedDeadline() {
		JsonNode report = this.api
			.postJson("/api/v1/overlaps", Fixtures.APPLICANT,
					"{\"geometry\": {\"type\":\"Polygon\",\"coordinates\":[[[54.06,32.02],[54.16,32.02],[54.16,32.08],"
							+ "[54.06,32.08],[54.06,32.02]]]}}")
			.json();
		String[] date = report.get("inquiryDeadline").get("deadlineSolarHijri").stringValue().split("-");
		return Integer.parseInt(date[2]) + " " + SOLAR_MONTHS.get(Integer.parseInt(date[1]) - 1) + " " + date[0];
	}

}
