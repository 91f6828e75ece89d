package ir.cadastre.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.TimeZone;

import ir.cadastre.calendar.SolarHijri.Deadline;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Article 24 windows of four Solar Hijri months, written out by hand: the notification
 * (its Solar Hijri day in Asia/Tehran), the window's last day in both calendars, and the
 * instant it closes (midnight after the last day, Tehran, UTC+03:30). Each is computed
 * with the JVM's default zone set to UTC and to Asia/Tehran.
 */
class SolarHijriTests {

	@ParameterizedTest(name = "Art. 24: notified {0} ({1}) -> last day {2} = {3}")
	@CsvSource(delimiter = '|',
			textBlock = """
					# notified (instant)  | notified (SH)  | last day (SH) | last day (Gregorian) | closes at            | Gregorian +4 months would be
					2024-08-21T06:30:00Z  | 1403-05-31     | 1403-09-30    | 2024-12-20           | 2024-12-20T20:30:00Z | 2024-12-21
					2024-09-21T06:30:00Z  | 1403-06-31     | 1403-10-30    | 2025-01-19           | 2025-01-19T20:30:00Z | 2025-01-21
					2024-10-21T06:30:00Z  | 1403-07-30     | 1403-11-30    | 2025-02-18           | 2025-02-18T20:30:00Z | 2025-02-21
					2024-11-20T06:30:00Z  | 1403-08-30     | 1403-12-30    | 2025-03-20           | 2025-03-20T20:30:00Z | 2025-03-20
					2025-02-03T06:30:00Z  | 1403-11-15     | 1404-03-15    | 2025-06-05           | 2025-06-05T20:30:00Z | 2025-06-03
					2025-02-19T06:30:00Z  | 1403-12-01     | 1404-04-01    | 2025-06-22           | 2025-06-22T20:30:00Z | 2025-06-19
					2025-03-20T06:30:00Z  | 1403-12-30     | 1404-04-30    | 2025-07-21           | 2025-07-21T20:30:00Z | 2025-07-20
					2025-03-21T06:30:00Z  | 1404-01-01     | 1404-05-01    | 2025-07-23           | 2025-07-23T20:30:00Z | 2025-07-21
					2025-09-22T06:30:00Z  | 1404-06-31     | 1404-10-30    | 2026-01-20           | 2026-01-20T20:30:00Z | 2026-01-22
					2025-11-21T06:30:00Z  | 1404-08-30     | 1404-12-29    | 2026-03-20           | 2026-03-20T20:30:00Z | 2026-03-21
					2026-01-15T08:00:00Z  | 1404-10-25     | 1405-02-25    | 2026-05-15           | 2026-05-15T20:30:00Z | 2026-05-15
					2026-01-15T21:00:00Z  | 1404-10-26     | 1405-02-26    | 2026-05-16           | 2026-05-16T20:30:00Z | 2026-05-16
					2026-01-20T06:30:00Z  | 1404-10-30     | 1405-02-30    | 2026-05-20           | 2026-05-20T20:30:00Z | 2026-05-20
					2026-03-20T06:30:00Z  | 1404-12-29     | 1405-04-29    | 2026-07-20           | 2026-07-20T20:30:00Z | 2026-07-20
					""")
	void article24WindowIsFourSolarHijriMonths(String notified, String notifiedSolarHijri, String lastDaySolarHijri,
			String lastDay, String closesAt, String gregorianFourMonths) {
		for (String zone : new String[] { "UTC", "Asia/Tehran" }) {
			TimeZone jdk = TimeZone.getDefault();
			com.ibm.icu.util.TimeZone icu = com.ibm.icu.util.TimeZone.getDefault();
			try {
				TimeZone.setDefault(TimeZone.getTimeZone(zone));
				com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
				Instant at = Instant.parse(notified);
				assertThat(SolarHijri.format(at.atZone(SolarHijri.TEHRAN).toLocalDate())).as(zone)
					.isEqualTo(notifiedSolarHijri);
				Deadline deadline = SolarHijri.window(at, 4);
				assertThat(deadline.lastDaySolarHijri()).as(zone).isEqualTo(lastDaySolarHijri);
				assertThat(deadline.lastDay()).as(zone).isEqualTo(LocalDate.parse(lastDay));
				assertThat(deadline.closesAt()).as(zone).isEqualTo(Instant.parse(closesAt));
			}
			finally {
				TimeZone.setDefault(jdk);
				com.ibm.icu.util.TimeZone.setDefault(icu);
			}
		}
		LocalDate gregorian = Instant.parse(notified).atZone(SolarHijri.TEHRAN).toLocalDate().plusMonths(4);
		assertThat(gregorian).isEqualTo(LocalDate.parse(gregorianFourMonths));
	}

