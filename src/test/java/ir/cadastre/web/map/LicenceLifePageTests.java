package ir.cadastre.web.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer takes a licence through its life from the register (DESIGN §2: Art. 7, 8,
 * 10 note 3): certificate, exploitation licence, renewal and its correction, transfer,
 * closure, warnings (Art. 20); and registers the old cadastre's licences.
 */
@CadastreTest
class LicenceLifePageTests extends BrowserTest {

	static final String AREA = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	@Test
	@DisplayName("Art. 7, 8, 10 note 3: the officer issues a certificate, then an exploitation licence, transfers it and closes it")
	void article10_theOfficerTakesALicenceThroughItsLife() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		long exploration = explorationNumber(api, fixtures);
		signIn(Fixtures.OFFICER, "/officer.html");

		select(exploration);
		assertThat(this.browser.find(By.id("licence-title")).getText())
			.isEqualTo("Exploration licence No. " + exploration);
		assertThat(this.browser.find(By.id("exploitation-licence")).isDisplayed()).isFalse();
		this.browser.type(By.id("reserve"), "1.2 Mt at 0.8% Cu");
		// In Persian digits, as a Persian keyboard types them.
		this.browser.type(By.id("cost"), "۲۵۰۰۰۰۰۰۰۰۰");
		this.browser.click(By.id("discovery-certificate"));
		long certificate = exploration + 1;
		message("Discovery certificate No. " + certificate + " issued on licence No. " + exploration);
		assertThat(this.browser.find(By.id("licence-facts")).getText()).contains("1.2 Mt at 0.8% Cu")
			.contains("Last day of the term");
		this.browser.waitUntil("the register shows the superseded licence",
				() -> row(exploration).contains("Superseded") && row(certificate).contains("Active"));

		this.browser.type(By.id("years"), "30");
		this.browser.click(By.id("exploitation-licence"));
		this.browser.waitUntil("the refusal naming Art. 10 note 3",
				() -> this.browser.find(By.id("licence-message")).getText().contains("Art. 10 note 3"));
		this.browser.type(By.id("years"), "25");
		this.browser.click(By.id("exploitation-licence"));
		long exploitation = certificate + 1;
		message("Exploitation licence No. " + exploitation + " issued on certificate No. " + certificate);
		this.browser.screenshot("licence-life-exploitation");

