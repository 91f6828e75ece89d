package ir.cadastre.web.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import ir.cadastre.layerfile.LayerFile;
import ir.cadastre.layerfile.LayerFileException;
import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.layerfile.SourceFeature;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads an applicant's boundary file into one GeoJSON area in lon/lat: every polygon of
 * the file becomes a part of it (a KML with a point and a polygon gives the polygon).
 * PostGIS reprojects a UTM file. Judging the area is intake's work, not this class's.
 */
@Component
class AreaFiles {

	private static final String TO_LON_LAT = "SELECT ST_AsGeoJSON(ST_Transform(ST_GeomFromWKB(:wkb, :srid), 4326))";

	/** Read no further than this many polygons: intake refuses more than 50 parts. */
	private static final int MAX_POLYGONS = 1000;

	private final JdbcClient db;

	private final JsonMapper json;

	private final GeometryFactory factory = new GeometryFactory();

	AreaFiles(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	/**
	 * @return the file's polygons as one GeoJSON MultiPolygon in lon/lat
	 * @throws CadastreProblem 422 when the file cannot be read, is in another coordinate
	 * system, has a geometry that cannot be built, or holds no polygon
	 */
	JsonNode read(Path upload, String fileName, Integer sourceSrid) {
		List<Polygon> polygons = new ArrayList<>();
		int srid;
		try (LayerFile file = LayerFiles.open(upload, fileName, sourceSrid)) {
			srid = file.srid();
			if (!LayerFiles.SOURCE_SRIDS.contains(srid)) {
				throw refused(Text.of("The file is in EPSG:{0}; a boundary file must be in {1}.", srid,
						LayerFiles.SOURCE_SRIDS_NAMED));
			}
			try (Stream<SourceFeature> features = file.features()) {
				features.takeWhile((feature) -> polygons.size() <= MAX_POLYGONS)
					.forEach((feature) -> collect(feature, polygons));
			}
		}
		catch (LayerFileException ex) {
			throw refused(ex.text());
		}
		if (polygons.isEmpty()) {
			throw refused(Text.of("The file holds no polygon: draw the application's boundary as a polygon."));
		}
		MultiPolygon area = this.factory.createMultiPolygon(polygons.toArray(Polygon[]::new));
		String lonLat = this.db.sql(TO_LON_LAT)
			.param("wkb", new WKBWriter(2).write(area))
			.param("srid", srid)
			.query(String.class)
			.single();
		return this.json.readTree(lonLat);
	}

	private static void collect(SourceFeature feature, List<Polygon> polygons) {
		if (feature.geometryFault() != null) {
			throw refused(Text.of("Feature {0} of the file: {1}.", feature.number(), feature.geometryFault()));
		}
		Geometry geometry = feature.geometry();
		if (geometry == null) {
			return;
		}
		// A binary file (Shapefile, GeoPackage) can hold infinity or NaN, which PostGIS
		// would turn into GeoJSON that is not JSON.
		for (Coordinate coordinate : geometry.getCoordinates()) {
			if (!Double.isFinite(coordinate.getX()) || !Double.isFinite(coordinate.getY())) {
				throw refused(Text.of("Feature {0} of the file has a coordinate that is not a finite number.",
						feature.number()));
			}
		}
		for (int i = 0; i < geometry.getNumGeometries(); i++) {
			if (geometry.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
				polygons.add(polygon);
			}
		}
	}

	private static CadastreProblem refused(Text reason) {
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "File cannot be read", reason);
	}

}
