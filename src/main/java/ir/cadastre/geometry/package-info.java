/**
 * Geometry intake (DESIGN §3): the one component every endpoint that takes an area uses.
 *
 * <p>
 * An <em>area</em> arrives as GeoJSON ({@code Polygon}, {@code MultiPolygon}, or a
 * {@code Feature} wrapping one), as a UTM vertex list with an explicit zone
 * (EPSG:32638–32641), or as a degrees-minutes-seconds vertex list on WGS 84. It is
 * checked in the design's order — structure, notation, jurisdiction, validity, area — and
 * leaves as an {@link ir.cadastre.geometry.AcceptedArea}: a valid lon/lat MultiPolygon
 * inside Iran with counter-clockwise shells. Every refusal is a problem with a stable
 * type; nothing is repaired silently, because a repair moves a legal boundary.
 */
package ir.cadastre.geometry;
