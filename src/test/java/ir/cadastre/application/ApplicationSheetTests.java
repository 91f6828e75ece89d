package ir.cadastre.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.web.Csv;
import ir.cadastre.web.CsvRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/applications/export}: the list, as a spreadsheet to take away.
 */
@CadastreTest
class ApplicationSheetTests extends ApiTest {

	private static final String REASON = "=HYPERLINK(\"http://x\",\"click\"), really";

	private long granted;

	private long consulted;

	private long rejected;

	@BeforeEach
	void threeApplications() {
		this.fixtures.feature("protected_areas", "PA",
				"POLYGON((54.1 32.1, 54.2 32.1, 54.2 32.2, 54.1 32.2, 54.1 32.1))");
		String first = submit(Fixtures.APPLICANT,
				"POLYGON((54.01 32.01, 54.02 32.01, 54.02 32.02, 54.01 32.02, 54.01 32.01))");
		String second = submit(Fixtures.APPLICANT,
				"POLYGON((54.15 32.15, 54.16 32.15, 54.16 32.16, 54.15 32.16, 54.15 32.15))");
		String third = submit(Fixtures.APPLICANT2,
				"POLYGON((54.03 32.01, 54.04 32.01, 54.04 32.02, 54.03 32.02, 54.03 32.01))");
		decide(first, "{\"decision\":\"GRANT\"}");
		decide(third, "{\"decision\":\"REJECT\",\"reason\":\"" + REASON.replace("\"", "\\\"") + "\"}");
		this.granted = receipt(first);
		this.consulted = receipt(second);
		this.rejected = receipt(third);
	}

	@Test
	void anOfficerTakesAwayEveryApplicationPendingFirst() {
		Api.Response sheet = this.api.get("/api/v1/applications/export", Fixtures.OFFICER);
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.contentType()).startsWith("text/csv");
		assertThat(sheet.body()).startsWith("\uFEFF" + String.join(",", ApplicationSheet.COLUMNS) + "\r\n");
		List<List<String>> rows = rows(sheet);
		assertThat(rows).extracting((row) -> Long.parseLong(row.get(0)))
			.containsExactly(this.consulted, this.rejected, this.granted);
		assertThat(cells(rows.get(0), "status", "applicant", "consulted_agencies", "decision"))
			.containsExactly("UNDER_CONSULTATION", Fixtures.APPLICANT, "doe", "");
		long licence = this.db
			.sql("SELECT l.number FROM licence l JOIN application a ON a.id = l.application_id "
					+ "WHERE a.receipt = :receipt")
			.param("receipt", this.granted)
			.query(Long.class)
			.single();
		assertThat(cells(rows.get(2), "status", "decision", "decided_by", "licence_number")).containsExactly("GRANTED",
				"GRANT", Fixtures.OFFICER, Long.toString(licence));
		assertThat(rows.get(2).get(ApplicationSheet.COLUMNS.indexOf("received_on"))).matches("14\\d\\d-\\d\\d-\\d\\d");
	}

	@Test
	void anApplicationWhoseWindowsHaveClosedIsReadyForDecisionAsInTheList() {
		// The test clock is 2026-01-15T08:00:00Z: the DoE's window closed an hour ago,
		// before the sweeping job recorded its deemed consent.
		this.db.sql("""
				UPDATE inquiry SET deadline = TIMESTAMPTZ '2026-01-15T07:00:00Z'
				WHERE application_id = (SELECT id FROM application WHERE receipt = :receipt)
				""").param("receipt", this.consulted).update();
		List<String> row = rows(this.api.get("/api/v1/applications/export", Fixtures.OFFICER)).get(0);
		assertThat(cells(row, "receipt", "status")).containsExactly(Long.toString(this.consulted),
				"READY_FOR_DECISION");
		assertThat(this.api.get("/api/v1/applications?status=READY_FOR_DECISION", Fixtures.OFFICER)
			.json()
			.get(0)
			.get("status")
			.stringValue()).isEqualTo("READY_FOR_DECISION");
	}

	@Test
	void aReasonASpreadsheetWouldReadAsAFormulaIsWrittenAsText() {
		List<String> rejectedRow = rows(this.api.get("/api/v1/applications/export", Fixtures.OFFICER)).get(1);
		assertThat(cells(rejectedRow, "status", "decision_reason")).containsExactly("REJECTED", "'" + REASON);
		assertThat(Csv.cell(REASON)).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\"), really\"");
	}

	@Test
	void eachUserTakesAwayWhatTheListShowsThem() {
		assertThat(receipts(this.api.get("/api/v1/applications/export", Fixtures.APPLICANT)))
			.containsExactly(this.consulted, this.granted);
		assertThat(receipts(this.api.get("/api/v1/applications/export", Fixtures.DOE_REVIEWER)))
			.containsExactly(this.consulted);
		assertThat(receipts(this.api.get("/api/v1/applications/export?status=GRANTED,REJECTED", Fixtures.OFFICER)))
			.containsExactly(this.rejected, this.granted);
	}

	@Test
	void anUnknownStateIsRefusedAndASignedOutUserIsAskedToSignIn() {
		Api.Response bad = this.api.get("/api/v1/applications/export?status=LOST", Fixtures.OFFICER);
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(this.api.get("/api/v1/applications/export", null).status()).isEqualTo(401);
	}

	private String submit(String applicant, String wkt) {
		return this.fixtures.application(this.api, applicant, wkt).get("id").stringValue();
	}

	private void decide(String id, String decision) {
		Api.Response decided = this.api.postJson("/api/v1/applications/" + id + "/decision", Fixtures.OFFICER,
				decision);
		assertThat(decided.status()).as(decided.body()).isEqualTo(200);
	}

	private long receipt(String id) {
		return this.db.sql("SELECT receipt FROM application WHERE id = CAST(:id AS uuid)")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static List<Long> receipts(Api.Response sheet) {
		assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
		return rows(sheet).stream().map((row) -> Long.parseLong(row.get(0))).toList();
	}

	private static List<String> cells(List<String> row, String... columns) {
		List<String> cells = new ArrayList<>();
		for (String column : columns) {
			cells.add(row.get(ApplicationSheet.COLUMNS.indexOf(column)));
		}
		return cells;
	}

	/** The rows after the header, each cell unquoted as RFC 4180 quotes it. */
	private static List<List<String>> rows(Api.Response sheet) {
		List<List<String>> rows = CsvRows.read(sheet.body().getBytes(StandardCharsets.UTF_8));
		assertThat(rows).allSatisfy((r) -> assertThat(r).hasSize(ApplicationSheet.COLUMNS.size()));
		return rows.subList(1, rows.size());
	}

}
