package ir.cadastre.layerfile;

import java.io.Closeable;
import java.io.IOException;

/**
 * One pass over a layer's features, holding one open reader (a file channel, a JDBC
 * cursor, an XML or JSON parser) and never more than the feature in hand.
 */
interface FeatureCursor extends Closeable {

	/**
	 * The next feature, or {@code null} after the last.
	 * @throws LayerFileException when the file turns out to be damaged
	 */
	SourceFeature next() throws IOException;

}
