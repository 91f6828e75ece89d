package ir.cadastre.notify;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's notices in the service: those to the user and those to the user's agency,
 * newest first, and which of them are new since the user last looked.
 */
@Component
class Inbox {

	private final JdbcClient db;

	Inbox(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Notices older than one, newest first.
	 * @param username the reader
	 * @param language {@code fa} or {@code en}; {@code null} for the reader's own
	 * @param before only notices with a smaller id
	 * @param limit at most this many
	 */
	List<Notice> list(String username, String language, long before, int limit) {
		// One ordered scan of the index per recipient, merged: a condition on either
		// recipient would sort every notice of the agency.
		return this.db.sql("""
				WITH reader AS (
				    SELECT username, agency_id, notices_seen, coalesce(CAST(:language AS text), language) AS language
				    FROM app_user WHERE username = :username
				),
				mine AS (
				    (SELECT n.id, n.kind, n.created_at, n.subject, n.body, n.subject_fa, n.body_fa
				     FROM notification n, reader r
				     WHERE n.recipient = 'user:' || r.username AND n.id < :before ORDER BY n.id DESC LIMIT :limit)
				    UNION ALL
				    (SELECT n.id, n.kind, n.created_at, n.subject, n.body, n.subject_fa, n.body_fa
				     FROM notification n, reader r
				     WHERE n.recipient = 'agency:' || r.agency_id AND n.id < :before ORDER BY n.id DESC LIMIT :limit)
				)
				SELECT m.id, m.kind, m.created_at, m.id > r.notices_seen AS unread,
				       CASE r.language WHEN 'en' THEN m.subject ELSE m.subject_fa END AS subject,
				       CASE r.language WHEN 'en' THEN m.body ELSE m.body_fa END AS body
				FROM mine m, reader r
				ORDER BY m.id DESC LIMIT :limit
				""")
			.param("username", username)
			.param("language", language)
			.param("before", before)
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("kind"),
					rs.getTimestamp("created_at").toInstant(), rs.getString("subject"), rs.getString("body"),
					rs.getBoolean("unread")))
			.list();
	}

	/** How many of the reader's notices are new since it last looked. */
	long unread(String username) {
		return this.db.sql("""
				SELECT (SELECT count(*) FROM notification n
				        WHERE n.recipient = 'user:' || u.username AND n.id > u.notices_seen)
				     + (SELECT count(*) FROM notification n
				        WHERE n.recipient = 'agency:' || u.agency_id AND n.id > u.notices_seen)
				FROM app_user u WHERE u.username = :username
				""").param("username", username).query(Long.class).optional().orElse(0L);
	}

	/**
	 * Marks the reader's notices up to one as seen; never unmarks.
	 * @param through the newest notice seen; one that does not exist yet counts as the
	 * newest that does
	 */
	void seen(String username, long through) {
		this.db
			.sql("""
					UPDATE app_user
					SET notices_seen = greatest(notices_seen, least(:through, (SELECT coalesce(max(id), 0) FROM notification)))
					WHERE username = :username
					""")
			.param("through", through)
			.param("username", username)
			.update();
	}

	/**
	 * A notice as its reader sees it.
	 *
	 * @param id its number; a later notice has a larger one
	 * @param kind its kind
	 * @param at when it was made
	 * @param subject its subject, in the reader's language
	 * @param body its message, in the reader's language
	 * @param unread whether it is new since the reader last looked
	 */
	record Notice(long id, String kind, Instant at, String subject, String body, boolean unread) {
	}

}
