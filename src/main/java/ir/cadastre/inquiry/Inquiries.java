package ir.cadastre.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.LegalWindows;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.overlap.Overlap;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens Article 24 inquiries, and closes them with their application
 * ({@link InquiryAnswers} takes the agencies' answers, {@link InquiryReader} shows them).
 * Every change to an inquiry first locks its application's row, so the application's
 * state follows its inquiries exactly.
 */
@Component
public class Inquiries {

	private final JdbcClient db;

	private final LegalWindows windows;

	private final JsonMapper json;

	private final Outbox outbox;

	private final String open = SqlFile.read("sql/inquiry/open-inquiries.sql");

	Inquiries(JdbcClient db, LegalWindows windows, JsonMapper json, Outbox outbox) {
		this.db = db;
		this.windows = windows;
		this.json = json;
		this.outbox = outbox;
	}

	/**
	 * Opens one inquiry per agency whose layers an application overlaps, notified at the
	 * application's receipt, under the Article 24 window in force then, each recorded in
	 * the audit trail; each agency is notified (Art. 24: its window runs from then). Call
	 * inside the transaction that accepts the application.
	 * @param application the application's id
	 * @param receipt its receipt number
	 * @param notifiedAt its time of receipt
	 * @param overlaps its overlaps
	 * @param actor who submitted it
	 * @param geometryHash the SHA-256 of its area
	 * @return the inquiries opened as the application lists them (a JSON array), or
	 * {@code null} when it needs none
	 */
	public String open(UUID application, long receipt, Instant notifiedAt, List<Overlap> overlaps, String actor,
			String geometryHash) {
		if (overlaps.stream().noneMatch((o) -> o.has("INQUIRY"))) {
			return null;
		}
		LegalWindows.Window window = this.windows.article24(notifiedAt);
		// The same notice to each agency; the statement addresses it to each, about its
		// inquiry.
		Notification notice = Notification.of("INQUIRY_OPENED", "agency:*", "inquiry:*", "inquiry.opened", "receipt",
				receipt, "lastDay", new SolarDay(window.deadline().lastDaySolarHijri()));
		return this.db.sql(this.open)
			.param("application", application)
			.param("notifiedAt", Timestamp.from(notifiedAt))
			.param("rule", window.ruleId())
			.param("months", window.months())
			.param("deadline", Timestamp.from(window.deadline().closesAt()))
			.param("lastDay", window.deadline().lastDay())
			.param("lastDaySolarHijri", window.deadline().lastDaySolarHijri())
			.param("overlaps", this.json.writeValueAsString(overlaps))
			.param("actor", actor)
			.param("geometryHash", geometryHash)
			.param("subjectFa", notice.subject().fa())
			.param("bodyFa", notice.body().fa())
			.param("subject", notice.subject().en())
			.param("body", notice.body().en())
			.query(String.class)
			.single();
	}

	/**
	 * Closes the inquiries of an application withdrawn or rejected whose windows are
	 * still open (WITHDRAWN) and tells each agency it need not answer. Call inside the
	 * transaction that ends the application, which holds its row, so that no answer comes
	 * in between.
	 * @param application the application
	 * @param receipt its receipt number
	 * @param ended {@code WITHDRAWN} by its applicant or {@code REJECTED} by the ministry
	 * @param actor who ended it
	 * @return the audit events of the inquiries closed, for the caller to record with its
	 * own
	 */
	public List<Audit.Event> withdraw(UUID application, long receipt, String ended, String actor) {
		List<Map<String, Object>> closed = this.db.sql("""
				UPDATE inquiry i SET status = 'WITHDRAWN'
				WHERE i.application_id = :application AND inquiry_status(i) = 'OPEN'
				RETURNING i.id, i.agency_id
				""").param("application", application).query().listOfRows();
		this.outbox.add(closed.stream()
			.map((row) -> Notification.of("INQUIRY_WITHDRAWN", "agency:" + row.get("agency_id"),
					"inquiry:" + row.get("id"), "REJECTED".equals(ended) ? "inquiry.rejected" : "inquiry.withdrawn",
					"receipt", receipt))
			.toList());
		return closed.stream()
			.map((row) -> new Audit.Event(actor, "inquiry.withdraw", "inquiry:" + row.get("id"),
					Map.of("application", application.toString()), null))
			.toList();
	}

}
