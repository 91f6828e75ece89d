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

	/** The day, or {@code null} when the text is not a day written so. */
	public static LocalDate parse(String text) {
		if (text == null || !text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
