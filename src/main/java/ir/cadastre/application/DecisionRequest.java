package ir.cadastre.application;

/**
 * A ministry officer's decision on an application.
 *
 * @param decision {@code GRANT} or {@code REJECT}
 * @param reason required with {@code REJECT}
 * @param months how long a withdrawal permit runs (Art. 13), required to grant one, and
 * only then
 */
record DecisionRequest(String decision, String reason, Integer months) {

}
