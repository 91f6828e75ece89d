package ir.cadastre.audit;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes audit events inside the caller's transaction: an event exists exactly when the
 * change it records was committed.
 */
@Component
public class Audit {

	private final JdbcClient db;

	private final JsonMapper json;

	Audit(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * Appends an event to the chain. Events are chained one at a time (a
	 * transaction-scoped lock), so call this last in a transaction: the lock is then held
	 * only until its commit.
	 * @param actor the user name
	 * @param action what happened, e.g. {@code layer.import}
	 * @param subject what it happened to, e.g. {@code layer:protected_areas}
	 * @param details facts worth keeping, written as JSON
	 * @param geometryHash the SHA-256 of the geometry concerned, or {@code null}
	 */
	public void record(String actor, String action, String subject, Map<String, ?> details, String geometryHash) {
		this.db.sql("SELECT pg_advisory_xact_lock(7263)").query().singleRow();
		this.db.sql("""
				WITH previous AS (SELECT (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS hash),
				event AS (SELECT clock_timestamp() AS at)
				INSERT INTO audit_event (at, actor, action, subject, details, geometry_hash, previous_hash, hash)
				SELECT event.at, :actor, :action, :subject, :details::jsonb, :geometryHash::text, previous.hash,
				       encode(sha256(convert_to(concat_ws('|', previous.hash, event.at::text, :actor::text,
				                                          :action::text, :subject::text, :details::jsonb::text,
				                                          :geometryHash::text), 'UTF8')), 'hex')
				FROM previous, event
				""")
			.param("actor", actor)
			.param("action", action)
			.param("subject", subject)
			.param("details", this.json.writeValueAsString(details))
			.param("geometryHash", geometryHash)
			.update();
	}

}
