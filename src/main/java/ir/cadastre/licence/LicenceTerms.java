package ir.cadastre.licence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.publish.LayerChanges;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what the clock has decided about licences: a discovery certificate whose holder
 * did not ask for an exploitation licence within its year lapses (Art. 8), an
 * exploitation licence expires at the end of its period (Art. 10 note 3), a withdrawal
 * permit at the end of its months (Art. 13). Either way it leaves the licences layer and
 * its holder is told, exactly once however many instances sweep (rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}); a holder is also warned, once, when a term is about to
 * end, and told with the officer who warned it when the deadline of a warning (Art. 20)
 * passes undecided. Reads and overlap checks never wait for this job: they compute the
 * same state from the term.
 */
@Component
public class LicenceTerms {

	private static final int BATCH = 200;

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final Audit audit;

	private final Outbox outbox;

	private final LayerChanges layerChanges;

	private final LicenceWarnings warnings;

	private final int warningDays;

	LicenceTerms(JdbcClient db, TransactionTemplate transaction, Audit audit, Outbox outbox, LayerChanges layerChanges,
			LicenceWarnings warnings, @Value("${cadastre.licences.warning-days:30}") int warningDays) {
		this.db = db;
		this.transaction = transaction;
		this.audit = audit;
		this.outbox = outbox;
		this.layerChanges = layerChanges;
		this.warnings = warnings;
		this.warningDays = warningDays;
	}

	/**
	 * Ends every licence whose term is over, a batch per transaction, then warns the
	 * holders whose terms end within the warning period, once per term, then tells of the
	 * warnings (Art. 20) whose deadlines have passed undecided.
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
		this.transaction.executeWithoutResult((status) -> warn());
		do {
			batch = this.transaction.execute((status) -> this.warnings.noticeOverdue(BATCH));
		}
		while (batch == BATCH);
		return ended;
	}

	/** Tells each holder, once per term, that it ends within the warning period. */
	private void warn() {
		List<Notification> warnings = this.db.sql("""
				WITH due AS (
				    SELECT l.id FROM licence l
				    WHERE l.status = 'ACTIVE' AND l.warned_at IS NULL AND l.requested_at IS NULL
				      AND l.ends_at > cadastre_now()
				      AND l.last_day <= (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date + :days
				    FOR UPDATE SKIP LOCKED
				)
				UPDATE licence l SET warned_at = cadastre_now() FROM due WHERE l.id = due.id
				RETURNING l.id, l.number, l.type, l.holder, l.last_day_solar_hijri, days_left(l.last_day) AS days_left
				""").param("days", this.warningDays).query((rs, n) -> {
			return LicenceNotices.notice(rs.getObject("id", UUID.class), rs.getString("holder"), "licence.ending",
					"number", rs.getLong("number"), "type", rs.getString("type"), "lastDay",
					new SolarDay(rs.getString("last_day_solar_hijri")), "days", rs.getInt("days_left"));
		}).list();
		this.outbox.add(warnings);
	}

	private int endDue() {
		List<Map<String, Object>> ended = this.db
			.sql("""
					WITH due AS (
					    SELECT l.id, l.feature_id, l.transfer_to FROM licence l
					    WHERE l.status = 'ACTIVE' AND l.ends_at <= cadastre_now() AND l.requested_at IS NULL
					    ORDER BY l.ends_at
					    LIMIT :batch
					    FOR UPDATE SKIP LOCKED
					),
					ended AS (
					    UPDATE licence l SET status = licence_status(l), ended_at = l.ends_at, feature_id = NULL,
					           transfer_to = NULL, transfer_asked_at = NULL, transfer_note = NULL,
					           end_reason = CASE l.type
					                            WHEN 'DISCOVERY_CERTIFICATE' THEN 'no exploitation licence asked for within the year (Art. 8)'
					                            WHEN 'WITHDRAWAL_PERMIT' THEN 'end of the permit''s months (Art. 13)'
					                            ELSE 'end of the exploitation period (Art. 10 note 3)' END
					    FROM due WHERE l.id = due.id
					    RETURNING l.id, l.number, l.type, l.status, l.holder, l.last_day_solar_hijri, due.transfer_to
					),
					-- An imported feature (a registered licence of the old cadastre) stays in its
					-- import's version, ended since ends_at.
					gone AS (DELETE FROM feature WHERE id IN (SELECT feature_id FROM due) AND version_id IS NULL)
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
			notifications.add(LicenceNotices.end((UUID) row.get("id"), (String) row.get("holder"), "licence.ended",
					(String) row.get("transfer_to"), "number", row.get("number"), "status", status, "lastDay",
					new SolarDay((String) row.get("last_day_solar_hijri")), "type", row.get("type")));
			events.add(new Audit.Event("system", "licence." + ("LAPSED".equals(status) ? "lapse" : "expire"),
					"licence:" + row.get("id"), Map.of("lastDay", row.get("last_day_solar_hijri")), null));
		}
		this.outbox.add(notifications);
		this.audit.recordAll(events);
		this.layerChanges.record("licences");
		return ended.size();
	}

}
