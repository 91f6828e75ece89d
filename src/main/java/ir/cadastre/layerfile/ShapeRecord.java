package ir.cadastre.layerfile;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Geometry;

/**
 * One record of a {@code .shp}: its geometry ({@code null} for a null shape), or why it
 * could not be built.
 */
record ShapeRecord(Geometry geometry, Text fault) {

}
