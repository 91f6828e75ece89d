package ir.cadastre.web;

import java.util.Locale;

/**
 * Names and codes as people type them, compared by their words alone: Persian text is
 * written with Arabic or Persian yeh and kaf, with a half-space (ZWNJ), a space or
 * nothing between parts of a word, with or without the hamza of the ezafe (هٔ, ۀ), in
 * Persian, Arabic-Indic or Latin digits, pasted with direction marks; English in any
 * case; codes with spaces, hyphens or underscores. Names are kept as typed and compared
 * by their key, here and in the database's {@code name_key} (migration V45), which gives
 * the same key.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The name's key: equal keys are the same name, however it was typed.
	 * @param name a name, not {@code null}
	 */
	public static String key(String name) {
		StringBuilder key = new StringBuilder(name.length());
		Digits.latin(name).toLowerCase(Locale.ROOT).codePoints().forEach((c) -> {
			switch (c) {
				case 'ي', 'ى' -> key.append('ی');
				case 'ك' -> key.append('ک');
				case 'ة', 'ۀ' -> key.append('ه');
				case '\u200C', '\u200D', '\u0640', '\u0654', '_', '-' -> {
				}
				default -> {
					// Every space, the no-break ones too: Persian text often
					// holds a narrow no-break space (U+202F).
					if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
						key.appendCodePoint(c);
					}
				}
			}
		});
		return key.toString();
	}

}
