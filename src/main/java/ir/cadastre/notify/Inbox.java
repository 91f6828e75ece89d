package ir.cadastre.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import ir.cadastre.security.CadastreUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's notices in the service: those to the user and those to the user's agency,
 * newest first, and which of them are new since the user last looked.
 */
@Component
class Inbox {

	/** The most unread notices counted. */
	static final int MAX_UNREAD = 1000;

	private final JdbcClient db;

	Inbox(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Notices older than one, newest first.
	 * @param reader the reader
	 * @param language {@code fa} or {@code en}; {@code null} for the reader's own
	 * @param before only notices with a smaller id
	 * @param limit at most this many
	 */
	List<Notice> list(CadastreUser reader, String language, long before, int limit) {
		// One backward scan of the index per recipient, each as far as the page, merged.
		// The recipients are given, not joined from app_user: the planner would then sort
		// every notice of the agency.
		return this.db.sql("""
				WITH mine AS (
				    (SELECT id, kind, created_at, about, subject, body, subject_fa, body_fa FROM notification
				     WHERE recipient = :user AND id < :before ORDER BY id DESC LIMIT :limit)
				    UNION ALL
				    (SELECT id, kind, created_at, about, subject, body, subject_fa, body_fa FROM notification
				     WHERE recipient = :agency AND id < :before ORDER BY id DESC LIMIT :limit)
				),
				reader AS (
				    SELECT notices_seen, coalesce(CAST(:language AS text), language) AS language
				    FROM app_user WHERE username = :username
				)
				SELECT m.id, m.kind, m.created_at, m.about, m.id > r.notices_seen AS unread,
				       CASE r.language WHEN 'en' THEN m.subject ELSE m.subject_fa END AS subject,
				       CASE r.language WHEN 'en' THEN m.body ELSE m.body_fa END AS body
				FROM mine m, reader r
				ORDER BY m.id DESC LIMIT :limit
				""")
			.param("user", "user:" + reader.username())
			.param("agency", agency(reader))
			.param("username", reader.username())
			.param("language", language)
			.param("before", before)
			.param("limit", limit)
			.query((rs, n) -> new Notice(rs.getLong("id"), rs.getString("kind"),
					rs.getTimestamp("created_at").toInstant(), About.of(rs.getString("about")), rs.getString("subject"),
					rs.getString("body"), rs.getBoolean("unread")))
			.list();
	}

	/**
	 * How many of the reader's notices are new since it last looked, up to
	 * {@link #MAX_UNREAD}: counting all of an agency's (225,000 in the benchmark's
	 * database) took 15 ms, on every page a reviewer opens.
	 */
	long unread(CadastreUser reader) {
		return this.db.sql("""
				SELECT least(:max,
				    (SELECT count(*) FROM (SELECT FROM notification WHERE recipient = :user AND id > u.notices_seen
				                           LIMIT :max) mine)
				  + (SELECT count(*) FROM (SELECT FROM notification WHERE recipient = :agency AND id > u.notices_seen
				                           LIMIT :max) agencys))
				FROM app_user u WHERE u.username = :username
				""")
			.param("max", MAX_UNREAD)
			.param("user", "user:" + reader.username())
			.param("agency", agency(reader))
			.param("username", reader.username())
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	/** The recipient that names the reader's agency, or {@code null}. */
	private static String agency(CadastreUser reader) {
		return (reader.agency() != null) ? "agency:" + reader.agency() : null;
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
	 * @param about what it tells of, or {@code null} (a notice made before V24)
	 * @param subject its subject, in the reader's language
	 * @param body its message, in the reader's language
	 * @param unread whether it is new since the reader last looked
	 */
	record Notice(long id, String kind, Instant at, About about, String subject, String body, boolean unread) {
	}

	/**
	 * What a notice tells of.
	 *
	 * @param type {@code inquiry}, {@code application}, {@code licence} or
	 * {@code audit-anchor}
	 * @param id its id
	 * @param href where the API gives it
	 */
	record About(String type, String id, String href) {

		private static final Map<String, String> PATHS = Map.of("inquiry", "/api/v1/inquiries/", "application",
				"/api/v1/applications/", "licence", "/api/v1/licences/", "audit-anchor", "/api/v1/audit/anchors/");

		/**
		 * @param about as the notification names it ({@code type:id}), or {@code null}
		 */
		static About of(String about) {
			if (about == null) {
				return null;
			}
			String type = about.substring(0, about.indexOf(':'));
			String id = about.substring(type.length() + 1);
			return new About(type, id, PATHS.get(type) + id);
		}

	}

}
