package ir.cadastre.licence;

/**
 * The years a renewal should have had, typed wrongly by the officer who renewed (Art. 10
 * note 3).
 *
 * @param years whole Solar Hijri years, 1 to 25, from the day the renewal followed
 * @param reason required: what was wrong
 */
record RenewalCorrection(Integer years, String reason) {

}
