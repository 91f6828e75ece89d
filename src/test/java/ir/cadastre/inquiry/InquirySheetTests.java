package ir.cadastre.inquiry;

import java.util.Arrays;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/v1/inquiries/export}: the inquiries list, as a spreadsheet to take
 * away.
 */
@CadastreTest
class InquirySheetTests extends ApiTest {

	private long receipt;

	@BeforeEach
	void anApplicationOnAProtectedAreaAndAForest() {
		this.fixtures.feature("protected_areas", "PA",
				"POLYGON((54.1 32.1, 54.2 32.1, 54.2 32.2, 54.1 32.2, 54.1 32.1))");
		this.fixtures.feature("forests", "Forest", "POLYGON((54.2 32.1, 54.3 32.1, 54.3 32.2, 54.2 32.2, 54.2 32.1))");
		JsonNode application = this.fixtures.application(this.api, Fixtures.APPLICANT,
				"POLYGON((54.19 32.15, 54.21 32.15, 54.21 32.16, 54.19 32.16, 54.19 32.15))");
		this.receipt = application.get("receipt").asLong();
		for (JsonNode inquiry : application.get("inquiries")) {
			if (inquiry.get("agency").stringValue().equals("doe")) {
				Api.Response answered = this.api.postJson(
						"/api/v1/inquiries/" + inquiry.get("id").stringValue() + "/response", Fixtures.DOE_REVIEWER,
						"{\"decision\":\"CONSENT\",\"reason\":\"-no harm, \\\"as surveyed\\\"\"}");
				assertThat(answered.status()).as(answered.body()).isEqualTo(200);
			}
		}
	}

	@Test
	void anOfficerTakesAwayEveryInquiryTheOpenOnesFirst() {
		Api.Response sheet = this.api.get("/api/v1/inquiries/export", Fixtures.OFFICER);
		assertThat(sheet.status()).isEqualTo(200);
		assertThat(sheet.contentType()).startsWith("text/csv");
		List<String> lines = lines(sheet);
		assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", InquirySheet.COLUMNS));
		assertThat(lines.subList(1, lines.size())).hasSize(2);
		assertThat(cells(lines.get(1))).startsWith(Long.toString(this.receipt), Fixtures.APPLICANT, "copper", "frwo",
				"OPEN");
		assertThat(lines.get(2)).startsWith(this.receipt + "," + Fixtures.APPLICANT + ",copper,doe,CONSENTED,")
			.endsWith("," + Fixtures.DOE_REVIEWER + ",\"'-no harm, \"\"as surveyed\"\"\",");
	}

	@Test
	void aReviewerTakesAwayItsAgencysAndOthersMayNot() {
		List<String> doe = lines(this.api.get("/api/v1/inquiries/export", Fixtures.DOE_REVIEWER));
		assertThat(doe).hasSize(2);
		assertThat(doe.get(1)).contains(",doe,CONSENTED,");
		assertThat(lines(this.api.get("/api/v1/inquiries/export?status=OPEN", Fixtures.OFFICER))).hasSize(2);
		assertThat(this.api.get("/api/v1/inquiries/export", Fixtures.APPLICANT).status()).isEqualTo(403);
		assertThat(this.api.get("/api/v1/inquiries/export?status=ASLEEP", Fixtures.OFFICER).status()).isEqualTo(400);
	}

	private static List<String> lines(Api.Response sheet) {
		assertThat(sheet.status()).as(sheet.body()).isEqualTo(200);
		assertThat(sheet.body()).endsWith("\r\n");
		return Arrays.asList(sheet.body().split("\r\n"));
	}

	private static List<String> cells(String line) {
		return Arrays.asList(line.split(",", -1));
	}

}
