package ir.cadastre.layerfile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature as the file holds it.
 *
 * <p>
 * Attribute values are {@code String}, {@code Long} (whole numbers), {@code Double},
 * {@code Boolean}, {@code java.time.LocalDate} (Shapefile dates), {@code byte[]}
 * (GeoPackage blobs), or for GeoJSON nested {@code Map}/{@code List} values; a missing
 * value is {@code null}. The map keeps the file's field order.
 *
 * @param number the 1-based position of the feature in the file (for a Shapefile, its
 * record number), used to name the feature in an import report
 * @param attributes the attributes by field name, unmodifiable, values may be null
 * @param geometry the geometry in the layer's source SRID (its {@code getSRID()} says
 * which); {@code null} when the feature has none or when it could not be built; it may be
 * empty, invalid or of any type: judging it is the importer's work
 * @param geometryFault why the geometry could not be built (e.g. "ring 1 is not closed:
 * …"), or {@code null} when it was built or the feature simply has none
 */
public record SourceFeature(int number, Map<String, Object> attributes, Geometry geometry, Text geometryFault) {

	public SourceFeature {
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
	}

	/** A feature whose geometry was built (or that has none). */
	public SourceFeature(int number, Map<String, Object> attributes, Geometry geometry) {
		this(number, attributes, geometry, null);
	}

	static SourceFeature unreadable(int number, Map<String, Object> attributes, Text fault) {
		return new SourceFeature(number, attributes, null, fault);
	}

}
