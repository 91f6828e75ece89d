package ir.cadastre.sample.national;

/**
 * A town whose surroundings are tessellated into parcels.
 *
 * @param code the town's code in parcel ids, e.g. {@code T0007}
 * @param near the real place it is named after
 * @param lon the centre, degrees east
 * @param lat the centre, degrees north
 * @param radiusKm the radius of the tessellated disc
 * @param spacingKm the typical distance between parcel sites at the disc's middle
 */
record Town(String code, Place near, double lon, double lat, double radiusKm, double spacingKm) {
}
