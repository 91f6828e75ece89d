package ir.cadastre.licence;

/**
 * The end of an active licence by the ministry: an exploration that found no ore (Art. 7
 * note 2), a surrender, or a revocation.
 *
 * @param reason required
 */
record ClosureRequest(String reason) {

}
