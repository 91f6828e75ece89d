package ir.cadastre.notify;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * Delivers the outbox by e-mail, when {@code cadastre.notifications.email.enabled=true}
 * (off by default; {@code spring.mail.*} names the SMTP server). A notification to
 * {@code agency:<id>} goes to that agency's reviewers, one to {@code user:<name>} to that
 * user, at the {@code email} of their {@code app_user} row. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so several instances never send one twice; a failed
 * send is retried on the next run, up to ten attempts. Each recipient reads it in the
 * language of their {@code app_user} row: one message goes to the Persian readers, one to
 * the English ones, each as plain text and as HTML that sets the text's direction.
 */
@Component
@ConditionalOnProperty(name = "cadastre.notifications.email.enabled", havingValue = "true")
class EmailDelivery {

	private static final Logger log = LoggerFactory.getLogger(EmailDelivery.class);

	private static final int BATCH = 50;

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final JavaMailSender mail;

	/** The line that leads from an e-mail to what it tells of, in each language. */
	private static final Notification.Text OPEN = new Notification.Text("در سامانه ببینید:", "See it in the service:");

	private final String from;

	private final String pages;

	/**
	 * @param pages the address of the service's pages (e.g.
	 * {@code https://cadastre.example.ir/}), which each e-mail links to what it tells of;
	 * empty: no link
	 */
	EmailDelivery(JdbcClient db, TransactionTemplate transaction, JavaMailSender mail,
			@Value("${cadastre.notifications.email.from:cadastre@localhost}") String from,
			@Value("${cadastre.notifications.email.pages:}") String pages) {
		this.db = db;
		this.transaction = transaction;
		this.mail = mail;
		this.from = from;
		this.pages = (pages.isEmpty() || pages.endsWith("/")) ? pages : pages + "/";
	}

	/**
	 * Sends what is waiting.
	 * @return the notifications sent
	 */
	@Scheduled(initialDelayString = "${cadastre.notifications.email.interval:PT30S}",
			fixedDelayString = "${cadastre.notifications.email.interval:PT30S}")
	public int deliver() {
		int sent = 0;
		int batch;
		do {
			int[] counts = this.transaction.execute((status) -> deliverBatch());
			sent += counts[0];
			batch = counts[1];
		}
		while (batch == BATCH);
		return sent;
	}

	private int[] deliverBatch() {
		List<Waiting> waiting = this.db.sql("""
				SELECT id, recipient, about, subject_fa, body_fa, subject, body FROM notification
				WHERE sent_at IS NULL AND attempts < 10
				ORDER BY id LIMIT :batch FOR UPDATE SKIP LOCKED
				""")
			.param("batch", BATCH)
			.query((rs, n) -> new Waiting(rs.getLong("id"), rs.getString("recipient"), rs.getString("about"),
					new Notification.Text(rs.getString("subject_fa"), rs.getString("subject")),
					new Notification.Text(rs.getString("body_fa"), rs.getString("body"))))
			.list();
		int sent = 0;
		for (Waiting notification : waiting) {
			String error = send(notification);
			sent += (error == null) ? 1 : 0;
			this.db.sql("""
					UPDATE notification SET attempts = attempts + 1, last_error = CAST(:error AS text),
					       sent_at = CASE WHEN CAST(:error AS text) IS NULL THEN clock_timestamp() END
					WHERE id = :id
					""").param("error", error).param("id", notification.id()).update();
		}
		return new int[] { sent, waiting.size() };
	}

	/**
	 * Sends one notification, in each recipient's language; the reason it failed, or
	 * {@code null}.
	 */
	private String send(Waiting notification) {
		Map<String, List<String>> readers = this.db.sql("""
				SELECT language, email FROM app_user
				WHERE enabled AND email IS NOT NULL
				  AND ('user:' || username = :recipient OR 'agency:' || agency_id = :recipient)
				ORDER BY username
				""")
			.param("recipient", notification.recipient())
			.query((rs, n) -> Map.entry(rs.getString("language"), rs.getString("email")))
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, TreeMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		if (readers.isEmpty()) {
			return "no e-mail address for " + notification.recipient();
		}
		try {
			for (Map.Entry<String, List<String>> language : readers.entrySet()) {
				String body = notification.body().in(language.getKey()) + link(notification, language.getKey());
				this.mail.send((mime) -> {
					MimeMessageHelper message = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_RELATED,
							"UTF-8");
					message.setFrom(this.from);
					message.setTo(language.getValue().toArray(String[]::new));
					message.setSubject(notification.subject().in(language.getKey()));
					message.setText(body, html(language.getKey(), body));
				});
			}
			return null;
		}
		catch (MailException ex) {
			log.warn("Notification {} not delivered: {}", notification.id(), ex.getMessage());
			return ex.getMessage();
		}
	}

	/**
	 * The line that opens what the notice tells of: the sign-in page, which opens it on
	 * the reader's page (signin.js); none when the notice names nothing or no address is
	 * set.
	 */
	private String link(Waiting notification, String language) {
		if (this.pages.isEmpty() || notification.about() == null) {
			return "";
		}
		return "\n\n" + OPEN.in(language) + " " + this.pages + "index.html?open="
				+ URLEncoder.encode(notification.about(), StandardCharsets.UTF_8);
	}

	/**
	 * The message as HTML, which mail readers show right to left when it is Persian; a
	 * plain text part alone is shown left to right by many of them.
	 */
	static String html(String language, String body) {
		return "<div lang=\"" + language + "\" dir=\"" + ("fa".equals(language) ? "rtl" : "ltr")
				+ "\" style=\"white-space: pre-wrap\">" + HtmlUtils.htmlEscape(body, "UTF-8") + "</div>";
	}

	private record Waiting(long id, String recipient, String about, Notification.Text subject, Notification.Text body) {
	}

}
