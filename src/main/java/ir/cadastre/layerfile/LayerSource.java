package ir.cadastre.layerfile;

import java.io.IOException;
import java.util.List;

/**
 * What each format's reader provides to {@link LayerFile}: its metadata, found when the
 * file is opened, and fresh passes over its features.
 */
interface LayerSource {

	LayerFormat format();

	String layerName();

	int srid();

	List<String> attributeNames();

	FeatureCursor cursor() throws IOException;

	/** Releases what the source holds beyond its cursors (a database connection). */
	void close() throws IOException;

}
