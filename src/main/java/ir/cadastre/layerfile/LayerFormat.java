package ir.cadastre.layerfile;

import java.nio.file.Path;
import java.util.List;

/**
 * The formats GIS staff upload (DESIGN §5, {@code POST /api/v1/layers/{layer}/imports}),
 * and, all but KML, take layers away in ({@code GET /api/v1/layers/{layer}/download}).
 */
public enum LayerFormat {

	/** RFC 7946 GeoJSON: a FeatureCollection, a single Feature or a bare geometry. */
	GEOJSON("GeoJSON", ".geojson", "application/geo+json"),

	/**
	 * An ESRI Shapefile in a zip: {@code .shp}, {@code .shx}, {@code .dbf}, {@code .prj}.
	 */
	SHAPEFILE("Shapefile", ".zip", "application/zip"),

	/** An OGC GeoPackage: an SQLite database with a feature table. */
	GEOPACKAGE("GeoPackage", ".gpkg", "application/geopackage+sqlite3"),

	/**
	 * OGC KML 2.2, as a {@code .kml} file or inside a {@code .kmz}; read, not written.
	 */
	KML("KML", ".kml", "application/vnd.google-earth.kml+xml");

	private final String title;

	private final String extension;

	private final String mediaType;

	LayerFormat(String title, String extension, String mediaType) {
		this.title = title;
		this.extension = extension;
		this.mediaType = mediaType;
	}

	/** The name users know the format by, e.g. {@code "GeoPackage"}. */
	public String title() {
		return this.title;
	}

	/**
	 * The extension of a file this service writes, e.g. {@code ".zip"} for a Shapefile.
	 */
	public String extension() {
		return this.extension;
	}

	/** The media type of such a file. */
	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * Starts a file of this format.
	 * @param file the file to write (replaced if it exists)
	 * @param layerName the layer's name in it: a plain name, as a table name can be
	 * @param srid the SRID of the geometries to be written
	 * @param fields the attribute columns (GeoJSON writes whatever each feature has)
	 * @throws UnsupportedOperationException for KML, which is only read
	 */
	public LayerFileWriter create(Path file, String layerName, int srid, List<AttributeField> fields) {
		return switch (this) {
			case GEOJSON -> GeoJsonWriter.create(file, layerName, srid);
			case SHAPEFILE -> ShapefileWriter.create(file, layerName, srid, fields);
			case GEOPACKAGE -> GeoPackageWriter.create(file, layerName, srid, fields);
			case KML -> throw new UnsupportedOperationException("KML files are read, not written");
		};
	}

}
