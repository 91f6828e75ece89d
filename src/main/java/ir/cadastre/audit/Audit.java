package ir.cadastre.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes audit events inside the caller's transaction: an event exists exactly when the
 * change it records was committed. Each event names the actor, with the role and agency
 * the actor has, and is chained by hash to the one before it in its chain: each
 * transaction appends to one of 64 chains (by transaction id), so unrelated transactions
 * do not wait for each other's commit.
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
	 * Appends an event to the transaction's chain. A chain takes one event at a time (a
	 * transaction-scoped lock), so call this last in a transaction: the lock is then held
	 * only until its commit.
	 * @param actor the user name
	 * @param action what happened, e.g. {@code layer.import}
	 * @param subject what it happened to, e.g. {@code layer:protected_areas}
	 * @param details facts worth keeping, written as JSON
	 * @param geometryHash the SHA-256 of the geometry concerned, or {@code null}
	 */
	public void record(String actor, String action, String subject, Map<String, ?> details, String geometryHash) {
		recordAll(List.of(new Event(actor, action, subject, details, geometryHash)));
	}

	/**
	 * Appends events to the chain in one round trip, in order; call it last in a
	 * transaction, like {@link #record}.
	 * @param events the events
	 */
	public void recordAll(List<Event> events) {
		if (events.isEmpty()) {
			return;
		}
		this.db.sql("SELECT audit_append(:actors, :actions, :subjects, CAST(:details AS jsonb[]), :hashes)")
			.param("actors", events.stream().map(Event::actor).toArray(String[]::new))
			.param("actions", events.stream().map(Event::action).toArray(String[]::new))
			.param("subjects", events.stream().map(Event::subject).toArray(String[]::new))
			.param("details",
					events.stream().map((e) -> this.json.writeValueAsString(e.details())).toArray(String[]::new))
			.param("hashes", events.stream().map(Event::geometryHash).toArray(String[]::new))
			.query()
			.singleRow();
	}

	/**
	 * The SHA-256 of some bytes (a geometry's WKB, a request), in hex.
	 * @param parts the bytes, in order
	 * @return the hash
	 */
	public static String sha256(byte[]... parts) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				digest.update(part);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	/**
	 * One state change.
	 *
	 * @param actor the user name
	 * @param action what happened, e.g. {@code inquiry.answer}
	 * @param subject what it happened to, e.g. {@code inquiry:<id>}
	 * @param details facts worth keeping, written as JSON
	 * @param geometryHash the SHA-256 of the geometry concerned, or {@code null}
	 */
	public record Event(String actor, String action, String subject, Map<String, ?> details, String geometryHash) {
	}

}
