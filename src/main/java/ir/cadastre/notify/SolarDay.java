package ir.cadastre.notify;

/**
 * A day named in a notice, in the Solar Hijri calendar, written for the reader as "30 Dey
 * 1405" or "۳۰ دی ۱۴۰۵".
 *
 * @param date the day as the API gives it, {@code yyyy-MM-dd} (e.g. {@code 1405-10-30})
 */
public record SolarDay(String date) {

	@Override
	public String toString() {
		return this.date;
	}

}
