package ir.cadastre.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import ir.cadastre.calendar.SolarHijri.Deadline;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The legal windows in force, from the effective-dated rule rows of {@code legal_rule}:
 * an amendment is a new row, and what was notified before its effective day keeps the
 * rule it was notified under.
 */
@Component
public class LegalWindows {

	private final JdbcClient db;

	private final Clock clock;

	LegalWindows(JdbcClient db, Clock clock) {
		this.db = db;
		this.clock = clock;
	}

	/**
	 * The Article 24 window of an inquiry notified at this instant.
	 * @param notifiedAt the notification
	 * @return the rule and the deadline it gives
	 */
	public Window article24(Instant notifiedAt) {
		LocalDate day = notifiedAt.atZone(SolarHijri.TEHRAN).toLocalDate();
		Rule rule = this.db.sql("""
				SELECT id, months FROM legal_rule
				WHERE name = 'article24_window' AND effective_from <= :day
				ORDER BY effective_from DESC LIMIT 1
				""")
			.param("day", day)
			.query((rs, n) -> new Rule(rs.getInt("id"), rs.getInt("months")))
			.optional()
			.orElseThrow(() -> new IllegalStateException("No article24_window rule is in force on " + day));
		return new Window(rule.id(), rule.months(), SolarHijri.window(notifiedAt, rule.months()));
	}

	/**
	 * What an Article 24 window opened now would give, with the days it leaves.
	 * @return the deadline an inquiry notified now would get
	 */
	public Preview article24Now() {
		Instant now = this.clock.instant();
		Deadline deadline = article24(now).deadline();
		return new Preview(now, deadline.closesAt(), deadline.lastDaySolarHijri(), SolarHijri.daysLeft(deadline, now));
	}

	private record Rule(int id, int months) {
	}

	/**
	 * A window under the rule in force.
	 *
	 * @param ruleId the {@code legal_rule} row
	 * @param months its length
	 * @param deadline when it closes
	 */
	public record Window(int ruleId, int months, Deadline deadline) {
	}

	/**
	 * A deadline as the API shows it (DESIGN §5).
	 *
	 * @param notifiedAt the notification
	 * @param deadline the instant the window closes
	 * @param deadlineSolarHijri its last day, Solar Hijri
	 * @param daysLeft whole days left from today (Asia/Tehran) to the last day
	 */
	public record Preview(Instant notifiedAt, Instant deadline, String deadlineSolarHijri, long daysLeft) {
	}

}
