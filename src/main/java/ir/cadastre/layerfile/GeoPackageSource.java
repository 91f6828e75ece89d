package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteLimits;

/**
 * A GeoPackage's feature table, read through SQLite in read-only mode: the table from
 * {@code gpkg_contents} (the first feature table, or the one named), its geometry column
 * and SRS from {@code gpkg_geometry_columns} and {@code gpkg_spatial_ref_sys}, and its
 * rows through one forward-only cursor per pass.
 */
final class GeoPackageSource implements LayerSource {

	/**
	 * The largest value (blob or text) SQLite builds, in bytes: a feature of four million
	 * vertices. SQLite's own is a gigabyte, which a file of a few kilobytes can make it
	 * build (a generated column of {@code zeroblob(…)} or {@code printf(…)}); past this
	 * it stops at once, before allocating.
	 */
	static final int MAX_VALUE_BYTES = 64 * 1024 * 1024;

	private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

	private final Connection connection;

	private final String table;

	private final String geometryColumn;

	private final List<GeoPackageColumn> columns;

	private final int srid;

	private final GeometryFactory factory;

	private GeoPackageSource(Connection connection, String table, String geometryColumn, List<GeoPackageColumn> columns,
			int srid) {
		this.connection = connection;
		this.table = table;
		this.geometryColumn = geometryColumn;
		this.columns = columns;
		this.srid = srid;
		this.factory = new GeometryFactory(new PrecisionModel(), srid);
	}

	static GeoPackageSource open(Path file, String wantedTable, Integer sourceSrid) throws IOException {
		requireSqlite(file);
		Connection connection = connect(file);
		try {
			GeoPackageCatalog catalog = new GeoPackageCatalog(connection);
			String table = catalog.featureTable(wantedTable);
			GeoPackageCatalog.GeometryColumn geometry = catalog.geometryColumn(table);
			int srid = (sourceSrid != null) ? sourceSrid : srid(catalog, geometry);
			List<GeoPackageColumn> columns = catalog.attributeColumns(table, geometry.name());
			return new GeoPackageSource(connection, table, geometry.name(), columns, srid);
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw unreadable(ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(connection);
			throw ex;
		}
	}

	private static void requireSqlite(Path file) throws IOException {
		byte[] head = new byte[SQLITE_MAGIC.length];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		if (read < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
			throw new LayerFileException(Text.of("The file is not a GeoPackage: it is not an SQLite database."));
		}
	}

	private static Connection connect(Path file) {
		SQLiteConfig config = new SQLiteConfig();
		config.setReadOnly(true);
		try {
			Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
			try (Statement statement = connection.createStatement()) {
				connection.unwrap(SQLiteConnection.class).setLimit(SQLiteLimits.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES);
				// An uploaded database is untrusted: its views and triggers may not call
				// functions with side effects, and damaged pages are caught early.
				statement.execute("PRAGMA trusted_schema = OFF");
				statement.execute("PRAGMA cell_size_check = ON");
			}
			catch (SQLException ex) {
				closeQuietly(connection);
				throw ex;
			}
			return connection;
		}
		catch (SQLException ex) {
			throw unreadable(ex);
		}
	}

	private static int srid(GeoPackageCatalog catalog, GeoPackageCatalog.GeometryColumn geometry) throws SQLException {
		GeoPackageCatalog.SpatialReference srs = catalog.spatialReference(geometry.srsId());
		if (srs != null && "EPSG".equalsIgnoreCase(srs.organization()) && srs.code() > 0) {
			return srs.code();
		}
		OptionalInt recognised = (srs != null) ? KnownCrs.sridOf(srs.definition()) : OptionalInt.empty();
		if (recognised.isPresent()) {
			return recognised.getAsInt();
		}
		Text projection = (srs != null) ? KnownCrs.unsupportedProjection(srs.definition()) : null;
		if (projection != null) {
			throw new LayerFileException(projection);
		}
		throw new LayerFileException((srs != null)
				? Text.of("The GeoPackage table's coordinate system (srs_id {0}, '{1}') is not recognised. "
						+ "Give the source SRID.", geometry.srsId(), srs.name())
				: Text.of("The GeoPackage table's coordinate system (srs_id {0}) is not recognised. "
						+ "Give the source SRID.", geometry.srsId()));
	}

	static LayerFileException unreadable(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		if (message.contains("SQLITE_NOTADB") || message.contains("not a database")) {
			return new LayerFileException(Text.of("The file is not a GeoPackage: SQLite cannot open it as a database."),
					ex);
		}
		if (message.contains("SQLITE_TOOBIG") || message.contains("too big")) {
			return new LayerFileException(Text.of(
					"The GeoPackage holds a value larger than {0} MB, which no layer needs; it is refused unread.",
					MAX_VALUE_BYTES / (1024 * 1024)), ex);
		}
		if (message.contains("SQLITE_CORRUPT") || message.contains("malformed")) {
			return new LayerFileException(Text.of("The GeoPackage is damaged (the database disk image is malformed)."),
					ex);
		}
		return new LayerFileException(Text.of("The GeoPackage cannot be read: {0}", message), ex);
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// The refusal already under way is what the user needs to see.
		}
	}

	@Override
	public LayerFormat format() {
		return LayerFormat.GEOPACKAGE;
	}

	@Override
	public String layerName() {
		return this.table;
	}

	@Override
	public int srid() {
		return this.srid;
	}

	@Override
	public List<String> attributeNames() {
		return this.columns.stream().map(GeoPackageColumn::name).toList();
	}

	@Override
	public FeatureCursor cursor() {
		List<String> selected = new ArrayList<>();
		selected.add(GeoPackageCatalog.quoted(this.geometryColumn));
		this.columns.forEach((column) -> selected.add(GeoPackageCatalog.quoted(column.name())));
		String sql = "SELECT " + String.join(", ", selected) + " FROM " + GeoPackageCatalog.quoted(this.table);
		try {
			PreparedStatement statement = this.connection.prepareStatement(sql);
			return new GeoPackageCursor(statement, statement.executeQuery(), this.columns, this.factory);
		}
		catch (SQLException ex) {
			throw unreadable(ex);
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.connection.close();
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
	}

}
