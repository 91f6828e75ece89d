package ir.cadastre.layerfile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.web.Text;

/**
 * What a GeoPackage says about itself in its {@code gpkg_*} tables. Table and column
 * names come from the file, so they are bound as parameters where SQLite allows, and
 * otherwise quoted as identifiers after being found in the file's own catalogue.
 */
final class GeoPackageCatalog {

	private final Connection connection;

	GeoPackageCatalog(Connection connection) {
		this.connection = connection;
	}

	/** The named feature table, or the first one listed in {@code gpkg_contents}. */
	String featureTable(String wanted) throws SQLException {
		if (!exists("gpkg_contents")) {
			throw new LayerFileException(
					Text.of("The file is an SQLite database but not a GeoPackage: it has no gpkg_contents table."));
		}
		requireTable("gpkg_contents");
		List<String> tables = strings(
				"SELECT table_name FROM gpkg_contents WHERE lower(data_type) = 'features' ORDER BY rowid", null);
		if (tables.isEmpty()) {
			throw new LayerFileException(Text.of("The GeoPackage has no feature table (gpkg_contents lists none)."));
		}
		String table = (wanted == null) ? tables.get(0)
				: tables.stream().filter(wanted::equalsIgnoreCase).findFirst().orElse(null);
		if (table == null) {
			throw new LayerFileException(Text.of("The GeoPackage has no feature table named '{0}'; it has {1}.", wanted,
					String.join(", ", tables)));
		}
		if (!exists(table)) {
			throw new LayerFileException(
					Text.of("The GeoPackage lists the feature table '{0}' but does not contain it.", table));
		}
		requireTable(table);
		return table;
	}

	GeometryColumn geometryColumn(String table) throws SQLException {
		requireTable("gpkg_geometry_columns");
		try (PreparedStatement statement = this.connection.prepareStatement(
				"SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE lower(table_name) = lower(?)")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new LayerFileException(Text.of("The GeoPackage does not say which column of '{0}' holds the "
							+ "geometry (gpkg_geometry_columns has no row for it).", table));
				}
				return new GeometryColumn(rows.getString(1), rows.getInt(2));
			}
		}
	}

	/** The SRS row, or {@code null} when the file lacks it. */
	SpatialReference spatialReference(int srsId) throws SQLException {
		requireTable("gpkg_spatial_ref_sys");
		try (PreparedStatement statement = this.connection.prepareStatement("""
				SELECT srs_name, organization, organization_coordsys_id, definition
				FROM gpkg_spatial_ref_sys WHERE srs_id = ?""")) {
			statement.setInt(1, srsId);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					return null;
				}
				return new SpatialReference(String.valueOf(rows.getString(1)), String.valueOf(rows.getString(2)),
						rows.getInt(3), String.valueOf(rows.getString(4)));
			}
		}
	}

	/** Every column but the geometry, in table order, the primary key included. */
	List<GeoPackageColumn> attributeColumns(String table, String geometryColumn) throws SQLException {
		List<GeoPackageColumn> columns = new ArrayList<>();
		boolean geometryFound = false;
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT name, type FROM pragma_table_info(?) ORDER BY cid")) {
			statement.setString(1, table);
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String name = rows.getString(1);
					if (name.equalsIgnoreCase(geometryColumn)) {
						geometryFound = true;
					}
					else {
						columns.add(new GeoPackageColumn(name, String.valueOf(rows.getString(2))));
					}
				}
			}
		}
		if (!geometryFound) {
			throw new LayerFileException(
					Text.of("The GeoPackage table '{0}' has no column '{1}' for its geometry.", table, geometryColumn));
		}
		return columns;
	}

	/**
	 * Refuses a view or a virtual table where a table is read (nothing when there is no
	 * such name): a view is a query written by the file's author, which may never end (a
	 * recursive one), and a read of it would hold the import, and fill the staging table,
	 * for as long. A table's rows are bounded by the file.
	 */
	private void requireTable(String name) throws SQLException {
		List<String> kinds = strings("SELECT type FROM sqlite_master WHERE lower(name) = lower(?) "
				+ "AND (type = 'view' OR (type = 'table' AND upper(sql) LIKE 'CREATE VIRTUAL%'))", name);
		if (!kinds.isEmpty()) {
			throw new LayerFileException(Text.of("The GeoPackage's {0} is a view or a virtual table, not a table: "
					+ "export the layer to a new GeoPackage (e.g. with QGIS or ogr2ogr), which writes its rows "
					+ "as a table.", name));
		}
	}

	/** An SQLite identifier in double quotes, inner quotes doubled. */
	static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}

	private boolean exists(String table) throws SQLException {
		return !strings("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND lower(name) = lower(?)",
				table)
			.isEmpty();
	}

	private List<String> strings(String sql, String parameter) throws SQLException {
		List<String> values = new ArrayList<>();
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			if (parameter != null) {
				statement.setString(1, parameter);
			}
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					values.add(rows.getString(1));
				}
			}
		}
		return values;
	}

	record GeometryColumn(String name, int srsId) {

	}

	record SpatialReference(String name, String organization, int code, String definition) {

	}

}
