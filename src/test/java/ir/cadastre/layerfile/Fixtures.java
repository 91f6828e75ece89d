package ir.cadastre.layerfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small layers for round trips: Persian names, a polygon with a hole, a multipart polygon
 * whose second part has a hole, a feature with blank attributes, and ordinates with many
 * decimals.
 */
final class Fixtures {

	static final String DENA = "منطقه حفاظت شده دنا";

	static final String GOLESTAN = "پارک ملی گلستان";

	static final List<AttributeField> FIELDS = List.of(AttributeField.text("name"), AttributeField.integer("code"),
			AttributeField.real("area_ha"));

	private static final WKTReader WKT = new WKTReader(new GeometryFactory());

	private Fixtures() {
	}

	/** Four features in lon/lat (EPSG:4326). */
	static List<Feature> protectedAreas() {
		return List.of(
				feature(DENA, 101L, 93_659.25,
						"POLYGON ((51.0 30.5, 51.5 30.5, 51.5 31.0, 51.0 31.0, 51.0 30.5),"
								+ " (51.1 30.6, 51.1 30.7, 51.2 30.7, 51.2 30.6, 51.1 30.6))"),
				feature(GOLESTAN, 102L, 87_402.5,
						"MULTIPOLYGON (((55.7 37.2, 56.3 37.2, 56.3 37.5, 55.7 37.5, 55.7 37.2)),"
								+ " ((56.5 37.3, 56.9 37.3, 56.9 37.6, 56.5 37.6, 56.5 37.3),"
								+ " (56.6 37.4, 56.7 37.4, 56.7 37.5, 56.6 37.5, 56.6 37.4)))"),
				feature(null, null, null, "POLYGON ((49.0 32.0, 49.1 32.0, 49.1 32.1, 49.0 32.0))"),
				feature("Kavir \"Namak\" — کویر", -7L, 0.000123456789,
						"POLYGON ((52.123456789012 34.98765432101, 52.223456789012 34.98765432101,"
								+ " 52.2 35.08765432101, 52.123456789012 34.98765432101))"));
	}

	/** The same layer in UTM zone 39N (EPSG:32639) metres. */
	static List<Feature> protectedAreasUtm39() {
		return List.of(
				feature(DENA, 101L, 93_659.25,
						"POLYGON ((500000 3380000, 530000 3380000, 530000 3410000, 500000 3410000, 500000 3380000),"
								+ " (510000 3390000, 510000 3395000, 515000 3395000, 515000 3390000, 510000 3390000))"),
				feature(GOLESTAN, 102L, 87_402.5,
						"MULTIPOLYGON (((600000 4100000, 610000 4100000, 610000 4110000,"
								+ " 600000 4100000)), ((620000 4100000, 630000 4100000, 630000 4110000, 620000 4110000,"
								+ " 620000 4100000), (622000 4102000, 624000 4102000, 624000 4104000, 622000 4104000,"
								+ " 622000 4102000)))"));
	}

	static Feature feature(String name, Long code, Double area, String wkt) {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("name", name);
		attributes.put("code", code);
		attributes.put("area_ha", area);
		return new Feature(attributes, geometry(wkt));
	}

	static Geometry geometry(String wkt) {
		try {
			return WKT.read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException(wkt, ex);
		}
	}

	static void writeAll(LayerFileWriter writer, List<Feature> features) {
		try (writer) {
			features.forEach((feature) -> writer.write(feature.attributes(), feature.geometry()));
		}
	}

	static List<SourceFeature> readAll(LayerFile file) {
		try (Stream<SourceFeature> features = file.features()) {
			return features.toList();
		}
	}

	/**
	 * Checks that a read geometry is the written one: the same polygons, rings and
	 * ordinates, whatever the ring order, winding, or
	 * Polygon-versus-one-part-MultiPolygon.
	 */
	static void assertSameArea(Geometry actual, Geometry expected) {
		assertThat(actual).isNotNull();
		assertThat(multi(actual).norm().equalsExact(multi(expected).norm())).as("%s equals %s", actual, expected)
			.isTrue();
	}

	private static Geometry multi(Geometry geometry) {
		if (geometry instanceof Polygon polygon) {
			return geometry.getFactory().createMultiPolygon(new Polygon[] { polygon });
		}
		assertThat(geometry).isInstanceOf(MultiPolygon.class);
		return geometry;
	}

	/** A feature to write. */
	record Feature(Map<String, Object> attributes, Geometry geometry) {

	}

}
