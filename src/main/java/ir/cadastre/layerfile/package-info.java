/**
 * Layer files as GIS staff upload them, read as a stream of features, and written for the
 * national-scale benchmark.
 *
 * <p>
 * A <em>layer file</em> is one upload: GeoJSON, a zipped Shapefile, a GeoPackage or KML
 * (KMZ too). {@link ir.cadastre.layerfile.LayerFiles#open LayerFiles.open} detects the
 * format and the <em>source SRID</em> (the coordinate system the file's coordinates are
 * in) and gives a {@link ir.cadastre.layerfile.LayerFile}, whose features arrive one at a
 * time as {@link ir.cadastre.layerfile.SourceFeature}s: the 1-based position in the file,
 * the attributes as the file holds them, and the geometry in the source SRID. Nothing
 * here judges a geometry: empty, invalid or non-polygon geometries are delivered as they
 * are, and a geometry that cannot even be built (an unclosed ring, a ring of three
 * points) arrives as {@code null} with its <em>geometry fault</em>, so that the importer
 * can report each one and go on. A file that cannot be read at all is a
 * {@link ir.cadastre.layerfile.LayerFileException} whose message is written for the
 * person who uploaded it.
 *
 * <p>
 * The writers ({@link ir.cadastre.layerfile.ShapefileWriter},
 * {@link ir.cadastre.layerfile.GeoPackageWriter},
 * {@link ir.cadastre.layerfile.GeoJsonWriter}) stream polygons and multipolygons with
 * their holes, and the readers here read back what they write.
 */
package ir.cadastre.layerfile;
