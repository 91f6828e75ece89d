package ir.cadastre.mineral;

/**
 * A mineral of the catalogue.
 *
 * @param code the catalogue code, e.g. {@code copper}
 * @param name English name
 * @param nameFa Persian name
 * @param mineralClass its class under Article 3 (1–4)
 * @param ministryRules whether the Ministry licences it (Art. 4: not ordinary sand or
 * clay)
 */
public record Mineral(String code, String name, String nameFa, int mineralClass, boolean ministryRules) {

}
