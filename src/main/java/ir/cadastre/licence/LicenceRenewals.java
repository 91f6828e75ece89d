package ir.cadastre.licence;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Digits;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The renewal of an exploitation licence's period (Art. 10 note 3), and its correction by
 * an officer who typed the wrong years. Each period is renewed once. The licence keeps
 * only its current term; the latest renewal's event in the audit trail says which period
 * it followed ({@code from}), so that a renewal sent twice, or racing a correction, adds
 * one period, and a correction counts its years from the same day as the renewal did.
 */
@Component
class LicenceRenewals {

	private final JdbcClient db;

	private final Licences licences;

	private final Audit audit;

	private final Outbox outbox;

	LicenceRenewals(JdbcClient db, Licences licences, Audit audit, Outbox outbox) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Renews an active exploitation licence: a new period of at most 25 years from the
	 * end of the current one (Art. 10 note 3), before the current one ends, or later when
	 * its holder asked for the renewal before then ({@link HolderRequests}). A period is
	 * renewed once: while the period a renewal added has not begun, another renewal would
	 * add a second period to the first (a double click, or two officers at once). A
	 * renewal made after its period had begun (on a request made in time) cannot be told
	 * from its own repetition, so the next renewal must name the period it renews
	 * ({@code after}).
	 * @throws CadastreProblem 400 no period, or {@code after} not a day; 404 unknown; 409
	 * not an active exploitation licence, already renewed, or {@code after} not the
	 * current period's last day; 422 a period over 25 years
	 */
	@Transactional
	public LicenceView renew(UUID id, RenewalRequest request, CadastreUser officer) {
		int years = LicenceLife.years(request.years());
		String after = after(request.after());
		Current licence = this.licences.lock(id);
		licence.require("EXPLOITATION", Text.of("Only an exploitation licence is renewed (Art. 10 note 3)."));
		if (after != null && !after.equals(licence.lastDaySolarHijri())) {
			throw otherPeriod(licence, after);
		}
		Optional<Renewal> last = last(licence);
		if (last.isPresent() && !last.get().begun(licence.now())) {
			throw alreadyRenewed(licence,
					Text.of("Licence {0} has been renewed until the end of {1}, for the period "
							+ "after {2}, which has not begun: each period is renewed once (Art. 10 note 3).",
							licence.number(), licence.lastDaySolarHijri(), last.get().from()));
		}
		if (last.isPresent() && after == null && last.get().late()) {
			throw alreadyRenewed(licence, Text.of("Licence {0} was renewed until the end of {1} after the period "
					+ "it added had begun: a renewal sent again cannot be told from a renewal of that period. To "
					+ "renew it, name it (after: {1}).", licence.number(), licence.lastDaySolarHijri()));
		}
		Deadline term = SolarHijri.closingAtEndOf(SolarHijri.monthsAfter(licence.lastDay(), 12 * years));
		setTerm(licence, term, years, true);
		this.audit.record(officer.username(), "licence.renew", "licence:" + id,
				Map.of("years", years, "from", licence.lastDaySolarHijri(), "to", term.lastDaySolarHijri(), "on",
						SolarHijri.format(licence.now().atZone(SolarHijri.TEHRAN).toLocalDate())),
				null);
		this.outbox.add(List.of(LicenceNotices.notice(id, licence.holder(), "licence.renewed", "number",
				licence.number(), "years", years, "lastDay", new SolarDay(term.lastDaySolarHijri()))));
		return this.licences.get(id);
	}

