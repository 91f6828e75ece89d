package ir.cadastre.publish;

import java.time.Instant;

/**
 * What is published of one layer, and when.
 *
 * @param layer the layer id
 * @param published whether a publication has put it on GeoServer
 * @param geoserverLayer its WMS layer name, {@code workspace:layer}
 * @param style its default style
 * @param publishedAt when a publication last created or changed it in GeoServer
 * @param publishedBy who ran that publication ({@code system} for publish-on-start)
 * @param checkedAt when a publication last found it as it should be
 * @param truncatedAt when its cached tiles were last truncated
 * @param pendingTruncations changes whose tiles are still to be truncated
 * @param lastTruncationError why the last attempt at those failed, if it did
 */
record LayerPublication(String layer, boolean published, String geoserverLayer, String style, Instant publishedAt,
		String publishedBy, Instant checkedAt, Instant truncatedAt, int pendingTruncations,
		String lastTruncationError) {

}
