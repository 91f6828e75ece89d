package ir.cadastre.application;

/**
 * A ministry officer's decision on an application.
 *
 * @param decision {@code GRANT} or {@code REJECT}
 * @param reason required with {@code REJECT}
 */
record DecisionRequest(String decision, String reason) {

}
