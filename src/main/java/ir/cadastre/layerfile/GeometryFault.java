package ir.cadastre.layerfile;

import ir.cadastre.web.Text;

/**
 * A feature's geometry that cannot be built, say an unclosed ring or a ring of three
 * points. The feature is still delivered, with this reason as its
 * {@link SourceFeature#geometryFault()}, and the file reads on.
 */
class GeometryFault extends Exception {

	private final transient Text reason;

	GeometryFault(Text reason) {
		super(reason.toString(), null, false, false);
		this.reason = reason;
	}

	Text reason() {
		return this.reason;
	}

}
