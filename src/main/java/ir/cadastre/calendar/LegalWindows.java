package ir.cadastre.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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

	private static final Duration CACHE = Duration.ofMinutes(1);

	private final Clock clock;

	private volatile Rules cached;

	/**
	 * The last window computed: every check on the same Tehran day asks for the same one.
	 */
	private volatile Memo last;

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
		List<Rule> rules = rules();
		Memo last = this.last;
		if (last != null && last.day().equals(day) && last.rules() == rules) {
			return last.window();
		}
		Rule rule = rules.stream()
			.filter((r) -> !r.effectiveFrom().isAfter(day))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No article24_window rule is in force on " + day));
		Window window = new Window(rule.id(), rule.months(), SolarHijri.window(notifiedAt, rule.months()));
		this.last = new Memo(day, rules, window);
		return window;
	}

	/** Reads the rules again at the next use (tests that add an amendment). */
	void forget() {
		this.cached = null;
	}

	/** The Article 24 rules, latest first, read again once a minute. */
	private List<Rule> rules() {
		Rules cached = this.cached;
		Instant now = Instant.now();
		if (cached == null || cached.readAt().isBefore(now.minus(CACHE))) {
			cached = new Rules(now,
					this.db.sql("""
							SELECT id, months, effective_from FROM legal_rule
							WHERE name = 'article24_window' ORDER BY effective_from DESC
							""")
						.query((rs, n) -> new Rule(rs.getInt("id"), rs.getInt("months"),
								rs.getDate("effective_from").toLocalDate()))
						.list());
			this.cached = cached;
		}
		return cached.rules();
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

	private record Rule(int id, int months, LocalDate effectiveFrom) {
	}

	private record Rules(Instant readAt, List<Rule> rules) {
	}

	/** A window depends only on the day of notification and the rules read. */
	private record Memo(LocalDate day, List<Rule> rules, Window window) {
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
