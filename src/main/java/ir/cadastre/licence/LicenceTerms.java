package ir.cadastre.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ir.cadastre.audit.Audit;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.Outbox.Notification;
import ir.cadastre.publish.LayerChanges;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what the clock has decided about licences: a discovery certificate not followed
 * by an exploitation licence within its year lapses (Art. 8), an exploitation licence
 * expires at the end of its period (Art. 10 note 3), a withdrawal permit at the end of
 * its months (Art. 13). Either way it leaves the licences layer and its holder is told,
 * exactly once however many instances sweep (rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}). Reads and overlap checks never wait for this job: they
 * compute the same state from the term.
 */
@Component
public class LicenceTerms {

	private static final int BATCH = 200;

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final Audit audit;

	private final Outbox outbox;

	private final LayerChanges layerChanges;

	LicenceTerms(JdbcClient db, TransactionTemplate transaction, Audit audit, Outbox outbox,
			LayerChanges layerChanges) {
		this.db = db;
		this.transaction = transaction;
		this.audit = audit;
		this.outbox = outbox;
		this.layerChanges = layerChanges;
	}

	/**
	 * Ends every licence whose term is over, a batch per transaction.
	 * @return the licences ended
	 */
	@Scheduled(initialDelayString = "${cadastre.inquiries.sweep-interval:PT1M}",
			fixedDelayString = "${cadastre.inquiries.sweep-interval:PT1M}")
	public int sweep() {
		int ended = 0;
		int batch;
		do {
			batch = this.transaction.execute((status) -> endDue());
			ended += batch;
		}
		while (batch == BATCH);
		return ended;
	}

	private int endDue() {
		List<Map<String, Object>> ended = this.db
			.sql("""
					WITH due AS (
					    SELECT l.id, l.feature_id FROM licence l
					    WHERE l.status = 'ACTIVE' AND l.ends_at <= cadastre_now()
					    ORDER BY l.ends_at
					    LIMIT :batch
					    FOR UPDATE SKIP LOCKED
					),
					ended AS (
					    UPDATE licence l SET status = licence_status(l), ended_at = l.ends_at, feature_id = NULL,
					           end_reason = CASE l.type
					                            WHEN 'DISCOVERY_CERTIFICATE' THEN 'no exploitation licence within the year (Art. 8)'
					                            WHEN 'WITHDRAWAL_PERMIT' THEN 'end of the permit''s months (Art. 13)'
					                            ELSE 'end of the exploitation period (Art. 10 note 3)' END
					    FROM due WHERE l.id = due.id
					    RETURNING l.id, l.number, l.status, l.holder, l.last_day_solar_hijri, l.end_reason
					),
					gone AS (DELETE FROM feature WHERE id IN (SELECT feature_id FROM due))
					SELECT * FROM ended
					""")
			.param("batch", BATCH)
			.query()
			.listOfRows();
		if (ended.isEmpty()) {
			return 0;
		}
		List<Notification> notifications = new ArrayList<>();
		List<Audit.Event> events = new ArrayList<>();
		for (Map<String, Object> row : ended) {
			String status = (String) row.get("status");
			String what = "LAPSED".equals(status) ? "lapsed" : "expired";
			notifications.add(new Notification("LICENCE", "user:" + row.get("holder"),
					"Licence " + row.get("number") + " " + what,
					"Licence " + row.get("number") + " " + what + " at the end of " + row.get("last_day_solar_hijri")
							+ ": " + row.get("end_reason") + ". Its area is no longer held."));
			events.add(new Audit.Event("system", "licence." + ("LAPSED".equals(status) ? "lapse" : "expire"),
					"licence:" + row.get("id"), Map.of("lastDay", row.get("last_day_solar_hijri")), null));
		}
		this.outbox.add(notifications);
		this.audit.recordAll(events);
		this.layerChanges.record("licences");
		return ended.size();
	}

}
