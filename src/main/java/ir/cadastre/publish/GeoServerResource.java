package ir.cadastre.publish;

/**
 * A GeoServer catalogue resource the publisher manages: where it is read and updated, and
 * where it is created. Names come from configuration and the layer catalogue, never from
 * a request.
 *
 * @param kind what it is, e.g. {@code feature type}
 * @param name its name
 * @param collection the path it is created under (POST), relative to GeoServer's base
 * URL; {@code null} when GeoServer creates it by itself (a layer comes with its feature
 * type)
 * @param path its own path (GET, PUT, DELETE)
 * @param quiet whether GeoServer's document of the path has {@code quietOnNotFound} (so
 * that a check does not log a stack trace in GeoServer)
 */
record GeoServerResource(String kind, String name, String collection, String path, boolean quiet) {

	static GeoServerResource workspace(String workspace) {
		return new GeoServerResource("workspace", workspace, "/rest/workspaces", "/rest/workspaces/" + workspace, true);
	}

	static GeoServerResource dataStore(String workspace, String store) {
		String stores = "/rest/workspaces/" + workspace + "/datastores";
		return new GeoServerResource("datastore", store, stores, stores + "/" + store, true);
	}

	static GeoServerResource featureType(String workspace, String store, String name) {
		String types = "/rest/workspaces/" + workspace + "/datastores/" + store + "/featuretypes";
		return new GeoServerResource("feature type", name, types, types + "/" + name, true);
	}

	static GeoServerResource layer(String workspace, String name) {
		return new GeoServerResource("layer", workspace + ":" + name, null, "/rest/layers/" + workspace + ":" + name,
				true);
	}

	static GeoServerResource layerGroup(String workspace, String name) {
		String groups = "/rest/workspaces/" + workspace + "/layergroups";
		return new GeoServerResource("layer group", name, groups, groups + "/" + name, false);
	}

	/** The step's name in reports and problems, e.g. {@code feature type forests}. */
	String step() {
		return this.kind + " " + this.name;
	}

}
