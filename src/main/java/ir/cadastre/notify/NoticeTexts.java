package ir.cadastre.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import ir.cadastre.calendar.SolarHijri;

/**
 * The catalogue of notice texts, {@code notices/fa.properties} and
 * {@code notices/en.properties}: ICU message patterns with named facts ({@code {number}})
 * and choices ({@code {outcome, select, DAMAGES {…} other {…}}}). Persian texts write
 * numbers and days with Persian digits; identifiers, names and what users wrote stay as
 * they are.
 */
final class NoticeTexts {

	private static final Map<String, Properties> CATALOGUES = Map.of("fa", load("fa"), "en", load("en"));

	/**
	 * Each thread's patterns, parsed once: a decree writes two notices for each window it
	 * changes, each a subject and a body in two languages (160,000 texts for 20,000
	 * windows), and parsing a pattern took longer than writing it. A MessageFormat is not
	 * safe to share between threads.
	 */
	private static final ThreadLocal<Map<String, MessageFormat>> PARSED = ThreadLocal.withInitial(HashMap::new);

	private static final String[] MONTHS_EN = { "Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
			"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand" };

	private static final String[] MONTHS_FA = { "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
			"آذر", "دی", "بهمن", "اسفند" };

	private NoticeTexts() {
	}

	/** A text of the catalogue in both languages. */
	static Notification.Text text(String key, Map<String, ?> facts) {
		return new Notification.Text(write("fa", key, facts), write("en", key, facts));
	}

	/** The catalogue of one language. */
	static Properties catalogue(String language) {
		return CATALOGUES.get(language);
	}

	private static String write(String language, String key, Map<String, ?> facts) {
		MessageFormat format = PARSED.get().computeIfAbsent(language + " " + key, (parsed) -> {
			String pattern = CATALOGUES.get(language).getProperty(key);
			if (pattern == null) {
				throw new IllegalArgumentException("no notice text " + key + " in " + language);
			}
			return new MessageFormat(pattern, new ULocale(language));
		});
		Map<String, Object> written = new HashMap<>();
		facts.forEach((name, value) -> written.put(name, fact(language, value)));
		return format.format(written);
	}

	/** A fact as the reader writes it; an absent one as {@code none}, for a choice. */
	private static String fact(String language, Object value) {
		if (value == null) {
			return "none";
		}
		if (value instanceof Notification.Text text) {
			return text.in(language);
		}
		if (value instanceof Number) {
			return digits(language, value.toString());
		}
		if (value instanceof SolarDay day) {
			String[] parts = day.date().split("-");
			int month = Integer.parseInt(parts[1]);
			return digits(language, Integer.parseInt(parts[2]) + " "
					+ ("fa".equals(language) ? MONTHS_FA : MONTHS_EN)[month - 1] + " " + parts[0]);
		}
		if (value instanceof Instant instant) {
			ZonedDateTime tehran = instant.atZone(SolarHijri.TEHRAN);
			return fact(language, new SolarDay(SolarHijri.format(tehran.toLocalDate())))
					+ digits(language, String.format(" %02d:%02d", tehran.getHour(), tehran.getMinute()));
		}
		return value.toString();
	}

	/** Latin digits written as Persian ones in Persian. */
	static String digits(String language, String text) {
		if (!"fa".equals(language)) {
			return text;
		}
		StringBuilder persian = new StringBuilder(text.length());
		text.chars().forEach((c) -> persian.append((c >= '0' && c <= '9') ? (char) ('۰' + c - '0') : (char) c));
		return persian.toString();
	}

	private static Properties load(String language) {
		String name = "/notices/" + language + ".properties";
		try (InputStream in = NoticeTexts.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("missing " + name);
			}
			Properties catalogue = new Properties();
			catalogue.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return catalogue;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
