package ir.cadastre.sample;

import java.util.Map;

import org.locationtech.jts.geom.MultiPolygon;

/**
 * One synthetic feature as it is written: the common properties, the layer's own
 * attributes (in the order they are written) and a lon/lat geometry on the 10⁻⁶ degree
 * grid.
 */
record SampleFeature(String id, String name, String nameFa, Map<String, String> attributes, MultiPolygon geometry) {

	SampleFeature(String id, String name, String nameFa, MultiPolygon geometry) {
		this(id, name, nameFa, Map.of(), geometry);
	}

}
