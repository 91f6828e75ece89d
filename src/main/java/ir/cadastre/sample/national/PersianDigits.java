package ir.cadastre.sample.national;

/**
 * Numbers with Persian digits, as they appear in Persian names ("پلاک ۰۰۱۲").
 */
final class PersianDigits {

	private PersianDigits() {
	}

	static String of(long number, int width) {
		String latin = String.format("%0" + width + "d", number);
		StringBuilder persian = new StringBuilder(latin.length());
		for (char digit : latin.toCharArray()) {
			persian.append((char) ('۰' + (digit - '0')));
		}
		return persian.toString();
	}

}
