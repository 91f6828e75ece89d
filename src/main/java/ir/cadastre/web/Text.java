package ir.cadastre.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence for people, written in English, that a problem gives in its reader's
 * language (Persian when the request's {@code Accept-Language} prefers it). The pattern
 * has numbered holes, {@code {0}}, {@code {1}} …, for its values; a value that is itself
 * a {@code Text} is read in the same language, anything else as it is.
 * <p>
 * The pattern is always a string literal (or literals joined by {@code +}), so that
 * {@code TranslationsTests} finds every one in the source and checks its Persian in
 * {@code src/main/resources/problems/fa/}.
 */
public final class Text {

	private static final Pattern HOLE = Pattern.compile("\\{(\\d+)}");

	private static final Map<String, String> PERSIAN = PersianPatterns.load();

	private final String pattern;

	private final Object[] values;

	private final boolean clause;

	/**
	 * A name's Persian, or {@code null} for a sentence, whose Persian is the catalogue's.
	 */
	private final String persianName;

	private Text(String pattern, Object[] values, boolean clause, String persianName) {
		this.pattern = pattern;
		this.values = values;
		this.clause = clause;
		this.persianName = persianName;
	}

	public static Text of(String pattern, Object... values) {
		return new Text(pattern, values.clone(), false, null);
	}

	/**
	 * A name the service keeps in both languages, such as a mineral's in its catalogue: a
	 * value for a sentence's hole, read as it is, with no pattern and no holes of its
	 * own.
	 */
	public static Text name(String english, String persian) {
		return new Text(english, new Object[0], false, persian);
	}

	/**
	 * A state as the API writes it, such as {@code GRANTED}: so in English, and in
	 * Persian the pages' own name for it, {@code <kind>.<state>} in
	 * {@code static/i18n/fa.json} ({@code status}, {@code inquiryStatus},
	 * {@code licenceStatus} …).
	 */
	public static Text state(String kind, String state) {
		return name(state, PersianPatterns.page(kind + "." + state, state));
	}

	/**
	 * A state's name on the English pages ({@code static/i18n/en.json}), such as
	 * "Exploration licence" for {@code licenceType.EXPLORATION}; the state itself when
	 * the pages do not name it.
	 */
	public static String englishName(String kind, String state) {
		return PersianPatterns.ENGLISH_PAGES.getOrDefault(kind + "." + state, state);
	}

	/** The sentence without its full stop, to stand inside another one: "… ({0}); …". */
	public Text clause() {
		return new Text(this.pattern, this.values, true, this.persianName);
	}

	/**
	 * The sentence in the language of the locale: Persian for {@code fa}, else English.
	 */
	public String in(Locale locale) {
		boolean persian = isPersian(locale);
		if (this.persianName != null) {
			return persian ? this.persianName : this.pattern;
		}
		String translated = persian ? PERSIAN.getOrDefault(this.pattern, this.pattern) : this.pattern;
		Matcher hole = HOLE.matcher(translated);
		StringBuilder text = new StringBuilder();
		while (hole.find()) {
			Object value = this.values[Integer.parseInt(hole.group(1))];
			String filled = (value instanceof Text inner) ? inner.in(locale) : String.valueOf(value);
			hole.appendReplacement(text, Matcher.quoteReplacement(filled));
		}
		hole.appendTail(text);
		return (this.clause && text.toString().endsWith(".")) ? text.substring(0, text.length() - 1) : text.toString();
	}

	/** Whether a reader of this locale reads Persian; everyone else reads English. */
	public static boolean isPersian(Locale locale) {
		return "fa".equals(locale.getLanguage());
	}

	/** The sentence in English, as logs and exception messages give it. */
	@Override
	public String toString() {
		return in(Locale.ENGLISH);
	}

}
