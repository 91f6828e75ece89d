package ir.cadastre.licence;

import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder asks the ministry to transfer its licence (Art. 7; Art. 10 note 3); an
 * officer approves it, or refuses it with a reason.
 */
@CadastreTest
class TransferRequestTests extends ApiTest {

	@Autowired
	LicenceTerms terms;

	@Test
	@DisplayName("Art. 7: the holder asks to transfer its certificate, the officer sees the request and approves it without naming the new holder again")
	void article7_theHolderAsksAndTheOfficerApproves() {
		String certificate = certificate();
		Api.Response asked = ask(certificate, Fixtures.APPLICANT,
				"{\"to\":\"" + Fixtures.APPLICANT2 + "\",\"reason\":\"sold with the company\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
		assertThat(asked.json().get("transferTo").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(asked.json().get("transferNote").stringValue()).isEqualTo("sold with the company");
		assertThat(asked.json().get("transferAskedAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(requested()).containsExactly(certificate);
		long number = asked.json().get("number").longValue();
		assertThat(officersNotice("Licence " + number + ": the holder asks for its transfer to " + Fixtures.APPLICANT2))
			.as("the officers are told")
			.isEqualTo("The holder of licence " + number + ", " + Fixtures.APPLICANT
					+ ", asked the ministry to transfer it to " + Fixtures.APPLICANT2
					+ ": sold with the company. Approve or refuse it.");

		Api.Response again = ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("type").stringValue()).endsWith(":already-requested");

		Api.Response approved = this.api.postJson("/api/v1/licences/" + certificate + "/transfer", Fixtures.OFFICER,
				"{}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(approved.json().get("transferTo").isNull()).isTrue();
		assertThat(requested()).isEmpty();
		Api.Response approvedAgain = this.api.postJson("/api/v1/licences/" + certificate + "/transfer",
				Fixtures.OFFICER, "{}");
		assertThat(approvedAgain.status()).as("nothing asked, no one named").isEqualTo(409);
		assertThat(approvedAgain.json().get("type").stringValue()).endsWith(":nothing-asked");
	}

	@Test
	@DisplayName("Art. 7: approving the transfer of a licence another officer has just closed is refused because it is closed (409), not for want of a new holder")
	void article7_anApprovalAfterAClosureSaysTheLicenceIsClosed() {
		String certificate = certificate();
		ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(this.api
			.postJson("/api/v1/licences/" + certificate + "/closure", Fixtures.OFFICER, "{\"reason\":\"revoked\"}")
			.status()).isEqualTo(200);
		Api.Response approved = this.api.postJson("/api/v1/licences/" + certificate + "/transfer", Fixtures.OFFICER,
				"{}");
		assertThat(approved.status()).as(approved.body()).isEqualTo(409);
		assertThat(approved.json().get("type").stringValue()).endsWith(":licence-not-active");
		assertThat(approved.json().get("licenceStatus").stringValue()).isEqualTo("CLOSED");
	}

	@Test
	@DisplayName("Art. 7: the officer refuses a transfer with a reason, which the holder is told")
	void article7_theOfficerRefusesWithAReason() {
		String certificate = certificate();
		ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		String refusal = "/api/v1/licences/" + certificate + "/transfer-refusal";
		assertThat(this.api.postJson(refusal, Fixtures.OFFICER, "{\"reason\":\" \"}").status()).isEqualTo(400);
		assertThat(this.api.postJson(refusal, Fixtures.APPLICANT, "{\"reason\":\"x\"}").status()).isEqualTo(403);
		Api.Response refused = this.api.postJson(refusal, Fixtures.OFFICER,
				"{\"reason\":\"the new holder has no mining qualification\"}");
		assertThat(refused.status()).as(refused.body()).isEqualTo(200);
		assertThat(refused.json().get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(refused.json().get("transferTo").isNull()).isTrue();
		assertThat(notice("Transfer of licence " + refused.json().get("number").longValue() + " refused"))
			.endsWith(": the new holder has no mining qualification.");
		assertThat(
				this.api.postJson(refusal, Fixtures.OFFICER, "{\"reason\":\"again\"}").json().get("type").stringValue())
			.endsWith(":nothing-asked");
	}

	@Test
	void onlyTheHolderAsksForATransferThatCouldBeApproved() {
		String certificate = certificate();
		assertThat(ask(certificate, Fixtures.APPLICANT2, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}").status())
			.isEqualTo(403);
		assertThat(ask(certificate, Fixtures.OFFICER, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}").status())
			.isEqualTo(403);
		Api.Response self = ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT + "\"}");
		assertThat(self.status()).isEqualTo(422);
		assertThat(self.json().get("type").stringValue()).endsWith(":invalid-transferee");
		assertThat(ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.OFFICER + "\"}").status())
			.isEqualTo(422);
		assertThat(ask(certificate, Fixtures.APPLICANT, "{}").status()).isEqualTo(400);
		Api.Response exploration = ask(
				GrantedLicences.exploration(this.api, Fixtures.APPLICANT,
						this.fixtures.geoJson(LicenceLifeTests.ELSEWHERE)),
				Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(exploration.status()).isEqualTo(409);
		assertThat(exploration.json().get("detail").stringValue()).contains("Art. 6");
		assertThat(this.db.sql("SELECT count(*) FROM licence WHERE transfer_to IS NOT NULL").query(Long.class).single())
			.isZero();
	}

	@Test
	@DisplayName("Art. 7, 9: a transfer asked for on a certificate ends with it when the exploitation licence is issued, and the holder is told")
	void article7_aTransferAskedForEndsWithTheCertificate() {
		String certificate = certificate();
		ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		Api.Response issued = this.api.postJson("/api/v1/licences/" + certificate + "/exploitation-licence",
				Fixtures.OFFICER, "{\"years\":10}");
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		JsonNode superseded = this.api.get("/api/v1/licences/" + certificate, Fixtures.APPLICANT).json();
		assertThat(superseded.get("status").stringValue()).isEqualTo("SUPERSEDED");
		assertThat(superseded.get("transferTo").isNull()).isTrue();
		assertThat(superseded.get("transferAskedAt").isNull()).isTrue();
		assertThat(notice("Exploitation licence issued on certificate " + superseded.get("number").longValue()))
			.endsWith(" Your request to transfer it to " + Fixtures.APPLICANT2 + " ends with it.");
	}

	@Test
	@DisplayName("Art. 8: a transfer asked for on a certificate ends with it when its year of priority lapses, and the holder is told")
	void article8_aTransferAskedForLapsesWithTheCertificate() {
		String certificate = certificate();
		ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		this.db.sql("UPDATE licence SET ends_at = TIMESTAMPTZ '2026-01-01 20:30Z' WHERE id = CAST(:id AS uuid)")
			.param("id", certificate)
			.update();
		assertThat(this.terms.sweep()).isEqualTo(1);
		JsonNode lapsed = this.api.get("/api/v1/licences/" + certificate, Fixtures.APPLICANT).json();
		assertThat(lapsed.get("status").stringValue()).isEqualTo("LAPSED");
		assertThat(lapsed.get("transferTo").isNull()).isTrue();
		assertThat(notice("Licence " + lapsed.get("number").longValue() + " lapsed"))
			.endsWith(" Your request to transfer it to " + Fixtures.APPLICANT2 + " ends with it.");
	}

	@Test
	@DisplayName("Art. 7, 8: from the instant a certificate's year ends, it shows no transfer asked for, before the job runs")
	void article7_aLapsedCertificateShowsNoTransferBeforeTheJobRuns() {
		String certificate = certificate();
		ask(certificate, Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		this.db.sql("UPDATE licence SET ends_at = TIMESTAMPTZ '2026-01-01 20:30Z' WHERE id = CAST(:id AS uuid)")
			.param("id", certificate)
			.update();
		JsonNode lapsed = this.api.get("/api/v1/licences/" + certificate, Fixtures.APPLICANT).json();
		assertThat(lapsed.get("status").stringValue()).isEqualTo("LAPSED");
		assertThat(lapsed.get("transferTo").isNull()).as("the request ended with it").isTrue();
		assertThat(lapsed.get("transferAskedAt").isNull()).isTrue();
		assertThat(lapsed.get("transferNote").isNull()).isTrue();
	}

	private Api.Response ask(String licence, String user, String json) {
		return this.api.postJson("/api/v1/licences/" + licence + "/transfer-request", user, json);
	}

	/** The body of the officer's newest notification with this subject. */
	private String officersNotice(String subject) {
		return this.db.sql(
				"SELECT body FROM notification WHERE recipient = :officer AND subject = :subject ORDER BY id DESC LIMIT 1")
			.param("officer", "user:" + Fixtures.OFFICER)
			.param("subject", subject)
			.query(String.class)
			.single();
	}

	/** The body of the holder's notification with this subject. */
	private String notice(String subject) {
		return this.db.sql("SELECT body FROM notification WHERE recipient = :holder AND subject = :subject")
			.param("holder", "user:" + Fixtures.APPLICANT)
			.param("subject", subject)
			.query(String.class)
			.single();
	}

	private List<String> requested() {
		JsonNode list = this.api.get("/api/v1/licences?requested=true", Fixtures.OFFICER).json();
		return list.valueStream().map((l) -> l.get("id").stringValue()).toList();
	}

	private String certificate() {
		return GrantedLicences.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceLifeTests.AREA))
			.get("id")
			.stringValue();
	}

}
