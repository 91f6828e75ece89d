package ir.cadastre.layerfile;

/**
 * A feature's geometry that cannot be built, say an unclosed ring or a ring of three
 * points. The feature is still delivered, with this message as its
 * {@link SourceFeature#geometryFault()}, and the file reads on.
 */
class GeometryFault extends Exception {

	GeometryFault(String message) {
		super(message, null, false, false);
	}

}
