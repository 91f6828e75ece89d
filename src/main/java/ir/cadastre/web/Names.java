package ir.cadastre.web;

import java.util.Locale;

/**
 * Names as people type them into spreadsheets, compared by their words alone: Persian
 * text is written with Arabic or Persian yeh and kaf, with a half-space (ZWNJ), a space
 * or nothing between parts of a word, with or without the hamza of the ezafe; English in
 * any case; codes with spaces, hyphens or underscores.
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
		name.toLowerCase(Locale.ROOT).codePoints().forEach((c) -> {
			switch (c) {
				case 'ي', 'ى' -> key.append('ی');
				case 'ك' -> key.append('ک');
				case 'ة' -> key.append('ه');
				case '\u200C', '\u200D', '\u0640', '\u0654', '_', '-' -> {
				}
				default -> {
					if (!Character.isWhitespace(c)) {
						key.appendCodePoint(c);
					}
				}
			}
		});
		return key.toString();
	}

}
