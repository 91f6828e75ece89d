package ir.cadastre.layerfile;

/**
 * The formats GIS staff upload (DESIGN §5, {@code POST /api/v1/layers/{layer}/imports}).
 */
public enum LayerFormat {

	/** RFC 7946 GeoJSON: a FeatureCollection, a single Feature or a bare geometry. */
	GEOJSON("GeoJSON"),

	/**
	 * An ESRI Shapefile in a zip: {@code .shp}, {@code .shx}, {@code .dbf}, {@code .prj}.
	 */
	SHAPEFILE("Shapefile"),

	/** An OGC GeoPackage: an SQLite database with a feature table. */
	GEOPACKAGE("GeoPackage"),

	/** OGC KML 2.2, as a {@code .kml} file or inside a {@code .kmz}. */
	KML("KML");

	private final String title;

	LayerFormat(String title) {
		this.title = title;
	}

	/** The name users know the format by, e.g. {@code "GeoPackage"}. */
	public String title() {
		return this.title;
	}

}
