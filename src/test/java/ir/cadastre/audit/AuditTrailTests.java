package ir.cadastre.audit;

import java.util.List;
import java.util.Map;

import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The audit trail is append-only and chained by hash.
 */
@CadastreTest
class AuditTrailTests {

	@Autowired
	Audit audit;

	@Autowired
	JdbcClient db;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void everyEventHashesItsPredecessorInItsChain() {
		for (int i = 0; i < 3; i++) {
			int n = i;
			this.transaction.executeWithoutResult(
					(status) -> this.audit.record("tester", "test.event", "test:chain", Map.of("n", n), null));
		}
		List<Map<String, Object>> events = this.db
			.sql("""
					SELECT previous_hash, hash,
					       encode(sha256(convert_to(concat_ws('|', previous_hash, at::text, actor, role, agency, action, subject,
					                                          details::text, geometry_hash), 'UTF8')), 'hex') AS recomputed,
					       lag(hash) OVER (PARTITION BY chain ORDER BY id) AS predecessor
					FROM audit_event ORDER BY id
					""")
			.query()
			.listOfRows();
		assertThat(events).hasSizeGreaterThanOrEqualTo(3);
		for (Map<String, Object> event : events) {
			assertThat(event.get("previous_hash")).isEqualTo(event.get("predecessor"));
			assertThat(event.get("hash")).isEqualTo(event.get("recomputed"));
		}
	}

	@Test
	void eventsCannotBeChangedOrRemoved() {
		this.transaction.executeWithoutResult(
				(status) -> this.audit.record("tester", "test.event", "test:immutable", Map.of(), null));
		assertThatException().isThrownBy(() -> this.db.sql("UPDATE audit_event SET actor = 'mallory'").update());
		assertThatException().isThrownBy(() -> this.db.sql("DELETE FROM audit_event").update());
	}

}
