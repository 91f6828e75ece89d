package ir.cadastre.licence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Article 20: the ministry warns the holder of an exploitation licence (or, by the
 * article's note, of a withdrawal permit) who does not fulfil an obligation, and sets a
 * deadline; the holder reports what it did; an officer finds the obligation fulfilled,
 * or, once the deadline has passed with nothing done or not enough, claims damages or
 * finds the holder unfit to continue the operations. Neither changes the licence's
 * validity or third parties' rights. The sweeping job ({@link LicenceTerms}) tells the
 * officer and the holder when a deadline passes undecided.
 */
@Component
public class LicenceWarnings {

	/** The longest deadline given, in days: two years. */
	static final int MAX_DAYS = 730;

	private static final List<String> WARNED = List.of("EXPLOITATION", "WITHDRAWAL_PERMIT");

	private static final List<String> OUTCOMES = List.of("FULFILLED", "DAMAGES", "UNFIT");

	private final JdbcClient db;

	private final Licences licences;

	private final Audit audit;

	private final Outbox outbox;

	LicenceWarnings(JdbcClient db, Licences licences, Audit audit, Outbox outbox) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Warns the holder of an active exploitation licence or withdrawal permit.
	 * @param officer the user name of the officer who warns
	 * @throws CadastreProblem 400 no obligation, or days outside 1 to {@value #MAX_DAYS};
	 * 404 unknown; 409 another kind of licence, or not active
	 */
	@Transactional
	public LicenceView warn(UUID id, WarningRequest request, String officer) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "obligation", request.obligation(), true);
		Integer days = request.days();
		if (days == null || days < 1 || days > MAX_DAYS) {
			errors.add(InputError.of("days", Text.of("a whole number of days from 1 to {0}", MAX_DAYS)));
		}
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		if (!WARNED.contains(licence.type())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "licence-type", "Not that kind of licence",
					Text.of("Licence {0} is {1}. The ministry warns the holder of an exploitation licence or a "
							+ "withdrawal permit (Art. 20).", licence.number(), licence.type()),
					List.of(), Map.of("licenceType", licence.type()));
		}
		licence.requireActive();
		String obligation = request.obligation().strip();
		Deadline deadline = SolarHijri
			.closingAtEndOf(LocalDate.ofInstant(licence.now(), SolarHijri.TEHRAN).plusDays(days));
		long warning = this.db.sql("""
				INSERT INTO licence_warning (licence_id, obligation, issued_at, issued_by, deadline, last_day,
				                             last_day_solar_hijri)
				VALUES (:id, :obligation, cadastre_now(), :officer, :deadline, :lastDay, :solarHijri)
				RETURNING id
				""")
			.param("id", id)
			.param("obligation", obligation)
			.param("officer", officer)
			.param("deadline", Timestamp.from(deadline.closesAt()))
			.param("lastDay", Date.valueOf(deadline.lastDay()))
			.param("solarHijri", deadline.lastDaySolarHijri())
			.query(Long.class)
			.single();
		this.audit.record(officer, "licence.warn", "licence:" + id,
				Map.of("warning", warning, "obligation", obligation, "lastDay", deadline.lastDaySolarHijri()), null);
		this.outbox.add(List.of(LicenceNotices.notice(id, licence.holder(), "licence.warned", "number",
				licence.number(), "lastDay", new SolarDay(deadline.lastDaySolarHijri()), "obligation", obligation)));
		return this.licences.get(id);
	}

	/**
	 * Records what the holder says it did, once, and tells the officer who warned it.
	 * @throws CadastreProblem 400 no note; 403 not the holder; 404 unknown; 409 decided
	 * already, or reported on already
	 */
	@Transactional
	public LicenceView report(UUID id, long warningId, HolderRequest request, CadastreUser holder) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "note", request.note(), true);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.requireHolder(holder, Text.of("reports on its warnings"));
		Warning warning = undecided(licence, warningId);
		if (warning.reported()) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "already-reported", "Already reported",
					Text.of("The holder has reported on warning {0} of licence {1}.", warningId, licence.number()));
		}
		String note = request.note().strip();
		this.db.sql("UPDATE licence_warning SET reported_at = cadastre_now(), report = :note WHERE id = :warning")
			.param("note", note)
			.param("warning", warningId)
			.update();
		this.audit.record(holder.username(), "licence.warning-report", "licence:" + id,
				Map.of("warning", warningId, "report", note), null);
		this.outbox.add(List.of(LicenceNotices.notice(id, warning.issuedBy(), "licence.warning-reported", "number",
				licence.number(), "obligation", warning.obligation(), "report", note)));
		return this.licences.get(id);
	}

	/**
	 * Records what came of a warning and tells the holder: fulfilled at any time; damages
	 * or unfitness only once the deadline has passed.
	 * @throws CadastreProblem 400 no such outcome, or no reason; 404 unknown; 409 decided
	 * already, or its deadline not passed
	 */
	@Transactional
	public LicenceView decide(UUID id, long warningId, WarningDecision request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		String outcome = request.outcome();
		// List.of refuses to look for null: a missing outcome is checked first.
		if (outcome == null || !OUTCOMES.contains(outcome)) {
			errors.add(InputError.of("outcome", Text.of("one of {0}", String.join(", ", OUTCOMES))));
		}
		RequestFields.text(errors, "reason", request.reason(), !"FULFILLED".equals(outcome));
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		Warning warning = undecided(licence, warningId);
		if (!"FULFILLED".equals(outcome) && !warning.overdue()) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "warning-not-overdue", "Deadline not passed",
					Text.of("The holder of licence {0} has until the end of {1} to fulfil the obligation; damages or "
							+ "unfitness are found only after that (Art. 20).", licence.number(),
							warning.lastDaySolarHijri()));
		}
		String reason = (request.reason() != null && !request.reason().isBlank()) ? request.reason().strip() : null;
		this.db.sql("""
				UPDATE licence_warning SET outcome = :outcome, outcome_reason = :reason, decided_at = cadastre_now(),
				       decided_by = :officer
				WHERE id = :warning
				""")
			.param("outcome", outcome)
			.param("reason", reason)
			.param("officer", officer.username())
			.param("warning", warningId)
			.update();
		this.audit.record(officer.username(), "licence.warning-decide", "licence:" + id,
				Map.of("warning", warningId, "outcome", outcome, "reason", (reason != null) ? reason : ""), null);
		this.outbox.add(List.of(LicenceNotices.notice(id, licence.holder(), "licence.warning-decided", "number",
				licence.number(), "obligation", warning.obligation(), "outcome", outcome, "reason", reason)));
		return this.licences.get(id);
	}

	/**
	 * Tells the officer who warned, and the holder, once, that a warning's deadline has
	 * passed undecided. Call inside a transaction.
	 * @param batch the most warnings taken
	 * @return the warnings taken
	 */
	int noticeOverdue(int batch) {
		List<Notification> notices = new ArrayList<>();
		List<Audit.Event> events = new ArrayList<>();
		this.db.sql("""
				WITH due AS (
				    SELECT w.id FROM licence_warning w
				    WHERE w.outcome IS NULL AND w.overdue_noticed_at IS NULL AND w.deadline <= cadastre_now()
				    ORDER BY w.deadline
				    LIMIT :batch
				    FOR UPDATE SKIP LOCKED
				)
				UPDATE licence_warning w SET overdue_noticed_at = cadastre_now()
				FROM due, licence l
				WHERE w.id = due.id AND l.id = w.licence_id
				RETURNING w.id, w.licence_id, w.issued_by, w.obligation, w.last_day_solar_hijri, l.number, l.holder
				""").param("batch", batch).query((RowCallbackHandler) (rs) -> {
			UUID licence = rs.getObject("licence_id", UUID.class);
			Object[] facts = { "number", rs.getLong("number"), "obligation", rs.getString("obligation"), "lastDay",
					new SolarDay(rs.getString("last_day_solar_hijri")) };
			notices.add(LicenceNotices.notice(licence, rs.getString("issued_by"), "licence.warning-overdue", facts));
			notices
				.add(LicenceNotices.notice(licence, rs.getString("holder"), "licence.warning-overdue-holder", facts));
			events.add(new Audit.Event("system", "licence.warning-overdue", "licence:" + licence,
					Map.of("warning", rs.getLong("id")), null));
		});
		this.outbox.add(notices);
		this.audit.recordAll(events);
		return events.size();
	}

	/**
	 * The licence's warning, its row locked.
	 * @throws CadastreProblem 404 when the licence has none with this id; 409 when it is
	 * decided already
	 */
	private Warning undecided(Current licence, long warningId) {
		Warning warning = this.db.sql("""
				SELECT w.obligation, w.issued_by, w.last_day_solar_hijri, w.report IS NOT NULL AS reported,
				       w.outcome, licence_warning_status(w) = 'OVERDUE' AS overdue
				FROM licence_warning w WHERE w.id = :warning AND w.licence_id = :licence
				FOR UPDATE
				""")
			.param("warning", warningId)
			.param("licence", licence.id())
			.query((rs, n) -> new Warning(rs.getString("obligation"), rs.getString("issued_by"),
					rs.getString("last_day_solar_hijri"), rs.getBoolean("reported"), rs.getString("outcome"),
					rs.getBoolean("overdue")))
			.optional()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "warning-not-found", "Warning not found",
					Text.of("Licence {0} has no warning {1}.", licence.number(), warningId)));
		if (warning.outcome() != null) {
			Text detail = Text.of("Warning {0} of licence {1} was decided: {2}.", warningId, licence.number(),
					Text.state("warning.status", warning.outcome()));
			throw new CadastreProblem(HttpStatus.CONFLICT, "warning-decided", "Already decided", detail);
		}
		return warning;
	}

	private record Warning(String obligation, String issuedBy, String lastDaySolarHijri, boolean reported,
			String outcome, boolean overdue) {
	}

}
