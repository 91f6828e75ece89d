package ir.cadastre.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anchors of the audit trail (V21): the heads of its chains at an instant, and their
 * digest, which every officer is sent, so that it is kept outside the service. The chains
 * alone do not show the newest events of a chain removed together; checked against a
 * digest kept outside, an anchor shows any event up to its heads removed or changed
 * since. One is taken every day ({@code cadastre.audit.anchor-interval}), and whenever an
 * officer asks.
 */
@Component
public class AuditAnchors {

	private final JdbcClient db;

	private final Audit audit;

	private final Outbox outbox;

	AuditAnchors(JdbcClient db, Audit audit, Outbox outbox) {
		this.db = db;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Takes an anchor, records it in the trail and sends its digest to every enabled
	 * officer.
	 * @param actor who takes it: an officer, or {@code system}
	 * @return the anchor
	 */
	@Transactional
	public Anchor take(String actor) {
		Anchor anchor = this.db.sql("""
				SELECT id, at, digest, jsonb_array_length(heads) AS chains,
				       (SELECT max((h ->> 'id')::bigint) FROM jsonb_array_elements(heads) h) AS last_event
				FROM audit_anchor_take()
				""")
			.query((rs, n) -> new Anchor(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("digest"),
					rs.getInt("chains"), rs.getLong("last_event")))
			.single();
		List<Notification> notices = this.outbox.officers()
			.stream()
			.map((officer) -> Notification.of("AUDIT_ANCHOR", officer, "audit-anchor:" + anchor.id(), "audit.anchor",
					"anchor", anchor.id(), "digest", anchor.digest(), "at", anchor.at(), "lastEvent",
					anchor.lastEvent()))
			.toList();
		this.outbox.add(notices);
		this.audit.record(actor, "audit.anchor", "audit-anchor:" + anchor.id(), Map.of("digest", anchor.digest()),
				null);
		return anchor;
	}

	/** The daily anchor; the first a day after the service starts. */
	@Scheduled(initialDelayString = "${cadastre.audit.anchor-interval:P1D}",
			fixedDelayString = "${cadastre.audit.anchor-interval:P1D}")
	void takeDaily() {
		take("system");
	}

	/**
	 * What no longer matches an anchor, each with its {@code kind}
	 * ({@code unknown-anchor}, {@code heads-changed}, {@code head-gone},
	 * {@code head-changed}), the head's event {@code id} and {@code chain}, and the
	 * {@code problem} in words: nothing when the trail still holds every event up to its
	 * heads as they were.
	 * @param digest the anchor's digest, as kept outside the service
	 */
	List<Map<String, Object>> problems(String digest) {
		return this.db.sql("SELECT * FROM audit_anchor_problems(:digest) ORDER BY id NULLS FIRST")
			.param("digest", digest)
			.query()
			.listOfRows();
	}

	/**
	 * An anchor with its heads.
	 * @throws CadastreProblem 404 when there is none
	 */
	Kept get(long id) {
		return this.db.sql("SELECT id, at, digest, heads::text AS heads FROM audit_anchor WHERE id = :id")
			.param("id", id)
			.query((rs, n) -> new Kept(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("digest"),
					rs.getString("heads")))
			.optional()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "anchor-not-found", "Anchor not found",
					Text.of("There is no anchor {0}.", id)));
	}

	/** The latest anchors, the newest first. */
	List<Map<String, Object>> latest() {
		return this.db.sql("SELECT id, at, digest FROM audit_anchor ORDER BY id DESC LIMIT 100").query().listOfRows();
	}

	/**
	 * @param id its number
	 * @param at when it was taken
	 * @param digest the SHA-256 of its heads, to keep outside the service
	 * @param chains the chains it anchors
	 * @param lastEvent the newest event it anchors
	 */
	public record Anchor(long id, Instant at, String digest, int chains, long lastEvent) {
	}

	/**
	 * @param id its number
	 * @param at when it was taken
	 * @param digest the SHA-256 of its heads
	 * @param heads the newest event of each chain then: {@code chain}, {@code id},
	 * {@code hash}
	 */
	record Kept(long id, Instant at, String digest, @JsonRawValue String heads) {
	}

}