	/**
	 * Corrects the years of the latest renewal, counted again from the day it followed,
	 * while the period it added has not begun. Once it has, the period is running and its
	 * end a legal fact: a period too short is renewed again in time, as any period is;
	 * one too long ends only by closure.
	 * @throws CadastreProblem 400 no period or no reason; 404 unknown; 409 not an active
	 * exploitation licence, never renewed, its renewed period begun, or already for those
	 * years; 422 a period over 25 years
	 */
	@Transactional
	public LicenceView correct(UUID id, RenewalCorrection request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "reason", request.reason(), true);
		RequestFields.refuse(errors);
		int years = LicenceLife.years(request.years());
		Current licence = this.licences.lock(id);
		licence.require("EXPLOITATION",
				Text.of("Only an exploitation licence's renewal is corrected (Art. 10 note 3)."));
		Renewal renewal = last(licence)
			.orElseThrow(() -> new CadastreProblem(HttpStatus.CONFLICT, "not-renewed", "Not renewed",
					Text.of("Licence {0} has not been renewed: there is no renewal to correct.", licence.number())));
		if (renewal.begun(licence.now())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "renewal-begun", "Renewed period begun",
					Text.of("The period licence {0} was renewed for began after {1}: it is running, and its end is a "
							+ "legal fact. A period too short is renewed again before it ends; one too long ends only "
							+ "by closure.", licence.number(), renewal.from()),
					List.of(), Map.of("lastDaySolarHijri", licence.lastDaySolarHijri()));
		}
		Deadline term = SolarHijri.closingAtEndOf(SolarHijri.monthsAfter(renewal.fromDay(), 12 * years));
		if (term.lastDaySolarHijri().equals(licence.lastDaySolarHijri())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "nothing-to-correct", "Nothing to correct",
					Text.of("Licence {0} is renewed for {1} years already, until the end of {2}.", licence.number(),
							years, licence.lastDaySolarHijri()),
					List.of(), Map.of("lastDaySolarHijri", licence.lastDaySolarHijri()));
		}
		String reason = request.reason().strip();
		setTerm(licence, term, years, false);
		this.audit.record(officer.username(), "licence.renewal-correct", "licence:" + id, Map.of("years", years, "from",
				renewal.from(), "was", licence.lastDaySolarHijri(), "to", term.lastDaySolarHijri(), "reason", reason),
				null);
		this.outbox.add(List.of(LicenceNotices.notice(id, licence.holder(), "licence.renewal-corrected", "number",
				licence.number(), "years", years, "was", new SolarDay(licence.lastDaySolarHijri()), "lastDay",
				new SolarDay(term.lastDaySolarHijri()), "reason", reason)));
		return this.licences.get(id);
	}

	/**
	 * Gives the licence, and its feature in the licences layer, a new end; its holder is
	 * warned again before it (the renewed period ends a year or more after today). A
	 * renewal answers the renewal its holder asked for; a correction leaves a request
	 * made since, for the period it corrects, waiting.
	 */
	private void setTerm(Current licence, Deadline term, int years, boolean renewal) {
		this.db.sql("""
				WITH term AS (
				    UPDATE licence SET ends_at = :endsAt, last_day = :lastDay, last_day_solar_hijri = :solarHijri,
				           term_years = :years, warned_at = NULL,
				           requested_at = CASE WHEN :renewal THEN NULL ELSE requested_at END,
				           request_note = CASE WHEN :renewal THEN NULL ELSE request_note END
				    WHERE id = :id
				)
				UPDATE feature SET ends_at = :endsAt WHERE id = :feature
				""")
			.param("endsAt", Timestamp.from(term.closesAt()))
			.param("lastDay", Date.valueOf(term.lastDay()))
			.param("solarHijri", term.lastDaySolarHijri())
			.param("years", years)
			.param("renewal", renewal)
			.param("id", licence.id())
			.param("feature", licence.featureId())
			.update();
	}

	/** The licence's latest renewal, from its event in the audit trail. */
	private Optional<Renewal> last(Current licence) {
		return this.db.sql("""
				SELECT details->>'from' AS from_day, details->>'on' AS made_on, at FROM audit_event
				WHERE subject = :subject AND action = 'licence.renew'
				ORDER BY id DESC LIMIT 1
				""")
			.param("subject", "licence:" + licence.id())
			.query((rs, n) -> new Renewal(rs.getString("from_day"),
					(rs.getString("made_on") != null) ? SolarHijri.parse(rs.getString("made_on"))
							: rs.getTimestamp("at").toInstant().atZone(SolarHijri.TEHRAN).toLocalDate()))
			.optional();
	}

	/**
	 * The period a renewal names, by its last day.
	 * @throws CadastreProblem 400 when it is not a Solar Hijri day as the API writes one
	 */
	private static String after(String typed) {
		String after = Digits.latin(typed);
		if (after != null && (!after.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")
				|| !SolarHijri.format(SolarHijri.parse(after)).equals(after))) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("The request is not complete."),
					List.of(InputError.of("after", Text
						.of("the last day of the period renewed, a Solar Hijri day written yyyy-MM-dd, e.g. 1405-10-25"))),
					Map.of());
		}
		return after;
	}

	/**
	 * A renewal naming a period that is not the licence's current one: one renewed
	 * already, or none of its periods.
	 */
	private CadastreProblem otherPeriod(Current licence, String after) {
		boolean renewed = this.db.sql("""
				SELECT count(*) > 0 FROM audit_event
				WHERE subject = :subject AND action = 'licence.renew' AND details->>'from' = :after
				""").param("subject", "licence:" + licence.id()).param("after", after).query(Boolean.class).single();
		if (renewed) {
			return alreadyRenewed(licence,
					Text.of("The period of licence {0} up to {1} has been renewed, until the "
							+ "end of {2}: each period is renewed once (Art. 10 note 3).", licence.number(), after,
							licence.lastDaySolarHijri()));
		}
		return new CadastreProblem(HttpStatus.CONFLICT, "other-period", "Not the current period",
				Text.of("Licence {0}'s period ends at the end of {1}, not {2}.", licence.number(),
						licence.lastDaySolarHijri(), after),
				List.of(InputError.of("after",
						Text.of("not the last day of the licence's period, {0}", licence.lastDaySolarHijri()))),
				Map.of("lastDaySolarHijri", licence.lastDaySolarHijri()));
	}

	private static CadastreProblem alreadyRenewed(Current licence, Text detail) {
		return new CadastreProblem(HttpStatus.CONFLICT, "already-renewed", "Already renewed", detail, List.of(),
				Map.of("lastDaySolarHijri", licence.lastDaySolarHijri()));
	}

	/**
	 * A licence's latest renewal.
	 *
	 * @param from the last day of the period it followed, Solar Hijri
	 * @param on the day it was made, by the service's clock ({@code on} in its event; the
	 * day of the event before that was kept)
	 */
	private record Renewal(String from, LocalDate on) {

		LocalDate fromDay() {
			return SolarHijri.parse(this.from);
		}

		/** Whether the period it added has begun: its first day is before or on now's. */
		boolean begun(Instant now) {
			return now.atZone(SolarHijri.TEHRAN).toLocalDate().isAfter(fromDay());
		}

		/**
		 * Whether it was made after the period it added had begun, on a request made in
		 * time: a repetition of it would then be taken as that period's renewal.
		 */
		boolean late() {
			return this.on.isAfter(fromDay());
		}

	}

}
