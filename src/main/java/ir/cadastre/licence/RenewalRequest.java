package ir.cadastre.licence;

/**
 * A new period for an exploitation licence (Art. 10 note 3).
 *
 * @param years whole Solar Hijri years, 1 to 25
 * @param after the last day of the period it renews, Solar Hijri {@code yyyy-MM-dd} as
 * the licence's {@code lastDaySolarHijri} gives it; optional: when given, a renewal of a
 * period since renewed (sent twice, or after another officer's) is refused
 */
record RenewalRequest(Integer years, String after) {

}