	/**
	 * Windows notified while Iran kept daylight saving time (UTC+04:30 from 1 Farvardin
	 * to 30 Shahrivar until 1401), at the last and first instants of a Tehran day, and
	 * around the leap years 1403 and 1408 (1407 is common), computed independently
	 * (Borkowski's Jalaali algorithm, the IANA zone).
	 */
	@ParameterizedTest(name = "Art. 24: notified {0} ({1}) -> last day {2}, closes {4}")
	@CsvSource(delimiter = '|', textBlock = """
			# notified (instant)      | notified (SH) | last day (SH) | last day   | closes at
			2021-03-21T20:29:59.999Z  | 1400-01-01    | 1400-05-01    | 2021-07-23 | 2021-07-23T19:30:00Z
			2021-03-21T20:30:00Z      | 1400-01-02    | 1400-05-02    | 2021-07-24 | 2021-07-24T19:30:00Z
			2021-06-01T19:29:59.999Z  | 1400-03-11    | 1400-07-11    | 2021-10-03 | 2021-10-03T20:30:00Z
			2021-09-21T19:15:00Z      | 1400-06-30    | 1400-10-30    | 2022-01-20 | 2022-01-20T20:30:00Z
			2021-09-21T20:29:59.999Z  | 1400-06-30    | 1400-10-30    | 2022-01-20 | 2022-01-20T20:30:00Z
			2019-11-21T20:30:00Z      | 1398-09-01    | 1399-01-01    | 2020-03-20 | 2020-03-20T20:30:00Z
			2025-01-18T20:30:00Z      | 1403-10-30    | 1404-02-30    | 2025-05-20 | 2025-05-20T20:30:00Z
			2028-03-19T20:29:59.999Z  | 1406-12-29    | 1407-04-29    | 2028-07-19 | 2028-07-19T20:30:00Z
			2028-03-19T20:30:00Z      | 1407-01-01    | 1407-05-01    | 2028-07-22 | 2028-07-22T20:30:00Z
			2029-11-20T20:30:00Z      | 1408-09-01    | 1409-01-01    | 2030-03-21 | 2030-03-21T20:30:00Z
			""")
	void article24WindowAcrossDaylightSavingAndLeapYears(String notified, String notifiedSolarHijri,
			String lastDaySolarHijri, String lastDay, String closesAt) {
		Instant at = Instant.parse(notified);
		assertThat(SolarHijri.format(at.atZone(SolarHijri.TEHRAN).toLocalDate())).isEqualTo(notifiedSolarHijri);
		Deadline deadline = SolarHijri.window(at, 4);
		assertThat(deadline.lastDaySolarHijri()).isEqualTo(lastDaySolarHijri);
		assertThat(deadline.lastDay()).isEqualTo(LocalDate.parse(lastDay));
		assertThat(deadline.closesAt()).isEqualTo(Instant.parse(closesAt));
		assertThat(SolarHijri.daysLeft(deadline, deadline.closesAt().minusNanos(1))).isZero();
	}

	@Test
	@DisplayName("Esfand 30 exists in 1399, 1403 and 1408, not in 1400, 1404 or 1407")
	void esfandThirtyOfLeapYearsOnly() {
		for (int year : new int[] { 1399, 1403, 1408 }) {
			assertThat(SolarHijri.format(SolarHijri.date(year, 12, 30))).isEqualTo(year + "-12-30");
		}
		for (int year : new int[] { 1400, 1404, 1407 }) {
			assertThat(SolarHijri.format(SolarHijri.date(year, 12, 30))).isEqualTo((year + 1) + "-01-01");
		}
	}

	@Test
	@DisplayName("Art. 24: 1403 is a leap year (Esfand 30 exists), 1404 is not")
	void esfandOfLeapAndCommonYears() {
		assertThat(SolarHijri.date(1403, 12, 30)).isEqualTo(LocalDate.parse("2025-03-20"));
		assertThat(SolarHijri.date(1404, 1, 1)).isEqualTo(LocalDate.parse("2025-03-21"));
		assertThat(SolarHijri.format(LocalDate.parse("2026-03-20"))).isEqualTo("1404-12-29");
		assertThat(SolarHijri.format(LocalDate.parse("2026-03-21"))).isEqualTo("1405-01-01");
	}

	@Test
	@DisplayName("Art. 24: days left count civil days in Tehran, 0 on the last day")
	void daysLeft() {
		Deadline deadline = SolarHijri.window(Instant.parse("2024-08-21T06:30:00Z"), 4);
		assertThat(SolarHijri.daysLeft(deadline, Instant.parse("2024-08-21T06:30:00Z"))).isEqualTo(121);
		assertThat(SolarHijri.daysLeft(deadline, Instant.parse("2024-12-20T20:29:00Z"))).isZero();
		assertThat(SolarHijri.daysLeft(deadline, Instant.parse("2024-12-19T20:31:00Z"))).isZero();
		assertThat(SolarHijri.daysLeft(deadline, Instant.parse("2024-12-19T20:29:00Z"))).isEqualTo(1);
	}

	@Test
	@DisplayName("Art. 24: an extension adds civil days to the last day")
	void extension() {
		Deadline deadline = SolarHijri.window(Instant.parse("2024-08-21T06:30:00Z"), 4).extendedBy(30);
		assertThat(deadline.lastDaySolarHijri()).isEqualTo("1403-10-30");
		assertThat(deadline.closesAt()).isEqualTo(Instant.parse("2025-01-19T20:30:00Z"));
	}

	@Test
	@DisplayName("Art. 24: the first deadline at or after an instant is the end of its Tehran day, Esfand 29 and 30 included")
	void closingAtOrAfter() {
		Deadline esfand30 = SolarHijri.closingAtOrAfter(Instant.parse("2030-03-20T08:00:00Z"));
		assertThat(esfand30.lastDaySolarHijri()).as("a leap year's last day").isEqualTo("1408-12-30");
		assertThat(esfand30.closesAt()).isEqualTo(Instant.parse("2030-03-20T20:30:00Z"));
		assertThat(SolarHijri.closingAtOrAfter(Instant.parse("2026-03-20T20:29:59Z")).lastDaySolarHijri())
			.as("a common year's last day")
			.isEqualTo("1404-12-29");
		Deadline midnight = SolarHijri.closingAtOrAfter(Instant.parse("2026-03-20T20:30:00Z"));
		assertThat(midnight.closesAt()).as("a midnight is a deadline itself")
			.isEqualTo(Instant.parse("2026-03-20T20:30:00Z"));
		assertThat(SolarHijri.closingAtOrAfter(Instant.parse("2026-03-20T20:30:00.000001Z")).lastDaySolarHijri())
			.isEqualTo("1405-01-01");
	}

}
