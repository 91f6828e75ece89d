package ir.cadastre.licence;

/**
 * The period of an exploitation licence, issued or renewed (Art. 10 note 3).
 *
 * @param years whole Solar Hijri years, 1 to 25
 */
record TermRequest(Integer years) {

}
