package ir.cadastre.web.map;

import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.audit.Audit;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer checks the audit trail from the page: intact, or the first event that
 * fails; and against an anchor whose digest is kept outside the service.
 */
@CadastreTest
class AuditCheckPageTests extends BrowserTest {

	@Autowired
	Audit audit;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void theOfficerSeesTheTrailIntactAndThenTheEventSomeoneChanged() {
		new Fixtures(this.db).users();
		this.transaction.executeWithoutResult(
				(status) -> this.audit.record("tester", "test.event", "test:page", Map.of("n", 1), null));
		long event = this.db.sql("SELECT max(id) FROM audit_event").query(Long.class).single();
		long events = new Fixtures(this.db).count("audit_event");
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("check-audit"));
		assertThat(this.browser.waitFor(By.cssSelector("#audit-message.success")).getText())
			.isEqualTo("Intact: all %,d events match their hashes and their chains.".formatted(events));

		// What only the tables' owner can do; the event is put back as it was afterwards.
		tamper(event, "{\"n\": 2}");
		try {
			this.browser.click(By.id("check-audit"));
			assertThat(this.browser.waitFor(By.cssSelector("#audit-message.error")).getText())
				.isEqualTo("Broken: 1 of %,d events fail the check. The first, event %d: changed since it was written."
					.formatted(events, event));
			this.browser.screenshot("audit-check-broken");
		}
		finally {
			tamper(event, "{\"n\": 1}");
		}
	}

	@Test
	void theOfficerTakesAnAnchorAndChecksTheTrailAgainstIt() {
		new Fixtures(this.db).users();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.click(By.id("take-anchor"));
		String taken = this.browser.waitFor(By.cssSelector("#audit-message.success")).getText();
		String digest = this.browser.find(By.id("anchor-digest")).getAttribute("value");
		assertThat(digest).matches("[0-9a-f]{64}");
		assertThat(taken).startsWith("Anchor ").endsWith("Keep its digest outside the service: " + digest);

		this.browser.click(By.id("check-audit"));
		this.browser.waitUntil("the check against the anchor",
				() -> this.browser.find(By.id("audit-message"))
					.getText()
					.endsWith("and every event up to the anchor is there as it was."));
		this.browser.screenshot("audit-anchor-intact");

		this.browser.type(By.id("anchor-digest"), "0".repeat(64));
		this.browser.click(By.id("check-audit"));
		assertThat(this.browser.waitFor(By.cssSelector("#audit-message.error")).getText()).isEqualTo(
				"Broken against the anchor: no anchor with this digest is kept (it was removed, or the digest is mistyped).");
	}

	@Test
	void theNoticeOfAnAnchorOpensItsDigestReadyToCheck() {
		new Fixtures(this.db).users();
		JsonNode anchor = new Api(this.port).post("/api/v1/audit/anchors", Fixtures.OFFICER, "application/json", "")
			.json();
		signIn(Fixtures.OFFICER, "/officer.html");
		this.browser.open("/officer.html#audit-anchor=" + anchor.get("id").longValue());
		this.browser.waitUntil("the anchor opened",
				() -> anchor.get("digest")
					.stringValue()
					.equals(this.browser.find(By.id("anchor-digest")).getAttribute("value")));
		assertThat(this.browser.find(By.id("audit-message")).getText())
			.startsWith("Anchor " + anchor.get("id").longValue() + ", up to event");
		this.browser.click(By.id("check-audit"));
		this.browser.waitUntil("the check against the anchor",
				() -> this.browser.find(By.id("audit-message"))
					.getText()
					.endsWith("and every event up to the anchor is there as it was."));
	}

	private void tamper(long event, String details) {
		this.transaction.executeWithoutResult((status) -> {
			this.db.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			this.db.sql("UPDATE audit_event SET details = CAST(:details AS jsonb) WHERE id = :id")
				.param("details", details)
				.param("id", event)
				.update();
			this.db.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		});
	}

}
