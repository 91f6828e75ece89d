package ir.cadastre.publish;

import java.util.List;

/**
 * The answer to {@code POST /api/v1/publication}: what the publication did, step by step,
 * and what is now published.
 *
 * @param workspace GeoServer's workspace
 * @param layerGroup the group of all layers
 * @param capabilities where GIS clients find the WMS capabilities
 * @param steps every check and change, in order
 * @param truncated the layers (and group) whose cached tiles were truncated
 * @param layers what is published of each layer
 */
record PublicationReport(String workspace, String layerGroup, String capabilities, List<PublicationRun.Step> steps,
		List<String> truncated, List<LayerPublication> layers) {

}
