package ir.cadastre.licence;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import ir.cadastre.HeldTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers acting at once on the transfer a holder asked for (Art. 7): one approval or
 * refusal takes effect, the other is 409. The other officer's act is held open in a
 * transaction of its own while the approval runs through the service and waits for it.
 */
@CadastreTest
class TransferRaceTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	HeldTransactions held;

	String certificate;

	@BeforeEach
	void setUp() {
		this.held = new HeldTransactions(this.dataSource, this.db);
		this.certificate = GrantedLicences
			.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceLifeTests.AREA))
			.get("id")
			.stringValue();
		Api.Response asked = this.api.postJson("/api/v1/licences/" + this.certificate + "/transfer-request",
				Fixtures.APPLICANT, "{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(asked.status()).as(asked.body()).isEqualTo(200);
	}

	@Test
	@DisplayName("Art. 7: an approval that waited for another officer's refusal of the transfer is refused (409 nothing-asked); the licence stays with its holder")
	void article7_anApprovalOvertakenByARefusalIsAConflict() throws Exception {
		CompletableFuture<Api.Response> approval;
		try (Connection refusing = this.held.holding(
				"SELECT 1 FROM licence WHERE id = '" + this.certificate + "' FOR UPDATE",
				"UPDATE licence SET transfer_to = NULL, transfer_asked_at = NULL, transfer_note = NULL WHERE id = '"
						+ this.certificate + "'")) {
			approval = CompletableFuture.supplyAsync(this::approve);
			this.held.awaitWaiting(1);
			refusing.commit();
		}
		Api.Response late = approval.join();
		assertThat(late.status()).as(late.body()).isEqualTo(409);
		assertThat(late.json().get("type").stringValue()).endsWith(":nothing-asked");
		assertThat(this.api.get("/api/v1/licences/" + this.certificate, Fixtures.OFFICER)
			.json()
			.get("holder")
			.stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(events("licence.transfer")).isZero();
	}

	@Test
	@DisplayName("Art. 7: two officers approving one transfer at once transfer it once: one 200, one 409 nothing-asked, one audit event")
	void article7_twoApprovalsAtOnceTransferOnce() throws Exception {
		CompletableFuture<Api.Response> first;
		CompletableFuture<Api.Response> second;
		try (Connection officer = this.held
			.holding("SELECT 1 FROM licence WHERE id = '" + this.certificate + "' FOR UPDATE")) {
			first = CompletableFuture.supplyAsync(this::approve);
			second = CompletableFuture.supplyAsync(this::approve);
			this.held.awaitWaiting(2);
			officer.commit();
		}
		List<Api.Response> answers = List.of(first.join(), second.join());
		assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409);
		assertThat(answers).filteredOn((answer) -> answer.status() == 409)
			.singleElement()
			.satisfies((refused) -> assertThat(refused.json().get("type").stringValue()).endsWith(":nothing-asked"));
		assertThat(this.api.get("/api/v1/licences/" + this.certificate, Fixtures.OFFICER)
			.json()
			.get("holder")
			.stringValue()).isEqualTo(Fixtures.APPLICANT2);
		assertThat(events("licence.transfer")).isEqualTo(1);
	}

	/** The officer page's approval of the transfer asked for: it names no one. */
	private Api.Response approve() {
		return this.api.postJson("/api/v1/licences/" + this.certificate + "/transfer", Fixtures.OFFICER, "{}");
	}

	private long events(String action) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", "licence:" + this.certificate)
			.query(Long.class)
			.single();
	}

}
