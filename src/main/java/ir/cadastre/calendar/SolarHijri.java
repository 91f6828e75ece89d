package ir.cadastre.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import com.ibm.icu.util.TimeZone;

/**
 * The one calendar component for legal deadlines (DESIGN §3, "Deadlines"): months are
 * added in the Solar Hijri calendar (ICU4J), days are civil days in Asia/Tehran, and a
 * window closes at the end of its last day. Nothing here reads the JVM's default zone or
 * locale.
 */
public final class SolarHijri {

	/** Iran's civil time zone (UTC+03:30 all year since 2023). */
	public static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");

	private static final long EPOCH_JULIAN_DAY = 2440588;

	private SolarHijri() {
	}

	/**
	 * The window that opens at a notification and runs for whole Solar Hijri months: its
	 * last day is the notification's day of the month that many months later (the last
	 * day of that month when it is shorter), and it closes at midnight after that day.
	 * @param notifiedAt the notification
	 * @param months the window's length
	 * @return the deadline
	 */
	public static Deadline window(Instant notifiedAt, int months) {
		return closingAtEndOf(monthsAfter(notifiedAt.atZone(TEHRAN).toLocalDate(), months));
	}

	/**
	 * The civil day whole Solar Hijri months after another: the same day of the month, or
	 * the last day of the month when it is shorter (31 Shahrivar + 1 month = 30 Mehr).
	 * @param day a civil day
	 * @param months how many months later
	 * @return that day
	 */
	public static LocalDate monthsAfter(LocalDate day, int months) {
		Calendar persian = persian(day);
		persian.add(Calendar.MONTH, months);
		return gregorian(persian);
	}

	/**
	 * The deadline whose last day is this civil day.
	 * @param lastDay the last day of the window, in Asia/Tehran
	 * @return the deadline
	 */
	public static Deadline closingAtEndOf(LocalDate lastDay) {
		return new Deadline(lastDay.plusDays(1).atStartOfDay(TEHRAN).toInstant(), lastDay, format(lastDay));
	}

	/**
	 * The first deadline at or after an instant: the end of the Tehran day holding it, or
	 * the instant itself when it is a midnight in Tehran.
	 * @param instant the instant
	 * @return the deadline, never before the instant and less than a day after it
	 */
	public static Deadline closingAtOrAfter(Instant instant) {
		return closingAtEndOf(instant.minusNanos(1).atZone(TEHRAN).toLocalDate());
	}

	/**
	 * A civil day written in the Solar Hijri calendar.
	 * @param day a civil day
	 * @return {@code yyyy-MM-dd} with Latin digits, e.g. {@code 1403-09-30}
	 */
	public static String format(LocalDate day) {
		Calendar persian = persian(day);
		int month = persian.get(Calendar.MONTH) + 1;
		int dayOfMonth = persian.get(Calendar.DAY_OF_MONTH);
		return persian.get(Calendar.EXTENDED_YEAR) + ((month < 10) ? "-0" : "-") + month
				+ ((dayOfMonth < 10) ? "-0" : "-") + dayOfMonth;
	}

	/**
	 * The civil day of a Solar Hijri date.
	 * @param year the Solar Hijri year
	 * @param month its month, 1 (Farvardin) to 12 (Esfand)
	 * @param day its day of the month
	 * @return the Gregorian date of that day
	 */
	public static LocalDate date(int year, int month, int day) {
		Calendar persian = new PersianCalendar(TimeZone.GMT_ZONE);
		persian.clear();
		persian.set(year, month - 1, day);
		return gregorian(persian);
	}

	/**
	 * The civil day of a Solar Hijri date as {@link #format} writes it.
	 * @param solarHijri {@code yyyy-MM-dd}, e.g. {@code 1403-09-30}
	 * @return the Gregorian date of that day
	 */
	public static LocalDate parse(String solarHijri) {
		String[] day = solarHijri.split("-");
		return date(Integer.parseInt(day[0]), Integer.parseInt(day[1]), Integer.parseInt(day[2]));
	}

	/**
	 * Whole civil days (Asia/Tehran) from an instant's day to a deadline's last day,
	 * never below zero: 0 on the last day itself.
	 * @param deadline the deadline
	 * @param now the instant
	 * @return the days left
	 */
	public static long daysLeft(Deadline deadline, Instant now) {
		return Math.max(0, ChronoUnit.DAYS.between(now.atZone(TEHRAN).toLocalDate(), deadline.lastDay()));
	}

	private static Calendar persian(LocalDate day) {
		Calendar persian = new PersianCalendar(TimeZone.GMT_ZONE);
		persian.clear();
		persian.set(Calendar.JULIAN_DAY, Math.toIntExact(day.toEpochDay() + EPOCH_JULIAN_DAY));
		persian.get(Calendar.DAY_OF_MONTH);
		return persian;
	}

	private static LocalDate gregorian(Calendar persian) {
		return LocalDate.ofEpochDay(persian.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
	}

	/**
	 * A legal deadline.
	 *
	 * @param closesAt the instant the window closes (exclusive): midnight after the last
	 * day in Asia/Tehran
	 * @param lastDay the window's last civil day (Asia/Tehran)
	 * @param lastDaySolarHijri that day in the Solar Hijri calendar, {@code yyyy-MM-dd}
	 */
	public record Deadline(Instant closesAt, LocalDate lastDay, String lastDaySolarHijri) {

		/**
		 * The same window made longer by whole civil days.
		 * @param days the days to add
		 * @return the later deadline
		 */
		public Deadline extendedBy(long days) {
			return closingAtEndOf(this.lastDay.plusDays(days));
		}

	}

}
