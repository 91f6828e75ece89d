package ir.cadastre.licence;

/**
 * The end of an active licence by the ministry: an exploration that found no ore (Art. 7
 * note 2), a surrender, or a revocation; or the ministry's refusal of a transfer the
 * holder asked for.
 *
 * @param reason required
 */
record ClosureRequest(String reason) {

}
