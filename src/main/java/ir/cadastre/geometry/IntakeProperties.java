package ir.cadastre.geometry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of geometry intake (DESIGN §3), under {@code cadastre.intake.*}.
 *
 * @param maxVertices most vertices in one area, a ring's closing position not counted
 * @param maxHoles most holes in one polygon
 * @param maxParts most polygons in one area
 * @param minAreaM2 smallest area accepted, in m² on the ellipsoid
 * @param sliverWidthM a part whose mean width (2·area/perimeter) is below this is a
 * sliver
 */
@ConfigurationProperties("cadastre.intake")
record IntakeProperties(@DefaultValue("10000") int maxVertices, @DefaultValue("100") int maxHoles,
		@DefaultValue("50") int maxParts, @DefaultValue("1000") double minAreaM2,
		@DefaultValue("10") double sliverWidthM) {

}
