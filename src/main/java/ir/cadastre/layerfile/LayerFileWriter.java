package ir.cadastre.layerfile;

import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * Writes features one at a time to a layer file, holding none of them after they are
 * written. Closing finishes the file. A refused feature (an
 * {@link IllegalArgumentException}) writes nothing and the writer goes on; after a write
 * that failed part-way (an I/O error, a size limit) closing removes the output instead,
 * so that a half-written file is never left looking whole.
 */
public interface LayerFileWriter extends AutoCloseable {

	/**
	 * Writes one feature.
	 * @param attributes values by field name; a missing name is written as null (blank in
	 * a Shapefile); a name that is not a field is refused
	 * @param geometry the geometry in the writer's SRID: a Polygon or MultiPolygon for a
	 * Shapefile or GeoPackage (any type for GeoJSON); null or empty writes a feature
	 * without geometry
	 * @throws IllegalArgumentException for a value or geometry the file cannot hold;
	 * nothing is written
	 * @throws LayerFileException when the format's size limit is reached
	 */
	void write(Map<String, ?> attributes, Geometry geometry);

	/** The number of features written so far. */
	long count();

	/** Finishes the file, or removes it after a failed write. */
	@Override
	void close();

}
