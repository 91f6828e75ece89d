package ir.cadastre.sample;

/**
 * Writes numbers with Persian digits, as they appear in Persian names ("قطعه ۱۲").
 */
final class PersianDigits {

	private PersianDigits() {
	}

	static String of(int number, int width) {
		String latin = String.format("%0" + width + "d", number);
		StringBuilder persian = new StringBuilder(latin.length());
		for (char digit : latin.toCharArray()) {
			persian.append((char) ('۰' + (digit - '0')));
		}
		return persian.toString();
	}

}
