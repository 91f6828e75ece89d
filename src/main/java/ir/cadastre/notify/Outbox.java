package ir.cadastre.notify;

import java.util.List;
import java.util.function.Function;

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
				INSERT INTO notification (kind, recipient, about, subject_fa, body_fa, subject, body)
				SELECT * FROM unnest(CAST(:kinds AS text[]), CAST(:recipients AS text[]), CAST(:abouts AS text[]),
				                     CAST(:subjectsFa AS text[]), CAST(:bodiesFa AS text[]),
				                     CAST(:subjects AS text[]), CAST(:bodies AS text[]))
				""")
			.param("kinds", notifications.stream().map(Notification::kind).toArray(String[]::new))
			.param("recipients", notifications.stream().map(Notification::recipient).toArray(String[]::new))
			.param("abouts", notifications.stream().map(Notification::about).toArray(String[]::new))
			.param("subjectsFa", texts(notifications, Notification::subject, "fa"))
			.param("bodiesFa", texts(notifications, Notification::body, "fa"))
			.param("subjects", texts(notifications, Notification::subject, "en"))
			.param("bodies", texts(notifications, Notification::body, "en"))
			.update();
	}

	/**
	 * Every enabled ministry officer, as a recipient ({@code user:<name>}): the
	 * ministry's desk, told of what waits for any officer.
	 */
	public List<String> officers() {
		return this.db.sql(
				"SELECT 'user:' || username FROM app_user WHERE role = 'MINISTRY_OFFICER' AND enabled ORDER BY username")
			.query(String.class)
			.list();
	}

	private static String[] texts(List<Notification> notifications, Function<Notification, Notification.Text> text,
			String language) {
		return notifications.stream()
			.map((notification) -> text.apply(notification).in(language))
			.toArray(String[]::new);
	}

}
