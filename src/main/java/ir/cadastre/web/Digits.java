package ir.cadastre.web;

/**
 * Numbers as people in Iran type them: in Persian (۰–۹) or Arabic-Indic (٠–٩) digits as
 * well as Latin ones, with the Persian decimal separator {@code ٫}, and with the
 * direction marks (LRM, RLM, ALM, embeddings and isolates) that a word processor or a
 * right-to-left text box leaves around a number pasted from it. Every reader of a typed
 * number, day or code reads it through here, so that what one of them takes, they all
 * take.
 */
public final class Digits {

	private Digits() {
	}

	/**
	 * The text with Latin digits, {@code .} for {@code ٫}, and no direction marks; the
	 * thousands separator {@code ٬} is left to the reader that allows one. {@code null}
	 * stays {@code null}.
	 */
	public static String latin(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder latin = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			if (c >= '۰' && c <= '۹') {
				latin.append((char) ('0' + c - '۰'));
			}
			else if (c >= '٠' && c <= '٩') {
				latin.append((char) ('0' + c - '٠'));
			}
			else if (c == '٫') {
				latin.append('.');
			}
			else if (!isDirectionMark(c)) {
				latin.appendCodePoint(c);
			}
		});
		return latin.toString();
	}

	/**
	 * Whether the character only steers the direction of the text around it: it is
	 * invisible and no part of a number, a day or a name.
	 */
	static boolean isDirectionMark(int c) {
		return c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E')
				|| (c >= '\u2066' && c <= '\u2069');
	}

}
