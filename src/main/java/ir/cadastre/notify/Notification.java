package ir.cadastre.notify;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A notification: what to tell whom, written in Persian and in English, so that each
 * reader gets it in the language they chose.
 *
 * @param kind {@code INQUIRY_OPENED}, {@code INQUIRY_DUE_SOON}, {@code DEEMED_CONSENT},
 * {@code INQUIRY_WITHDRAWN}, {@code INQUIRY_ANSWERED}, {@code DECREE}, {@code DECISION},
 * {@code LICENCE} or {@code AUDIT_ANCHOR}
 * @param recipient {@code agency:<id>} (its reviewers) or {@code user:<username>}
 * @param about what it tells of, as the audit trail names it: {@code inquiry:<id>},
 * {@code application:<id>}, {@code licence:<id>} or {@code audit-anchor:<id>}
 * @param subject a one-line subject
 * @param body the message
 */
public record Notification(String kind, String recipient, String about, Text subject, Text body) {

	/** The languages notices are written in: Persian, the default, and English. */
	public static final List<String> LANGUAGES = List.of("fa", "en");

	private static final Pattern ABOUT = Pattern.compile("(inquiry|application|licence|audit-anchor):\\S+");

	/**
	 * A notification written from the catalogue of notice texts.
	 * @param kind the kind
	 * @param recipient the recipient
	 * @param about what it tells of
	 * @param notice the key of its subject and body in the catalogue
	 * ({@code notices/*.properties})
	 * @param facts the values the texts name, as name, value, name, value…: a number is
	 * written with the reader's digits, a {@link SolarDay} or an instant as a Solar Hijri
	 * day, a {@link Text} (a name in both languages) in the reader's language,
	 * {@code null} as {@code none}, anything else as it is
	 * @return the notification
	 * @throws IllegalArgumentException {@code about} names nothing a notice can be about,
	 * the catalogue has no such notice, or a name has no value
	 */
	public static Notification of(String kind, String recipient, String about, String notice, Object... facts) {
		if (!ABOUT.matcher(about).matches()) {
			throw new IllegalArgumentException("not what a notice can be about: " + about);
		}
		if (facts.length % 2 != 0) {
			throw new IllegalArgumentException("facts come in pairs of name and value");
		}
		Map<String, Object> named = new HashMap<>();
		for (int i = 0; i < facts.length; i += 2) {
			// A reason is written into a sentence that ends it.
			named.put((String) facts[i], ("reason".equals(facts[i]) && facts[i + 1] instanceof String reason)
					? reason.strip().replaceAll("[.\\s]+$", "") : facts[i + 1]);
		}
		return new Notification(kind, recipient, about, NoticeTexts.text(notice + ".subject", named),
				NoticeTexts.text(notice + ".body", named));
	}

	/** A text in both of the service's languages. */
	public record Text(String fa, String en) {

		/** The text in this language: {@code fa} or {@code en}. */
		public String in(String language) {
			return "en".equals(language) ? this.en : this.fa;
		}

	}

}
