package ir.cadastre.inquiry;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores what the clock has decided: an unanswered inquiry whose window has closed
 * becomes {@code DEEMED_CONSENT}, exactly once however many instances sweep (applications
 * are claimed with {@code FOR UPDATE SKIP LOCKED}); an open inquiry entering the warning
 * period warns its agency, once. Reads never wait for this job: they compute the same
 * state from the deadline.
 *
 * <p>
 * For the operators: {@code cadastre.inquiries.sweeps} times each run by its
 * {@code outcome} ({@code success}, {@code failure}),
 * {@code cadastre.inquiries.sweep.last.success} is when a run last succeeded (seconds
 * since 1970 by the computer's clock, never the service's, which a demonstration may
 * stop; 0 before the first), and {@code cadastre.inquiries.deemed} counts the inquiries
 * stored as deemed consent.
 */
@Component
public class DeemedConsents {

	private static final String ACTOR = "system";

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final Audit audit;

	private final Outbox outbox;

	private final InquiryProperties properties;

	private final String deemDue = SqlFile.read("sql/inquiry/deem-due.sql");

	private final String consultationDone = SqlFile.read("sql/inquiry/consultation-done.sql");

	private final MeterRegistry meters;

	private final Timer succeeded;

	private final Timer failed;

	private final Counter storedAsDeemed;

	private final AtomicLong lastSuccess = new AtomicLong();

	DeemedConsents(JdbcClient db, TransactionTemplate transaction, Audit audit, Outbox outbox,
			InquiryProperties properties, MeterRegistry meters) {
		this.db = db;
		this.transaction = transaction;
		this.audit = audit;
		this.outbox = outbox;
		this.properties = properties;
		this.meters = meters;
		this.succeeded = sweeps("success");
		this.failed = sweeps("failure");
		this.storedAsDeemed = Counter.builder("cadastre.inquiries.deemed")
			.description("Inquiries stored as deemed consent by the sweeping job (Art. 24)")
			.register(meters);
		TimeGauge
			.builder("cadastre.inquiries.sweep.last.success", this.lastSuccess, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("When the sweeping job last succeeded, since 1970; 0 before its first run")
			.register(meters);
	}

	private Timer sweeps(String outcome) {
		return Timer.builder("cadastre.inquiries.sweeps")
			.description("Runs of the sweeping job (deemed consents, warnings, settled months)")
			.tag("outcome", outcome)
			.register(this.meters);
	}

	/**
	 * Sweeps every closed window and every warning due, a batch per transaction.
	 * @return the inquiries deemed
	 */
	@Scheduled(initialDelayString = "${cadastre.inquiries.sweep-interval:PT1M}",
			fixedDelayString = "${cadastre.inquiries.sweep-interval:PT1M}")
	public int sweep() {
		Timer.Sample run = Timer.start(this.meters);
		int deemed = 0;
		try {
			int batch;
			do {
				batch = this.transaction.execute((status) -> deem(null, this.properties.sweepBatch()));
				deemed += batch;
				this.storedAsDeemed.increment(batch);
			}
			while (batch > 0);
			this.transaction.executeWithoutResult((status) -> warn());
			this.transaction.executeWithoutResult((status) -> keepSettledMonths());
		}
		catch (RuntimeException ex) {
			run.stop(this.failed);
			throw ex;
		}
		run.stop(this.succeeded);
		this.lastSuccess.set(this.meters.config().clock().wallTime());
		return deemed;
	}

	/**
	 * Keeps the agencies' figures of each month whose inquiries are all settled, now that
	 * those deemed are stored (V47): the figures of all time then read a row per agency
	 * and month instead of every inquiry. A year of months at most per sweep, so that a
	 * first sweep over years of inquiries is not one long transaction.
	 */
	void keepSettledMonths() {
		this.db.sql("SELECT keep_settled_inquiry_months(cadastre_now(), 12)").query(Integer.class).single();
	}

	/**
	 * Stores the deemed consents of one application whose windows have closed; call
	 * inside a transaction that holds the application's row lock.
	 * @param application the application
	 * @return the inquiries deemed
	 */
	public int deemDue(UUID application) {
		return deem(application, 1);
	}

	private int deem(UUID application, int batch) {
		List<Map<String, Object>> deemed = this.db.sql(this.deemDue)
			.param("application", application)
			.param("batch", batch)
			.query()
			.listOfRows();
		if (deemed.isEmpty()) {
			return 0;
		}
		this.db.sql(this.consultationDone)
			.param("applications",
					deemed.stream()
						.map((row) -> row.get("application_id").toString())
						.distinct()
						.toArray(String[]::new))
			.update();
		List<Notification> notifications = new ArrayList<>();
		List<Audit.Event> events = new ArrayList<>();
		for (Map<String, Object> row : deemed) {
			String subject = "inquiry:" + row.get("id");
			notifications.add(Notification.of("DEEMED_CONSENT", "agency:" + row.get("agency_id"), subject,
					"inquiry.deemed", "inquiry", row.get("id"), "receipt", row.get("receipt"), "lastDay",
					new SolarDay((String) row.get("last_day_solar_hijri"))));
			notifications.add(InquiryAnswers.answered(row, "DEEMED_CONSENT", null));
			events.add(new Audit.Event(ACTOR, "inquiry.deemed", subject,
					Map.of("application", row.get("application_id").toString(), "deadline",
							((Timestamp) row.get("deadline")).toInstant().toString()),
					null));
		}
		this.outbox.add(notifications);
		this.audit.recordAll(events);
		return deemed.size();
	}

	private void warn() {
		List<Notification> warnings = this.db.sql("""
				WITH due AS (
				    SELECT i.id FROM inquiry i
				    WHERE i.status = 'OPEN' AND i.paused_at IS NULL AND i.warned_at IS NULL
				      AND i.deadline > cadastre_now() AND days_left(i.last_day) <= :days
				    FOR UPDATE SKIP LOCKED
				)
				UPDATE inquiry i SET warned_at = cadastre_now() FROM due WHERE i.id = due.id
				RETURNING i.id, i.agency_id, i.last_day_solar_hijri, days_left(i.last_day) AS days_left,
				          (SELECT a.receipt FROM application a WHERE a.id = i.application_id) AS receipt
				""")
			.param("days", this.properties.warningDays())
			.query((rs, n) -> Notification.of("INQUIRY_DUE_SOON", "agency:" + rs.getString("agency_id"),
					"inquiry:" + rs.getString("id"), "inquiry.due-soon", "days", rs.getInt("days_left"), "inquiry",
					rs.getString("id"), "receipt", rs.getLong("receipt"), "lastDay",
					new SolarDay(rs.getString("last_day_solar_hijri"))))
			.list();
		this.outbox.add(warnings);
	}

}
