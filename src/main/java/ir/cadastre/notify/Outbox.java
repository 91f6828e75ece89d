package ir.cadastre.notify;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records notifications in the caller's transaction: one exists exactly when what it
 * tells of was committed.
 */
@Component
public class Outbox {

	private final JdbcClient db;

	Outbox(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Records notifications.
	 * @param notifications what to tell whom
	 */
	public void add(List<Notification> notifications) {
		if (notifications.isEmpty()) {
			return;
		}
		this.db.sql("""
				INSERT INTO notification (kind, recipient, subject, body)
				SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:recipients AS text[]), CAST(:subjects AS text[]),
				                     CAST(:bodies AS text[]))
				""")
			.param("kinds", notifications.stream().map(Notification::kind).toArray(String[]::new))
			.param("recipients", notifications.stream().map(Notification::recipient).toArray(String[]::new))
			.param("subjects", notifications.stream().map(Notification::subject).toArray(String[]::new))
			.param("bodies", notifications.stream().map(Notification::body).toArray(String[]::new))
			.update();
	}

	/**
	 * A notification.
	 *
	 * @param kind {@code INQUIRY_DUE_SOON}, {@code DEEMED_CONSENT} or {@code DECISION}
	 * @param recipient {@code agency:<id>} or {@code user:<username>}
	 * @param subject a one-line subject
	 * @param body the message
	 */
	public record Notification(String kind, String recipient, String subject, String body) {
	}

}
