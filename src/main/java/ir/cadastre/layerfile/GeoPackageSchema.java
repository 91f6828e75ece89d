package ir.cadastre.layerfile;

import java.util.List;

/**
 * The GeoPackage core tables (OGC 12-128r18, Annex C) that a file with one feature table
 * needs, and that table's own definition.
 */
final class GeoPackageSchema {

	/** "GPKG" as a big-endian integer, the SQLite application id of a GeoPackage. */
	static final int APPLICATION_ID = 0x47504B47;

	/**
	 * GeoPackage 1.3.0 (the tables are the same in 1.4, which older GDAL warns about).
	 */
	static final int USER_VERSION = 10300;

	static final List<String> CORE = List.of("""
			CREATE TABLE gpkg_spatial_ref_sys (
			  srs_name TEXT NOT NULL,
			  srs_id INTEGER NOT NULL PRIMARY KEY,
			  organization TEXT NOT NULL,
			  organization_coordsys_id INTEGER NOT NULL,
			  definition TEXT NOT NULL,
			  description TEXT)""", """
			CREATE TABLE gpkg_contents (
			  table_name TEXT NOT NULL PRIMARY KEY,
			  data_type TEXT NOT NULL,
			  identifier TEXT UNIQUE,
			  description TEXT DEFAULT '',
			  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
			  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
			  srs_id INTEGER,
			  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))""", """
			CREATE TABLE gpkg_geometry_columns (
			  table_name TEXT NOT NULL,
			  column_name TEXT NOT NULL,
			  geometry_type_name TEXT NOT NULL,
			  srs_id INTEGER NOT NULL,
			  z TINYINT NOT NULL,
			  m TINYINT NOT NULL,
			  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
			  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
			  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
			  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))""",
			"""
					INSERT INTO gpkg_spatial_ref_sys VALUES
					  ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
					  ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system')""");

	static final String SPATIAL_REF_SYS = """
			INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition)
			VALUES (?, ?, 'EPSG', ?, ?)""";

	static final String CONTENTS = """
			INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES (?, 'features', ?, ?)""";

	static final String GEOMETRY_COLUMN = """
			INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
			VALUES (?, 'geom', 'MULTIPOLYGON', ?, 0, 0)""";

	static final String BOUNDS = """
			UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?,
			  last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now')
			WHERE table_name = ?""";

	private GeoPackageSchema() {
	}

	/** The feature table: {@code fid}, {@code geom}, then the fields. */
	static String featureTable(String table, List<AttributeField> fields) {
		StringBuilder sql = new StringBuilder("CREATE TABLE ").append(GeoPackageCatalog.quoted(table))
			.append(" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom MULTIPOLYGON");
		for (AttributeField field : fields) {
			sql.append(", ").append(GeoPackageCatalog.quoted(field.name())).append(' ').append(switch (field.type()) {
				case TEXT -> "TEXT";
				case INTEGER -> "INTEGER";
				case REAL -> "REAL";
			});
		}
		return sql.append(')').toString();
	}

	static String insert(String table, List<AttributeField> fields) {
		StringBuilder columns = new StringBuilder("geom");
		StringBuilder values = new StringBuilder("?");
		for (AttributeField field : fields) {
			columns.append(", ").append(GeoPackageCatalog.quoted(field.name()));
			values.append(", ?");
		}
		return "INSERT INTO " + GeoPackageCatalog.quoted(table) + " (" + columns + ") VALUES (" + values + ")";
	}

}
