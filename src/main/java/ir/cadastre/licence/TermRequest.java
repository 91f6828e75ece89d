package ir.cadastre.licence;

/**
 * The period of an exploitation licence issued on a discovery certificate (Art. 10 note
 * 3); a renewal's is {@link RenewalRequest}.
 *
 * @param years whole Solar Hijri years, 1 to 25
 */
record TermRequest(Integer years) {

}
