package ir.cadastre.licence;

import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.layer.Uploads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/licences/registrations}: the old cadastre's register, kept as a
 * spreadsheet, enters the register row by row, as {@code POST /api/v1/licences} enters
 * one licence. The test clock is 2026-01-15T08:00:00Z, 1404-10-25 in Tehran.
 */
@CadastreTest
class RegistrationFileTests extends ApiTest {

	private static final String PATH = "/api/v1/licences/registrations";

	/**
	 * As the old register keeps it: Solar Hijri days, Persian digits, kinds and minerals
	 * by their names (a kind's Persian with an Arabic kaf, another's English as the pages
	 * write it, a mineral's with a half-space where the catalogue has a space), a
	 * certificate's reserve with a comma in it; rows 4 to 8 are each refused or in the
	 * register already.
	 */
	private static final String REGISTER = """
			\uFEFFexternalId,holder,type,mineral,issuedOn,lastDay,termYears,reserve,explorationCostRials
			EXL-1,t-applicant2,exploitation,copper,1398/12/11,1408/12/10,۱۰,,
			EXL-2,t-applicant,پروانه اكتشاف,مس,2025-06-01,,,,
			EXL-3,t-applicant,Exploitation licence,copper,2020-03-01,2030-02-28,,,
			EXL-4,nobody,EXPLORATION,copper,2025-06-01,,,,
			EXL-9,t-applicant,EXPLORATION,copper,2025-06-01,,,,
			EXL-1,t-applicant,EXPLORATION,copper,2025-06-01,,,,
			EXL-3,t-applicant,EXPLORATION,copper,1404/13/01,,,,

			EXL-5,t-applicant,Discovery certificate,سنگ\u200cآهن,1404/06/01,1405/05/31,,"2,000,000 t at 45% Fe",۱٬۲۰۰٬۰۰۰
			""";

	@BeforeEach
	void oldLicencesInTheLayer() {
		for (int i = 1; i <= 5; i++) {
			double x = 54 + i * 0.1;
			this.fixtures.feature("licences", "EXL-" + i,
					"POLYGON((%s 32.5, %s 32.5, %s 32.52, %s 32.52, %s 32.5))".formatted(x, x + 0.02, x + 0.02, x, x));
		}
	}

