package ir.cadastre.publish;

import java.util.List;

/**
 * The answer to {@code GET /api/v1/publication}, read from the database alone (it works
 * when GeoServer is down).
 *
 * @param configured whether a GeoServer is configured
 * @param workspace GeoServer's workspace
 * @param layerGroup the group of all layers
 * @param capabilities where GIS clients find the WMS capabilities, when configured
 * @param layers what is published of each layer of the catalogue
 */
record PublicationStatus(boolean configured, String workspace, String layerGroup, String capabilities,
		List<LayerPublication> layers) {

}
