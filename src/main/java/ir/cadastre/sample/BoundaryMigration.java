package ir.cadastre.sample;

/**
 * Writes the Flyway migration that loads Iran's boundary into {@code jurisdiction} (the
 * table of V1) from {@code gis-data/iran-boundary.geojson}, so the database and the files
 * hold the same polygon. The output is the same bytes as long as the boundary file is,
 * which keeps Flyway's checksum of an applied V2 unchanged.
 */
final class BoundaryMigration {

	private BoundaryMigration() {
	}

	static String write(IranBoundary iran) {
		StringBuilder geometry = new StringBuilder();
		FeatureCollectionWriter.geometry(geometry, iran.geometry());
		return """
				-- Iran's boundary: the jurisdiction every application must lie inside (DESIGN §3, intake step 4).
				--
				-- Source: Natural Earth 1:10m Cultural Vectors, Admin 0 – Countries (public domain), as
				-- redistributed in the npm package world-atlas@2.0.2 (countries-10m.json, TopoJSON, id "364"),
				-- converted to GeoJSON with topojson-client, rings oriented as RFC 7946 asks and coordinates
				-- rounded to 6 decimals: gis-data/iran-boundary.geojson (see gis-data/README.md).
				-- Valid as it is (ST_IsValid and JTS IsValidOp): nothing was repaired.
				--
				-- Generated from that file by ir.cadastre.sample.SampleLayerGenerator; do not edit by hand.
				-- Regenerate with: ./mvnw -q compile exec:java -Dexec.mainClass=ir.cadastre.sample.SampleLayerGenerator

				INSERT INTO jurisdiction (code, name, source, geom)
				VALUES ('IRN', 'Iran', '%s', ST_Multi(ST_GeomFromGeoJSON('%s')));
				""".formatted(iran.source().replace("'", "''"), geometry.toString().replace("'", "''"));
	}

}