	@Test
	@DisplayName("Art. 8, Art. 10 note 3: the old cadastre's register enters from a spreadsheet; a refused row refuses itself alone, and the file sent again registers nothing twice")
	void article8_10_theOldRegisterEntersFromASpreadsheetRowByRow() {
		Api.Response sent = send(REGISTER, Map.of(), "en");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		JsonNode report = sent.json();
		assertThat(report.get("dryRun").booleanValue()).isFalse();
		assertThat(report.get("rows").intValue()).isEqualTo(8);
		assertThat(report.get("registered").intValue()).isEqualTo(3);
		assertThat(report.get("alreadyRegistered").intValue()).isEqualTo(1);
		assertThat(report.get("refused").intValue()).isEqualTo(4);
		JsonNode results = report.get("results");
		assertThat(results)
			.extracting((r) -> r.get("row").intValue() + " " + r.get("externalId").stringValue() + " "
					+ r.get("outcome").stringValue() + " " + problem(r))
			.containsExactly("2 EXL-1 registered -", "3 EXL-2 registered -",
					"4 EXL-3 refused invalid-request termYears", "5 EXL-4 refused invalid-holder holder",
					"6 EXL-9 refused not-a-licence-feature externalId",
					"7 EXL-1 already-registered already-registered -", "8 EXL-3 refused invalid-request issuedOn",
					"10 EXL-5 registered -");
		assertThat(results.get(2).get("problem").get("errors").get(0).get("reason").stringValue())
			.isEqualTo("required: the current period in whole years");
		assertThat(results.get(6).get("problem").get("errors").get(0).get("reason").stringValue())
			.isEqualTo("'1404/13/01' is not a day of the Solar Hijri calendar");

		JsonNode exploitation = this.api
			.get("/api/v1/licences/" + results.get(0).get("licenceId").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(exploitation.get("number").longValue()).isEqualTo(results.get(0).get("number").longValue());
		assertThat(exploitation.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(exploitation.get("issuedAt").stringValue()).as("1398/12/11 is 2020-03-01, from 00:00 in Tehran")
			.isEqualTo("2020-02-29T20:30:00Z");
		assertThat(exploitation.get("lastDaySolarHijri").stringValue()).isEqualTo("1408-12-10");
		assertThat(exploitation.get("termYears").intValue()).isEqualTo(10);
		JsonNode certificate = this.api
			.get("/api/v1/licences/" + results.get(7).get("licenceId").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(certificate.get("type").stringValue()).isEqualTo("DISCOVERY_CERTIFICATE");
		assertThat(certificate.get("mineral").stringValue()).as("سنگ\u200cآهن is iron ore").isEqualTo("iron_ore");
		assertThat(certificate.get("reserve").stringValue()).isEqualTo("2,000,000 t at 45% Fe");
		assertThat(certificate.get("explorationCostRials").longValue()).isEqualTo(1_200_000);
		assertThat(this.api.get("/api/v1/licences/" + results.get(1).get("licenceId").stringValue(), Fixtures.OFFICER)
			.json()
			.get("mineral")
			.stringValue()).as("مس is copper's Persian name").isEqualTo("copper");
		assertThat(this.api.get("/api/v1/licences/" + results.get(1).get("licenceId").stringValue(), Fixtures.OFFICER)
			.json()
			.get("type")
			.stringValue()).as("پروانه اكتشاف, with an Arabic kaf").isEqualTo("EXPLORATION");
		String register = registered();
		assertThat(register).isEqualTo("EXL-1 EXPLOITATION t-applicant2, EXL-2 EXPLORATION t-applicant, "
				+ "EXL-5 DISCOVERY_CERTIFICATE t-applicant");

		JsonNode again = send(REGISTER, Map.of(), "en").json();
		assertThat(again.get("registered").intValue()).isZero();
		assertThat(again.get("alreadyRegistered").intValue()).isEqualTo(4);
		assertThat(again.get("refused").intValue()).isEqualTo(4);
		assertThat(registered()).as("nothing twice").isEqualTo(register);
	}

	@Test
	void aRowOfAFileIsRefusedAndRecordedAsTheSameRegistrationSentAloneIs() {
		long twin = this.fixtures.feature("licences", "EXL-2",
				"POLYGON((55 33, 55.02 33, 55.02 33.02, 55 33.02, 55 33))");
		long parcel = this.fixtures.feature("property_parcels", "P-1",
				"POLYGON((55.5 33, 55.52 33, 55.52 33.02, 55.5 33.02, 55.5 33))");
		long first = featureOf("EXL-1");
		String[] rows = { "EXL-2,,t-applicant,EXPLORATION,copper,2025-06-01",
				",%d,t-applicant,EXPLORATION,copper,2025-06-01".formatted(parcel),
				",999999,t-applicant,EXPLORATION,copper,2025-06-01",
				",%d,t-applicant,EXPLORATION,copper,2025-06-01".formatted(first),
				"EXL-1,,t-applicant,EXPLORATION,copper,2025-06-01",
				",%d,t-applicant,EXPLORATION,copper,2025-06-01".formatted(twin),
				"EXL-3,,t-applicant2,EXPLORATION,copper,2025-06-01" };
		JsonNode results = send("externalId,featureId,holder,type,mineral,issuedOn\n" + String.join("\n", rows) + "\n",
				Map.of(), "en")
			.json()
			.get("results");
		assertThat(results).extracting(RegistrationFileTests::outcome)
			.containsExactly("refused", "refused", "refused", "registered", "already-registered", "registered",
					"registered");
		for (int i = 0; i < 3; i++) {
			String[] cell = rows[i].split(",");
			String json = "{%s, \"holder\": \"t-applicant\", \"type\": \"EXPLORATION\", \"mineral\": \"copper\", \"issuedOn\": \"2025-06-01\"}"
				.formatted(cell[0].isEmpty() ? "\"featureId\": " + cell[1] : "\"externalId\": \"" + cell[0] + "\"");
			Api.Response alone = this.api.send(this.api.request("/api/v1/licences", Fixtures.OFFICER)
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.header("Content-Type", "application/json")
				.header("Accept-Language", "en"));
			JsonNode problem = results.get(i).get("problem");
			assertThat(problem.get("type").stringValue()).as(rows[i]).isEqualTo(alone.json().get("type").stringValue());
			assertThat(problem.get("detail").stringValue()).as(rows[i])
				.isEqualTo(alone.json().get("detail").stringValue());
		}
		String[] licences = { "licence:" + results.get(3).get("licenceId").stringValue(),
				"licence:" + results.get(5).get("licenceId").stringValue(),
				"licence:" + results.get(6).get("licenceId").stringValue() };
		assertThat(this.db.sql("""
				SELECT string_agg(e.details->>'externalId' || ' ' || (e.details->>'holder') || ' '
				                  || (n.recipient) || ' ' || n.subject, ', ' ORDER BY e.id)
				FROM audit_event e JOIN notification n ON n.about = e.subject
				WHERE e.action = 'licence.register' AND e.subject = ANY (:licences)
				""").param("licences", licences).query(String.class).single())
			.as("an audit event and a notice for each licence registered, in the file's order")
			.matches("EXL-1 t-applicant user:t-applicant .+, EXL-2 t-applicant user:t-applicant .+, "
					+ "EXL-3 t-applicant2 user:t-applicant2 .+");
		assertThat(this.db.sql("SELECT count(*) FROM layer_change WHERE layer_id = 'licences'")
			.query(Integer.class)
			.single()).as("the licences layer's change, for its tiles").isPositive();
	}

	private long featureOf(String externalId) {
		return this.db.sql("SELECT id FROM feature WHERE layer_id = 'licences' AND external_id = :id")
			.param("id", externalId)
			.query(Long.class)
			.single();
	}

	@Test
	void aRowNamesItsLicenceHoweverItsNumberIsTyped() {
		String file = "externalId,holder,type,mineral,issuedOn\nexl-۱,t-applicant,EXPLORATION,copper,2025-06-01\n"
				+ "EXL-1,t-applicant,EXPLORATION,copper,2025-06-01\n";
		JsonNode results = send(file, Map.of("dryRun", "true"), "en").json().get("results");
		assertThat(results).as("a dry run")
			.extracting(RegistrationFileTests::outcome)
			.containsExactly("registered", "already-registered");
		assertThat(this.fixtures.count("licence")).isZero();
		JsonNode sent = send(file, Map.of(), "en").json();
		assertThat(sent.get("results")).extracting(RegistrationFileTests::outcome)
			.containsExactly("registered", "already-registered");
		assertThat(registered()).isEqualTo("EXL-1 EXPLORATION t-applicant");
	}

	@Test
	void aDayNoCalendarHasIsRefusedNamingTheCalendarItWasReadIn() {
		String file = "externalId,holder,type,mineral,issuedOn\nEXL-1,t-applicant,EXPLORATION,copper,2025/02/30\n"
				+ "EXL-2,t-applicant,EXPLORATION,copper,1404/12/30\n";
		JsonNode results = send(file, Map.of("dryRun", "true"), "en").json().get("results");

		assertThat(results).extracting((r) -> r.get("problem").get("errors").get(0).get("reason").stringValue())
			.containsExactly("'2025/02/30' is not a day of the Gregorian calendar",
					"'1404/12/30' is not a day of the Solar Hijri calendar");
	}

	@Test
	void aSpreadsheetSavedAsPlainCsvByAPersianExcelIsReadInItsCodePage() {
		String file = "externalId,holder,type,mineral,issuedOn\nEXL-2,t-applicant,پروانه اکتشاف,سنگ\u200cآهن,1404/06/01\n";
		Charset persianWindows = Charset.forName("windows-1256");
		assertThat(new String(file.getBytes(persianWindows), persianWindows)).as("every character in the code page")
			.isEqualTo(file);
		Api.Response sent = send(file.getBytes(persianWindows), Map.of(), "en");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		JsonNode result = sent.json().get("results").get(0);
		assertThat(outcome(result)).as(sent.body()).isEqualTo("registered");
		JsonNode licence = this.api.get("/api/v1/licences/" + result.get("licenceId").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(licence.get("type").stringValue()).isEqualTo("EXPLORATION");
		assertThat(licence.get("mineral").stringValue()).isEqualTo("iron_ore");
	}

	@Test
	void aDryRunReportsARowNamingAnEarlierRowsLicenceAsTheRegistrationDoes() {
		String file = "externalId,holder,type,mineral,issuedOn\nEXL-1,t-applicant,EXPLORATION,copper,2025-06-01\n"
				+ "EXL-1,nobody,EXPLORATION,copper,2025-06-01\n";
		for (String dryRun : new String[] { "true", "false" }) {
			JsonNode results = send(file, Map.of("dryRun", dryRun), "en").json().get("results");
			assertThat(results).as("dryRun=" + dryRun)
				.extracting((r) -> r.get("outcome").stringValue() + " " + problem(r))
				.containsExactly("registered -", "already-registered already-registered -");
		}
	}

	@Test
	void aDryRunReportsWhatTheFileWouldDoAndRegistersNothingNorTakesALicenceNumber() {
		String file = "externalId;holder;type;mineral;issuedOn\nEXL-1;t-applicant;EXPLORATION;copper;2025-06-01\n"
				+ "EXL-2;nobody;EXPLORATION;copper;2025-06-01\nEXL-3;t-applicant;EXPLORATION;copper;2025-06-01;surplus\n"
				+ "EXL-1;t-applicant2;EXPLORATION;copper;2025-06-01\n";
		String before = state();
		Api.Response checked = send(file, Map.of("dryRun", "true"), "en");
		assertThat(checked.status()).as(checked.body()).isEqualTo(200);
		JsonNode report = checked.json();
		assertThat(report.get("dryRun").booleanValue()).isTrue();
		assertThat(report.get("results")).extracting((r) -> r.get("outcome").stringValue())
			.containsExactly("registered", "refused", "refused", "already-registered");
		assertThat(report.get("results").get(0).get("licenceId").isNull()).isTrue();
		assertThat(report.get("results").get(2).get("problem").get("errors").get(0).get("reason").stringValue())
			.isEqualTo("the row has 6 cells, the header 5");
		assertThat(state()).as("the register, the layer, the audit trail, the notices, the licence numbers")
			.isEqualTo(before);

		JsonNode registered = send(file, Map.of("dryRun", "false"), "en").json();
		assertThat(registered.get("dryRun").booleanValue()).isFalse();
		assertThat(registered.get("results")).extracting((r) -> r.get("outcome").stringValue())
			.containsExactly("registered", "refused", "refused", "already-registered");
		assertThat(state()).isNotEqualTo(before);
	}

	@Test
	void holdersWhoAreNotYetUsersAreRecordedAsApplicantsWhenTheFileAsksForIt() {
		String company = "co-10320145867";
		this.db.sql("DELETE FROM app_user WHERE username = :name").param("name", company).update();
		String file = "externalId,holder,type,mineral,issuedOn\n" + "EXL-1," + company
				+ ",EXPLORATION,copper,2025-06-01\n" + "EXL-2,Kavir Mining Co,EXPLORATION,copper,2025-06-01\n"
				+ "EXL-3," + company + ",EXPLORATION,copper,2025-06-01\n"
				+ "EXL-4,t-applicant,EXPLORATION,copper,2025-06-01\n" + "EXL-5," + Fixtures.GIS_ADMIN
				+ ",EXPLORATION,copper,2025-06-01\n";
		String before = state();

		JsonNode unasked = send(file, Map.of("dryRun", "true"), "en").json();
		assertThat(unasked.get("results")).extracting(RegistrationFileTests::outcome)
			.containsExactly("refused", "refused", "refused", "registered", "refused");
		assertThat(unasked.get("results").get(0).get("problem").get("detail").stringValue()).isEqualTo("'" + company
				+ "' is not a user of the cadastre (newHolder true records it as an applicant, who signs in with the "
				+ "ministry's identity provider; newHolders=true for a file).");
		assertThat(unasked.get("results").get(4).get("problem").get("detail").stringValue())
			.isEqualTo("'" + Fixtures.GIS_ADMIN + "' is not an enabled applicant.");
		assertThat(unasked.get("newHolders")).isEmpty();

		JsonNode checked = send(file, Map.of("dryRun", "true", "newHolders", "true"), "en").json();
		assertThat(checked.get("results")).extracting(RegistrationFileTests::outcome)
			.containsExactly("registered", "refused", "registered", "registered", "refused");
		assertThat(checked.get("results").get(1).get("problem").get("detail").stringValue())
			.isEqualTo("'Kavir Mining Co' is not a user name: 2 to 64 of a-z, 0-9, '.', '_' or '-', the first a "
					+ "letter or digit.");
		assertThat(checked.get("newHolders")).extracting(JsonNode::stringValue).containsExactly(company);
		assertThat(state()).isEqualTo(before);
		assertThat(this.db.sql("SELECT count(*) FROM app_user WHERE username = :name")
			.param("name", company)
			.query(Long.class)
			.single()).as("a dry run records no one").isZero();

		JsonNode registered = send(file, Map.of("newHolders", "true"), "fa").json();
		assertThat(registered.get("results")).extracting(RegistrationFileTests::outcome)
			.containsExactly("registered", "refused", "registered", "registered", "refused");
		assertThat(registered.get("results").get(1).get("problem").get("detail").stringValue())
			.isEqualTo("کاربر «Kavir Mining Co» نام کاربری نیست: 2 تا 64 نویسه از a-z، 0-9، «.»، «_» یا «-» که "
					+ "نخستین آن حرف یا رقم باشد.");
		assertThat(registered.get("newHolders")).extracting(JsonNode::stringValue).containsExactly(company);
		assertThat(this.db
			.sql("SELECT role || ' ' || enabled || ' ' || password_hash FROM app_user WHERE username = :name")
			.param("name", company)
			.query(String.class)
			.single()).as("an applicant, without a password, as the identity provider's users are")
			.isEqualTo("APPLICANT true {bcrypt}-");
		assertThat(registered()).isEqualTo(
				"EXL-1 EXPLORATION " + company + ", EXL-3 EXPLORATION " + company + ", EXL-4 EXPLORATION t-applicant");
		assertThat(this.db.sql(
				"SELECT count(*) FROM audit_event WHERE action = 'licence.register' AND details->>'newHolder' = 'true'")
			.query(Long.class)
			.single()).as("recorded once, with the first licence").isEqualTo(1);
	}

	@Test
	void aFileThatIsNotARegisterIsRefusedWholeAndChangesNothing() {
		String before = state();
		assertRefused(
				send("externalId,holder,type,mineral,issuedOn,licenceNo\nEXL-1,t-applicant,EXPLORATION,copper,"
						+ "2025-06-01,7\n", Map.of(), "en"),
				422,
				"Column 6, licenceNo, is not a field of a registration; the columns are featureId, externalId, holder, "
						+ "type, mineral, issuedOn, lastDay, termYears, reserve, explorationCostRials.");
		assertRefused(send("holder,type,mineral,issuedOn\nt-applicant,EXPLORATION,copper,2025-06-01\n", Map.of(), "fa"),
				422, "فایل ستون externalId را ندارد: هر سطر به آن نیاز دارد.");
		assertRefused(send("externalId,holder,type,mineral,issuedOn\n", Map.of(), "en"), 422,
				"The file has no licences: a header row naming the columns (featureId, externalId, holder, type, "
						+ "mineral, issuedOn, lastDay, termYears, reserve, explorationCostRials), then a licence per row.");
		assertRefused(send("externalId,holder,type,mineral,issuedOn\n\"EXL-1,t-applicant\n", Map.of(), "en"), 422,
				"A quoted cell of row 2 is never closed.");
		byte[] huge = new byte[(64 << 20) + 1];
		Arrays.fill(huge, (byte) 'a');
		Api.Response tooLarge = send(huge, Map.of(), "en");
		assertRefused(tooLarge, 413, "The file has 67108865 bytes; a register file has at most 67108864.");
		assertThat(tooLarge.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:file-too-large");
		assertRefused(send(REGISTER, Map.of("dryRun", "perhaps"), "en"), 400, "dryRun is true or false.");
		Api.Response applicant = this.api.send(Uploads.form(this.api, Fixtures.APPLICANT, PATH, "register.csv",
				REGISTER.getBytes(StandardCharsets.UTF_8), Map.of()));
		assertThat(applicant.status()).isEqualTo(403);
		assertThat(state()).isEqualTo(before);
	}

	private Api.Response send(String file, Map<String, String> fields, String language) {
		return send(file.getBytes(StandardCharsets.UTF_8), fields, language);
	}

	private Api.Response send(byte[] file, Map<String, String> fields, String language) {
		return this.api.send(Uploads.form(this.api, Fixtures.OFFICER, PATH, "register.csv", file, fields)
			.header("Accept-Language", language));
	}

	private static void assertRefused(Api.Response response, int status, String detail) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.isProblem()).isTrue();
		assertThat(response.json().get("detail").stringValue()).isEqualTo(detail);
	}

	private static String outcome(JsonNode result) {
		return result.get("outcome").stringValue();
	}

	/** The refusal's type and the field it names, or "-" for none. */
	private static String problem(JsonNode result) {
		JsonNode problem = result.get("problem");
		if (problem.isNull()) {
			return "-";
		}
		String type = problem.get("type").stringValue().replace("urn:cadastre:problem:", "");
		JsonNode errors = problem.get("errors");
		return type + " " + ((errors != null) ? errors.get(0).get("field").stringValue() : "-");
	}

	/** The register's licences, by their feature's id: kind and holder. */
	private String registered() {
		return this.db.sql("""
				SELECT string_agg(f.external_id || ' ' || l.type || ' ' || l.holder, ', ' ORDER BY f.external_id)
				FROM licence l JOIN feature f ON f.id = l.feature_id
				""").query(String.class).single();
	}

	/**
	 * The register, the licences layer, the audit trail, the notices and the licence
	 * numbers taken.
	 */
	private String state() {
		return this.db.sql("""
				SELECT (SELECT count(*) FROM licence) || ' / ' || (SELECT last_value FROM licence_number) || ' / '
				       || (SELECT count(*) FROM feature WHERE layer_id = 'licences' AND status IS NOT NULL) || ' / '
				       || (SELECT count(*) FROM audit_event) || ' / ' || (SELECT count(*) FROM notification)
				""").query(String.class).single();
	}

}
