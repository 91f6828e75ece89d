package ir.cadastre.inquiry;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.HeldTransactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Changes to one Article 24 window that meet: decrees, answers and the window's close.
 * One side is held open in a transaction of its own, as another officer's or reviewer's
 * request would be, while the other runs through the service and waits for it.
 */
@CadastreTest
class InquiryRaceTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	HeldTransactions held;

	String application;

	String inquiry;

	long notifiedBefore;

	@BeforeEach
	void setUp() {
		this.held = new HeldTransactions(this.dataSource, this.db);
		this.notifiedBefore = this.db.sql("SELECT coalesce(max(id), 0) FROM notification").query(Long.class).single();
		this.fixtures.feature("protected_areas", "Kavir", InquiryTests.PROTECTED);
		this.application = this.fixtures.application(this.api, Fixtures.APPLICANT, InquiryTests.AREA)
			.get("id")
			.stringValue();
		this.inquiry = this.api.get("/api/v1/applications/" + this.application, Fixtures.OFFICER)
			.json()
			.get("inquiries")
			.get(0)
			.get("id")
			.stringValue();
	}

	@Test
	@DisplayName("Art. 24: two decrees extending a window at once both extend it, by 10 and 20 days")
	void article24_twoExtensionsAtOnceBothCount() throws Exception {
		CompletableFuture<Api.Response> first;
		CompletableFuture<Api.Response> second;
		try (Connection officer = this.held
			.holding("SELECT 1 FROM application WHERE id = '" + this.application + "' FOR UPDATE")) {
			first = CompletableFuture.supplyAsync(() -> decree("EXTEND", 10));
			second = CompletableFuture.supplyAsync(() -> decree("EXTEND", 20));
			this.held.awaitWaiting(2);
			officer.commit();
		}
		assertThat(first.join().status()).as(first.join().body()).isEqualTo(201);
		assertThat(second.join().status()).as(second.join().body()).isEqualTo(201);
		JsonNode window = this.api.get("/api/v1/inquiries/" + this.inquiry, Fixtures.DOE_REVIEWER).json();
		// 1405-02-25 (2026-05-15) and 30 days: 2026-06-14, 1405-03-24
		assertThat(window.get("deadline").stringValue()).isEqualTo("2026-06-14T20:30:00Z");
		assertThat(window.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-03-24");
		assertThat(events("inquiry.extend")).isEqualTo(2);
	}

	@Test
	@DisplayName("Art. 24: a decree that waited for an answer leaves the answered window alone, says so, and tells no one")
	void article24_aDecreeLeavesAWindowAnsweredWhileItWaited() throws Exception {
		CompletableFuture<Api.Response> paused;
		try (Connection answering = this.held.holding(
				"SELECT 1 FROM application WHERE id = '" + this.application + "' FOR UPDATE",
				"UPDATE inquiry SET status = 'CONSENTED', answered_at = cadastre_now(), answered_by = '"
						+ Fixtures.DOE_REVIEWER + "' WHERE id = '" + this.inquiry + "'")) {
			paused = CompletableFuture.supplyAsync(() -> decree("PAUSE", null));
			this.held.awaitWaiting(1);
			answering.commit();
		}
		assertThat(paused.join().status()).as(paused.join().body()).isEqualTo(201);
		assertThat(paused.join().json().get("affected").intValue()).isZero();
		assertThat(this.db.sql("SELECT paused_at IS NULL FROM inquiry WHERE id = CAST(:id AS uuid)")
			.param("id", this.inquiry)
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(events("inquiry.pause")).isZero();
		assertThat(decreeNotices()).isZero();
	}

	@Test
	@DisplayName("Art. 24: two decrees pausing a window at once pause it once: one audit event, one notice each")
	void article24_twoPausesAtOncePauseOnce() throws Exception {
		CompletableFuture<Api.Response> first;
		CompletableFuture<Api.Response> second;
		try (Connection officer = this.held
			.holding("SELECT 1 FROM application WHERE id = '" + this.application + "' FOR UPDATE")) {
			first = CompletableFuture.supplyAsync(() -> decree("PAUSE", null));
			second = CompletableFuture.supplyAsync(() -> decree("PAUSE", null));
			this.held.awaitWaiting(2);
			officer.commit();
		}
		assertThat(first.join().json().get("affected").intValue() + second.join().json().get("affected").intValue())
			.isEqualTo(1);
		assertThat(events("inquiry.pause")).isEqualTo(1);
		assertThat(decreeNotices()).as("the agency and the applicant, once").isEqualTo(2);
	}

	@Test
	@DisplayName("Art. 24: an answer that the window's close overtakes on its way in is refused as too late (409), not a 500")
	void article24_anAnswerOvertakenByTheCloseIsRefusedAsLate() throws Exception {
		CompletableFuture<Api.Response> answered;
		// The clock passing the deadline while the answer is between its check and its
		// write: held here by the inquiry's row, and played by moving the deadline back.
		try (Connection closing = this.held.holding(
				"SELECT 1 FROM inquiry WHERE id = '" + this.inquiry + "' FOR UPDATE",
				"UPDATE inquiry SET deadline = TIMESTAMPTZ '2026-01-15 07:59Z' WHERE id = '" + this.inquiry + "'")) {
			answered = CompletableFuture
				.supplyAsync(() -> this.api.postJson("/api/v1/inquiries/" + this.inquiry + "/response",
						Fixtures.DOE_REVIEWER, "{\"decision\":\"OBJECTION\",\"reason\":\"wetland\"}"));
			this.held.awaitWaiting(1);
			closing.commit();
		}
		Api.Response late = answered.join();
		assertThat(late.status()).as(late.body()).isEqualTo(409);
		assertThat(late.json().get("type").stringValue()).endsWith(":window-closed");
		assertThat(events("inquiry.answer")).isZero();
		assertThat(this.api.get("/api/v1/inquiries/" + this.inquiry, Fixtures.DOE_REVIEWER)
			.json()
			.get("status")
			.stringValue()).isEqualTo("DEEMED_CONSENT");
	}

	private Api.Response decree(String action, Integer days) {
		return this.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\":\"" + action + "\"," + ((days != null) ? "\"days\":" + days + "," : "")
						+ "\"agency\":\"doe\",\"reason\":\"field season\",\"reference\":\"D-" + action + "\"}");
	}

	private long decreeNotices() {
		return this.db.sql("SELECT count(*) FROM notification WHERE kind = 'DECREE' AND id > :before")
			.param("before", this.notifiedBefore)
			.query(Long.class)
			.single();
	}

	private long events(String action) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", "inquiry:" + this.inquiry)
			.query(Long.class)
			.single();
	}

}
