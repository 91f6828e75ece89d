/**
 * What the web map needs beyond the API of the other features: Iran's boundary to draw,
 * the map's settings (an optional base map), and the reading of an applicant's area from
 * a typed vertex list or an uploaded file into GeoJSON, through the same intake as every
 * other endpoint, so the page shows exactly the area that will be checked and submitted.
 *
 * <p>
 * The pages themselves are static files under {@code src/main/resources/static}: plain ES
 * modules and OpenLayers' full build from a pinned webjar, no build step.
 */
package ir.cadastre.web.map;