		this.browser.type(By.id("transfer-to"), Fixtures.APPLICANT2);
		this.browser.click(By.id("transfer"));
		message("Licence No. " + exploitation + " transferred to " + Fixtures.APPLICANT2);
		this.browser.type(By.id("closure-reason"), "revoked after the Art. 20 warning");
		this.browser.click(By.id("closure"));
		message("Licence No. " + exploitation + " closed; its land is free.");
		assertThat(this.browser.find(By.id("licence-actions")).isDisplayed()).isFalse();
		assertThat(api.get("/api/v1/licences?pageSize=10", Fixtures.OFFICER).json().get("items"))
			.extracting((licence) -> licence.get("status").stringValue())
			.containsExactly("CLOSED", "SUPERSEDED", "SUPERSEDED");
	}

	@Test
	@DisplayName("Art. 10 note 3: the officer corrects a mistyped renewal, offered only while the renewed period has not begun; a second click on the renewal adds no period")
	void article10_theOfficerCorrectsAMistypedRenewal() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		JsonNode certificate = GrantedLicences.certificate(api, Fixtures.APPLICANT, fixtures.geoJson(AREA));
		String id = api
			.postJson("/api/v1/licences/" + certificate.get("id").stringValue() + "/exploitation-licence",
					Fixtures.OFFICER, "{\"years\":10}")
			.json()
			.get("id")
			.stringValue();
		long number = certificate.get("number").longValue() + 1;
		signIn(Fixtures.OFFICER, "/officer.html");
		select(number);
		assertThat(this.browser.find(By.id("renewal-correction-field")).isDisplayed()).as("not renewed").isFalse();
		this.browser.type(By.id("years"), "5");
		this.browser.click(By.id("renewal"));
		message("Licence No. " + number + " renewed.");
		this.browser.click(By.id("renewal"));
		this.browser.waitUntil("the second click refused",
				() -> this.browser.find(By.id("licence-message")).getText().contains("each period is renewed once"));
		assertThat(this.browser.find(By.id("renewal-correction-hint")).getText())
			.startsWith("Renewed for 5 years. Until the end of 25 Dey 1414");

		this.browser.type(By.id("correction-years"), "30");
		this.browser.type(By.id("correction-reason"), "typed 5 for 3");
		this.browser.click(By.id("renewal-correction"));
		this.browser.waitUntil("the refusal naming Art. 10 note 3",
				() -> this.browser.find(By.id("licence-message")).getText().contains("at most 25 years"));
		this.browser.type(By.id("correction-years"), "۳");
		this.browser.click(By.id("renewal-correction"));
		message("The renewal of licence No. " + number + " is corrected.");
		assertThat(this.browser.find(By.id("licence-facts")).getText()).contains("25 Dey 1417");
		assertThat(this.browser.find(By.id("renewal-correction-hint")).getText()).startsWith("Renewed for 3 years.");
		assertThat(api.get("/api/v1/licences/" + id, Fixtures.OFFICER).json().get("lastDaySolarHijri").stringValue())
			.isEqualTo("1417-10-25");
		this.browser.screenshot("licence-renewal-correction");
	}

	@Test
	@DisplayName("Art. 13: the officer grants a withdrawal permit for the months it runs")
	void article13_theOfficerGrantsAWithdrawalPermitForMonths() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		long receipt = api
			.postJson("/api/v1/applications", Fixtures.APPLICANT,
					"{\"type\":\"WITHDRAWAL_PERMIT\",\"mineral\":\"limestone\",\"geometry\":" + fixtures.geoJson(AREA)
							+ "}")
			.json()
			.get("receipt")
			.longValue();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.cssSelector("#applications tr[data-receipt='" + receipt + "']"));
		this.browser.waitFor(By.id("decide"));
		assertThat(this.browser.find(By.id("application-facts")).getText()).contains("Withdrawal permit");
		assertThat(this.browser.find(By.id("months-field")).isDisplayed()).isTrue();
		this.browser.type(By.id("months"), "30");
		this.browser.click(By.id("grant"));
		this.browser.waitUntil("the refusal naming Art. 13",
				() -> this.browser.find(By.id("decision-message")).getText().contains("Art. 13"));
		this.browser.type(By.id("months"), "6");
		this.browser.click(By.id("grant"));
		this.browser.waitUntil("the permit issued",
				() -> this.browser.find(By.id("decision-message")).getText().startsWith("Licence No."));
		JsonNode permit = api.get("/api/v1/licences?pageSize=1", Fixtures.OFFICER).json().get("items").get(0);
		assertThat(permit.get("lastDaySolarHijri").stringValue()).isEqualTo("1405-04-25");
		this.browser.waitUntil("the register shows the permit",
				() -> row(permit.get("number").longValue()).contains("Withdrawal permit"));
	}

	@Test
	@DisplayName("Art. 7, 8: the applicant a certificate was transferred to sees it, with the last day of its year")
	void article8_theHolderSeesTheCertificateAndItsLastDay() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		JsonNode certificate = GrantedLicences.certificate(api, Fixtures.APPLICANT, fixtures.geoJson(AREA));
		api.postJson("/api/v1/licences/" + certificate.get("id").stringValue() + "/transfer", Fixtures.OFFICER,
				"{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		signIn(Fixtures.APPLICANT2, "/applicant.html");
		String held = this.browser
			.waitFor(By.cssSelector("#held [data-number='" + certificate.get("number").longValue() + "']"))
			.getText();
		assertThat(held).contains("Discovery certificate No. " + certificate.get("number").longValue())
			.contains("Active")
			.contains("Last day: 25 Dey 1405")
			.contains("365 days");
		this.browser.click(By.cssSelector("#held [data-number='" + certificate.get("number").longValue() + "'] .ask"));
		this.browser.waitUntil("the request recorded",
				() -> this.browser.find(By.id("held-message")).getText().contains("is asked for"));
		assertThat(
				this.browser.find(By.cssSelector("#held [data-number='" + certificate.get("number").longValue() + "']"))
					.getText())
			.contains("Exploitation licence asked for");
		signIn(Fixtures.APPLICANT, "/applicant.html");
		assertThat(this.browser.waitFor(By.cssSelector("#held [data-number]")).getText()).contains("Superseded");
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("requested-only"));
		this.browser.waitUntil("only the certificate asked about",
				() -> this.browser.findAll(By.cssSelector("#licences tbody tr[data-number]")).size() == 1);
		assertThat(row(certificate.get("number").longValue())).contains("Active · asked");
	}

	@Test
	@DisplayName("Art. 10 note 3: the officer checks the old cadastre's register as a spreadsheet, then registers it, its holder who is not yet a user recorded as an applicant; the refused row is listed with its reason")
	void article10_theOfficerRegistersTheOldRegisterFromASpreadsheet(@TempDir Path dir) throws IOException {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		fixtures.feature("licences", "EXL-1398-0042", AREA);
		fixtures.feature("licences", "EXL-1398-0044", AREA.replace("54.3", "54.4"));
		this.db.sql("DELETE FROM app_user WHERE username = 'co-10320145867'").update();
		Path file = dir.resolve("register.csv");
		Files.writeString(file,
				"externalId,holder,type,mineral,issuedOn,lastDay,termYears\n"
						+ "EXL-1398-0042,t-applicant2,EXPLOITATION,مس,1398/12/11,1408/12/10,10\n"
						+ "EXL-1398-0043,t-applicant2,EXPLORATION,copper,1404/01/15,,\n"
						+ "EXL-1398-0044,co-10320145867,EXPLORATION,copper,1404/01/15,,\n");
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.find(By.id("registration-file")).sendKeys(file.toAbsolutePath().toString());
		this.browser.click(By.id("registration-new-holders"));
		this.browser.click(By.id("registration-file-check"));
		this.browser.waitUntil("the check's summary",
				() -> !this.browser.findAll(By.id("registration-file-summary")).isEmpty());
		assertThat(this.browser.find(By.id("registration-file-summary")).getText()).isEqualTo(
				"Checked, nothing registered: 2 would be registered, 0 are in the register already, 1 would be refused.");
		assertThat(this.browser.find(By.id("registration-file-new-holders")).getText())
			.isEqualTo("Would be recorded as applicants, not users before (1): co-10320145867");
		assertThat(this.browser.find(By.cssSelector("#registration-file-rows tr[data-row='3']")).getText())
			.isEqualTo("3 EXL-1398-0043 refused 'EXL-1398-0043': no current feature of the licences layer has this "
					+ "id. externalId: no current feature of the licences layer has this id");
		assertThat(new Api(this.port).get("/api/v1/licences", Fixtures.OFFICER).json()).isEmpty();

		this.browser.click(By.id("registration-file-send"));
		this.browser.waitUntil("the file registered",
				() -> this.browser.find(By.id("registration-file-summary"))
					.getText()
					.equals("2 registered; 0 were in the register already; 1 refused."));
		assertThat(this.browser.find(By.id("registration-file-new-holders")).getText())
			.isEqualTo("Recorded as applicants, not users before (1): co-10320145867");
		JsonNode registered = new Api(this.port).get("/api/v1/licences?holder=t-applicant2", Fixtures.OFFICER)
			.json()
			.get(0);
		assertThat(registered.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(registered.get("lastDaySolarHijri").stringValue()).isEqualTo("1408-12-10");
		this.browser.waitUntil("the register lists it",
				() -> row(registered.get("number").longValue()).contains(Fixtures.APPLICANT2));
		this.browser.screenshot("licence-registration-file");
	}

	@Test
	@DisplayName("Art. 10 note 3: the officer finds a licence of the old cadastre in the map's view and registers it")
	void article10_theOfficerRegistersALicenceOfTheOldCadastre() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		long old = fixtures.feature("licences", "EXL-1398-0042", AREA);
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.fit(54.28, 32.28, 54.34, 32.34);
		this.browser.click(By.id("registration-find"));
		this.browser.click(By.cssSelector("#registration-features tr[data-id='" + old + "']"));
		assertThat(this.browser.find(By.id("registration-feature")).getText())
			.isEqualTo("Licence EXL-1398-0042 of the old cadastre");
		this.browser.type(By.id("registration-holder"), Fixtures.APPLICANT2);
		new Select(this.browser.find(By.id("registration-type"))).selectByValue("EXPLOITATION");
		new Select(this.browser.find(By.id("registration-mineral"))).selectByValue("copper");
		assertThat(this.browser.find(By.id("registration-years")).isDisplayed()).isTrue();
		assertThat(this.browser.find(By.id("registration-reserve")).isDisplayed()).isFalse();
		this.browser.script("document.getElementById('registration-issued').value = '2020-03-01';"
				+ "document.getElementById('registration-last-day').value = '2030-02-28';");
		this.browser.type(By.id("registration-years"), "30");
		this.browser.click(By.id("registration-send"));
		this.browser.waitUntil("the refusal naming Art. 10 note 3",
				() -> this.browser.find(By.id("registration-message")).getText().contains("Art. 10 note 3"));
		this.browser.type(By.id("registration-years"), "10");
		this.browser.click(By.id("registration-send"));
		this.browser.waitUntil("the licence registered",
				() -> this.browser.find(By.id("registration-message"))
					.getText()
					.startsWith("Registered as licence No."));
		JsonNode registered = new Api(this.port).get("/api/v1/licences?pageSize=1", Fixtures.OFFICER)
			.json()
			.get("items")
			.get(0);
		long number = registered.get("number").longValue();
		assertThat(registered.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(registered.get("registeredAt").isNull()).isFalse();
		assertThat(this.browser.find(By.id("registration-message")).getText())
			.isEqualTo("Registered as licence No. " + number + ".");
		this.browser.waitUntil("the licence shown from the register",
				() -> this.browser.find(By.id("licence-title")).getText().equals("Exploitation licence No. " + number));
		assertThat(row(number)).contains(Fixtures.APPLICANT2).contains("Active");
		assertThat(this.browser.findAll(By.cssSelector("#registration-features tbody tr"))).isEmpty();
		this.browser.screenshot("licence-registration");

		this.browser.open("/" + this.browser.find(By.id("licence-document-link")).getDomAttribute("href"));
		this.browser.waitForPage();
		assertThat(this.browser.find(By.id("licence-facts")).getText()).as("its document says it was registered")
			.contains("Entered the register (issued before the service)", Fixtures.APPLICANT2);
	}

	@Test
	@DisplayName("Art. 10 note 3: the holder asks on its page to transfer its exploitation licence; the officer opens it from the notice, sees the request and approves it")
	void article10_theHolderAsksForATransferAndTheOfficerApprovesIt() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		String certificate = GrantedLicences.certificate(api, Fixtures.APPLICANT, fixtures.geoJson(AREA))
			.get("id")
			.stringValue();
		long number = api
			.postJson("/api/v1/licences/" + certificate + "/exploitation-licence", Fixtures.OFFICER, "{\"years\":10}")
			.json()
			.get("number")
			.longValue();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String held = "#held [data-number='" + number + "']";
		this.browser.type(By.cssSelector(held + " .transfer-ask input"), Fixtures.APPLICANT2);
		this.browser.click(By.cssSelector(held + " .transfer-ask button"));
		this.browser.waitUntil("the request recorded",
				() -> this.browser.find(By.id("held-message")).getText().contains("is asked for"));
		assertThat(this.browser.find(By.cssSelector(held)).getText())
			.contains("Transfer to " + Fixtures.APPLICANT2 + " asked for");
		this.browser.screenshot("licence-transfer-asked");

		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("notices"));
		this.browser.click(By.cssSelector("#notices-panel li a.notice-about"));
		this.browser.waitUntil("the licence the officer was told of opened",
				() -> this.browser.find(By.id("licence-title")).getText().equals("Exploitation licence No. " + number));
		this.browser.click(By.id("requested-only"));
		this.browser.waitUntil("only the licence asked about",
				() -> this.browser.findAll(By.cssSelector("#licences tbody tr[data-number]")).size() == 1);
		select(number);
		assertThat(this.browser.find(By.id("licence-facts")).getText()).contains(Fixtures.APPLICANT2);
		assertThat(this.browser.find(By.id("transfer-to")).getAttribute("value")).isEqualTo(Fixtures.APPLICANT2);
		assertThat(this.browser.find(By.id("transfer-refusal")).isDisplayed()).isTrue();
		this.browser.click(By.id("transfer"));
		message("Licence No. " + number + " transferred to " + Fixtures.APPLICANT2);
		assertThat(this.browser.find(By.id("transfer-refusal")).isDisplayed()).isFalse();
	}

	@Test
	@DisplayName("Art. 20: the officer warns the holder with a deadline, the holder reports on its page, the officer finds the obligation fulfilled; damages wait for the deadline")
	void article20_theOfficerWarnsAndTheHolderReports() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		String licence = GrantedLicences.exploitation(api, Fixtures.APPLICANT, fixtures.geoJson(AREA));
		long number = api.get("/api/v1/licences/" + licence, Fixtures.OFFICER).json().get("number").longValue();
		signIn(Fixtures.OFFICER, "/officer.html");
		select(number);
		this.browser.type(By.id("warning-obligation"), "Fence the open pit");
		this.browser.type(By.id("warning-days"), "60");
		this.browser.click(By.id("warn"));
		message("The holder of licence No. " + number + " is warned.");
		assertThat(this.browser.find(By.id("licence-warnings")).getText()).contains("Fence the open pit")
			.contains("until the end of");
		assertThat(this.browser.find(By.cssSelector("#licence-warnings button[data-outcome='DAMAGES']")).isEnabled())
			.as("damages only after the deadline")
			.isFalse();

		signIn(Fixtures.APPLICANT, "/applicant.html");
		String held = "#held [data-number='" + number + "']";
		assertThat(this.browser.find(By.cssSelector(held)).getText()).contains("Fence the open pit");
		this.browser.type(By.cssSelector(held + " .warnings input"), "Fenced on 1404-11-02");
		this.browser.click(By.cssSelector(held + " .warnings button"));
		this.browser.waitUntil("the report sent",
				() -> this.browser.find(By.id("held-message")).getText().contains("was sent to the ministry"));
		assertThat(this.browser.find(By.cssSelector(held)).getText()).contains("Holder's report")
			.contains("Fenced on 1404-11-02");
		this.browser.screenshot("licence-warning-reported");

		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("warned-only"));
		this.browser.waitUntil("only the warned licence",
				() -> this.browser.findAll(By.cssSelector("#licences tbody tr[data-number]")).size() == 1);
		assertThat(row(number)).contains("warned (Art. 20)");
		select(number);
		assertThat(this.browser.find(By.id("licence-warnings")).getText()).contains("Fenced on 1404-11-02");
		this.browser.screenshot("licence-warning-officer");
		this.browser.click(By.cssSelector("#licence-warnings button[data-outcome='FULFILLED']"));
		message("The warning on licence No. " + number + " is decided.");
		assertThat(this.browser.find(By.id("licence-warnings")).getText()).contains("Decided");
		assertThat(api.get("/api/v1/licences/" + licence, Fixtures.OFFICER)
			.json()
			.get("warnings")
			.get(0)
			.get("status")
			.stringValue()).isEqualTo("FULFILLED");
	}

	@Test
	@DisplayName("Art. 26: the holder opens the printable document of its licence, with the vertices of its operational area")
	void article26_theHolderPrintsItsLicence() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		String licence = GrantedLicences.exploration(api, Fixtures.APPLICANT, fixtures.geoJson(AREA));
		long number = api.get("/api/v1/licences/" + licence, Fixtures.APPLICANT).json().get("number").longValue();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		String link = this.browser.find(By.cssSelector("#held [data-number='" + number + "'] .licence-link"))
			.getDomAttribute("href");
		assertThat(link).isEqualTo("licence.html?licence=" + licence);
		this.browser.open("/" + link);
		this.browser.waitForPage();
		assertThat(this.browser.find(By.id("licence-title")).getText()).isEqualTo("Exploration licence No. " + number);
		assertThat(this.browser.find(By.id("licence-facts")).getText()).contains(Fixtures.APPLICANT, "Copper",
				"Active");
		assertThat(this.browser.findAll(By.cssSelector("#licence-rings tbody tr"))).hasSize(4);
		assertThat(this.browser.find(By.id("licence-vertices-title")).getText())
			.isEqualTo("Vertices: UTM zone 40N (EPSG:32640) and WGS 84");
		this.browser.screenshot("licence-document");
	}

	@Test
	void anAmountTypedWithThousandsSeparatorsIsKeptAndOneThatIsNoNumberIsRefused() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		Api api = new Api(this.port);
		long exploration = explorationNumber(api, fixtures);
		signIn(Fixtures.OFFICER, "/officer.html");
		select(exploration);
		this.browser.type(By.id("reserve"), "1.2 Mt at 0.8% Cu");
		this.browser.type(By.id("cost"), "دو میلیارد");
		this.browser.click(By.id("discovery-certificate"));
		this.browser.waitUntil("the amount refused",
				() -> this.browser.find(By.id("licence-message")).getText().contains("explorationCostRials"));
		assertThat(fixtures.count("licence")).as("nothing issued").isEqualTo(1);

		this.browser.find(By.id("cost")).clear();
		this.browser.type(By.id("cost"), "۲٬۵۰۰٬۰۰۰٬۰۰۰");
		this.browser.click(By.id("discovery-certificate"));
		message("Discovery certificate No. " + (exploration + 1) + " issued on licence No. " + exploration);
		JsonNode certificate = api.get("/api/v1/licences/by-number/" + (exploration + 1), Fixtures.OFFICER).json();
		assertThat(certificate.get("explorationCostRials").longValue()).isEqualTo(2_500_000_000L);
	}

	private void select(long number) {
		this.browser.click(By.cssSelector("#licences tr[data-number='" + number + "']"));
		this.browser.waitUntil("licence " + number + " is shown",
				() -> this.browser.find(By.id("licence-title")).getText().endsWith("No. " + number));
	}

	private String row(long number) {
		return this.browser.find(By.cssSelector("#licences tr[data-number='" + number + "']")).getText();
	}

	private void message(String text) {
		this.browser.waitUntil(text, () -> this.browser.find(By.id("licence-message")).getText().startsWith(text));
	}

	/**
	 * The number of an exploration licence granted to the applicant over {@link #AREA}.
	 */
	private static long explorationNumber(Api api, Fixtures fixtures) {
		return api
			.get("/api/v1/licences/" + GrantedLicences.exploration(api, Fixtures.APPLICANT, fixtures.geoJson(AREA)),
					Fixtures.OFFICER)
			.json()
			.get("number")
			.longValue();
	}

}
