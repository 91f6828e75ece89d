package ir.cadastre.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A calendar day as requests write it: {@code yyyy-MM-dd} (ISO 8601), four-digit years
 * only, so that every day read is one the database can store.
 */
public final class IsoDay {

	private IsoDay() {
	}

	/**
	 * Whether a day read is a Solar Hijri one typed as ISO (1405-09-15 is a day of 1405
	 * AD): no day the cadastre records, nor asks about, comes before 1900.
	 */
	public static boolean looksSolarHijri(LocalDate day) {
		return day.getYear() < 1900;
	}

	/**
	 * The day, or {@code null} when the text is not a day written so; in any digits
	 * ({@link Digits}).
	 */
	public static LocalDate parse(String text) {
		String latin = Digits.latin(text);
		if (latin == null || !latin.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			return null;
		}
		try {
			return LocalDate.parse(latin);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
