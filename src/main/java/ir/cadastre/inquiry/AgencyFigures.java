package ir.cadastre.inquiry;

import java.time.LocalDate;
import java.util.List;

import ir.cadastre.SqlFile;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.IsoDay;
import ir.cadastre.web.Text;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How each agency keeps to Article 24: of the inquiries notified in a period, how many
 * are open, answered (and how), left to lapse into deemed consent, or withdrawn, and how
 * long the answers took. Officers see every agency; a reviewer its own.
 */
@Component
class AgencyFigures {

	/**
	 * The period is the instants from the first day's start in Tehran to the start of the
	 * day after the last, reckoned once, so that the index on the time of notification
	 * finds the inquiries notified in it; without a start or an end, it is open. The
	 * months the sweeping job kept are read whole ({@link DeemedConsents}), so that the
	 * figures of all time count the last months' inquiries only. Each inquiry's state
	 * comes from its columns, not its whole row (V36).
	 */
	private static final String FIGURES = SqlFile.read("sql/inquiry/agency-figures.sql");

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final InquiryProperties properties;

	AgencyFigures(JdbcClient db, TransactionTemplate transaction, InquiryProperties properties) {
		this.db = db;
		this.transaction = transaction;
		this.properties = properties;
	}

	/**
	 * Each agency's figures for the inquiries notified from {@code from} to {@code to}
	 * (days in Tehran, both included; either may be open), or in the last {@code days}
	 * days, today included, by the service's clock.
	 * @throws CadastreProblem 400 for a day that is not an ISO date from 1900 on (a Solar
	 * Hijri day given as one is refused), a period that ends before it starts, days out
	 * of 1–3660, or days with from or to
	 */
	List<Figures> of(CadastreUser user, String from, String to, Integer days) {
		LocalDate first = day("from", from);
		LocalDate last = day("to", to);
		if (first != null && last != null && last.isBefore(first)) {
			throw CadastreProblem.invalidParameter("to", Text.of("to: the period ends before it starts."));
		}
		if (days != null && (days < 1 || days > 3660 || first != null || last != null)) {
			throw CadastreProblem.invalidParameter("days", Text.of("days: 1 to 3660 days, without from or to."));
		}
		// The kept months' bounds are known only as it runs, so the planner guesses
		// hundreds of thousands of inquiries in them, and compiling the plan (JIT) would
		// take 0.1 to 1.4 s of a statement that runs in 20 to 200 ms.
		return this.transaction.execute((status) -> {
			this.db.sql("SET LOCAL jit = off").update();
			return this.db.sql(FIGURES.formatted(InquiryReader.visibleTo(user)))
				.param("agency", user.agency())
				.param("warningDays", this.properties.warningDays())
				.param("from", first)
				.param("to", last)
				.param("days", days)
				.query((rs, n) -> new Figures(rs.getString("agency_id"), rs.getLong("open"), rs.getLong("due_soon"),
						rs.getLong("consented"), rs.getLong("objected"), rs.getLong("partially_objected"),
						rs.getLong("deemed_consent"), rs.getLong("withdrawn"),
						rs.getObject("median_days_to_answer", Double.class)))
				.list();
		});
	}

	/**
	 * A day of the period: four-digit years only, so that the database can hold the day
	 * after it, and none before 1900, as a Solar Hijri day given as a Gregorian one
	 * (1404-01-01) would silently count every inquiry since that year AD.
	 */
	private static LocalDate day(String field, String text) {
		if (text == null) {
			return null;
		}
		LocalDate day = IsoDay.parse(text);
		if (day == null) {
			throw CadastreProblem.invalidParameter(field, Text.of("{0}: an ISO date, yyyy-MM-dd.", field));
		}
		if (IsoDay.looksSolarHijri(day)) {
			throw CadastreProblem.invalidParameter(field,
					Text.of("{0}: a Gregorian day from 1900 on; {1} looks like a Solar Hijri day.", field, text));
		}
		return day;
	}

	/**
	 * One agency's Article 24 figures.
	 *
	 * @param agency the agency
	 * @param open windows still open
	 * @param dueSoon of those, the ones closing within the warning period (not paused)
	 * @param consented answered with consent
	 * @param objected answered with an objection
	 * @param partiallyObjected answered refusing a part
	 * @param deemedConsent left unanswered until the window closed: consent by the law,
	 * not the agency's own
	 * @param withdrawn closed by the applicant's withdrawal
	 * @param medianDaysToAnswer the median days from notice to answer, or {@code null}
	 * with no answer
	 */
	record Figures(String agency, long open, long dueSoon, long consented, long objected, long partiallyObjected,
			long deemedConsent, long withdrawn, Double medianDaysToAnswer) {
	}

}
