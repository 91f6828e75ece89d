package ir.cadastre.audit;

import java.util.List;
import java.util.Map;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The audit trail is append-only and chained by hash, and anyone can check it, in any
 * time zone.
 */
@CadastreTest
class AuditTrailTests {

	@Autowired
	Audit audit;

	@Autowired
	JdbcClient db;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).users();
	}

	@Test
	void everyEventHashesItsPredecessorInItsChain() {
		for (int i = 0; i < 3; i++) {
			int n = i;
			this.transaction.executeWithoutResult(
					(status) -> this.audit.record("tester", "test.event", "test:chain", Map.of("n", n), null));
		}
		// The formula written out, its instant as a session in UTC writes it.
		List<Map<String, Object>> events = this.transaction.execute((status) -> inZone("UTC").db
			.sql("""
					SELECT previous_hash, hash,
					       encode(sha256(convert_to(concat_ws('|', previous_hash, at::text, actor, role, agency, action, subject,
					                                          details::text, geometry_hash), 'UTF8')), 'hex') AS recomputed,
					       lag(hash) OVER (PARTITION BY chain ORDER BY id) AS predecessor
					FROM audit_event ORDER BY id
					""")
			.query()
			.listOfRows());
		assertThat(events).hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, Object> event : events) {
			assertThat(event.get("previous_hash")).isEqualTo(event.get("predecessor"));
			assertThat(event.get("hash")).isEqualTo(event.get("recomputed"));
		}
	}

	@Test
	void theTrailChecksOutWhateverTheTimeZonesOfTheSessionsThatWroteAndCheckIt() {
		for (String zone : List.of("Asia/Tehran", "America/Los_Angeles", "UTC")) {
			this.transaction.executeWithoutResult((status) -> inZone(zone).audit.record("tester", "test.event",
					"test:zone", Map.of("zone", zone), null));
		}
		for (String zone : List.of("Asia/Tehran", "Pacific/Kiritimati", "UTC")) {
			List<String> breaks = this.transaction.execute((status) -> inZone(zone).breaks());
			assertThat(breaks).as(zone).isEmpty();
		}
		JsonNode report = new Api(this.port).get("/api/v1/audit/verification", Fixtures.OFFICER).json();
		assertThat(report.get("intact").asBoolean()).isTrue();
		assertThat(report.get("breakCount").asLong()).isZero();
		assertThat(report.get("events").asLong()).isEqualTo(new Fixtures(this.db).count("audit_event"));
		assertThat(new Api(this.port).get("/api/v1/audit/verification", Fixtures.APPLICANT).status()).isEqualTo(403);
	}

	@Test
	void theCheckFindsAChangedEventAndOneWhosePredecessorWasRemoved() {
		this.transaction.executeWithoutResult((status) -> {
			List<Long> ids = OneChain.threeEvents(this.db, "test:tamper");
			// What only the tables' owner can do, and the check must then show.
			this.db.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			this.db.sql("UPDATE audit_event SET details = '{\"n\": 20}' WHERE id = :id")
				.param("id", ids.get(1))
				.update();
			assertThat(breaks()).containsExactly(ids.get(1) + " changed: its hash does not cover its content");
			this.db.sql("DELETE FROM audit_event WHERE id = :id").param("id", ids.get(1)).update();
			assertThat(breaks())
				.containsExactly(ids.get(2) + " out-of-chain: it does not follow the event before it in its chain");
			status.setRollbackOnly();
		});
		assertThat(breaks()).isEmpty();
	}

	@Test
	void eventsCannotBeChangedOrRemoved() {
		this.transaction.executeWithoutResult(
				(status) -> this.audit.record("tester", "test.event", "test:immutable", Map.of(), null));
		assertThatException().isThrownBy(() -> this.db.sql("UPDATE audit_event SET actor = 'mallory'").update());
		assertThatException().isThrownBy(() -> this.db.sql("DELETE FROM audit_event").update());
		assertThatException().isThrownBy(() -> this.db.sql("TRUNCATE audit_event").update());
		assertThat(new Fixtures(this.db).count("audit_event")).isPositive();
	}

	/** Sets the time zone of the current transaction's session. */
	private AuditTrailTests inZone(String zone) {
		this.db.sql("SELECT set_config('TimeZone', :zone, true)").param("zone", zone).query().singleRow();
		return this;
	}

	private List<String> breaks() {
		return this.db.sql("SELECT id || ' ' || kind || ': ' || problem FROM audit_breaks()")
			.query(String.class)
			.list();
	}

}
