package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.sqlite.SQLiteConfig;

/**
 * Writes a GeoPackage with one MultiPolygon feature table ({@code fid}, {@code geom},
 * then the fields), its SRS and its extent in {@code gpkg_contents}. Polygons are stored
 * as one-part MultiPolygons, as the column type requires. Rows go in batches inside one
 * transaction, committed on {@link #close()}. No spatial index is built (QGIS offers to
 * add one).
 */
public final class GeoPackageWriter implements LayerFileWriter {

	private static final int BATCH = 1_000;

	/** Blob bytes a batch may hold before it is sent, however few rows it has. */
	private static final long BATCH_BYTES = 16L << 20;

	private final Path file;

	private final String table;

	private final int srid;

	private final List<AttributeField> fields;

	private final Connection connection;

	private final PreparedStatement insert;

	private final Envelope bounds = new Envelope();

	private final GeometryFactory factory = new GeometryFactory();

	private long count;

	private long pendingBytes;

	private boolean failed;

	private boolean closed;

	private GeoPackageWriter(Path file, String table, int srid, List<AttributeField> fields, Connection connection)
			throws SQLException {
		this.file = file;
		this.table = table;
		this.srid = srid;
		this.fields = List.copyOf(fields);
		this.connection = connection;
		createSchema();
		this.insert = connection.prepareStatement(GeoPackageSchema.insert(table, fields));
	}

	/**
	 * Starts a GeoPackage.
	 * @param file the {@code .gpkg} to write (replaced if it exists)
	 * @param table the feature table: letters, digits and underscores, e.g.
	 * {@code parcels}
	 * @param srid 4326 or a WGS 84 UTM zone (32638–32641 for Iran)
	 * @param fields the attribute columns, possibly none
	 * @throws IllegalArgumentException for a name or SRID the writer does not take
	 */
	public static GeoPackageWriter create(Path file, String table, int srid, List<AttributeField> fields) {
		if (!table.matches("[A-Za-z_][A-Za-z0-9_]*") || table.toLowerCase(Locale.ROOT).startsWith("gpkg_")) {
			throw new IllegalArgumentException("'" + table + "' cannot name a GeoPackage feature table");
		}
		KnownCrs.ogcWkt(srid);
		Set<String> names = new HashSet<>(List.of("fid", "geom"));
		for (AttributeField field : fields) {
			if (!names.add(field.name().toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("The field name '" + field.name() + "' is repeated or reserved");
			}
		}
		try {
			Files.deleteIfExists(file);
			SQLiteConfig config = new SQLiteConfig();
			// A file being generated needs no crash safety: a failed run deletes it.
			config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
			config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
			config.setApplicationId(GeoPackageSchema.APPLICATION_ID);
			Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
			try {
				return new GeoPackageWriter(file, table, srid, fields, connection);
			}
			catch (SQLException | RuntimeException ex) {
				connection.close();
				Files.deleteIfExists(file);
				throw ex;
			}
		}
		catch (SQLException ex) {
			throw new UncheckedIOException(new IOException("Cannot create the GeoPackage: " + ex.getMessage(), ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void createSchema() throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute("PRAGMA user_version = " + GeoPackageSchema.USER_VERSION);
			for (String sql : GeoPackageSchema.CORE) {
				statement.execute(sql);
			}
			statement.execute(GeoPackageSchema.featureTable(this.table, this.fields));
		}
		execute(GeoPackageSchema.SPATIAL_REF_SYS, KnownCrs.name(KnownCrs.WGS84), KnownCrs.WGS84, KnownCrs.WGS84,
				KnownCrs.ogcWkt(KnownCrs.WGS84));
		if (this.srid != KnownCrs.WGS84) {
			execute(GeoPackageSchema.SPATIAL_REF_SYS, KnownCrs.name(this.srid), this.srid, this.srid,
					KnownCrs.ogcWkt(this.srid));
		}
		execute(GeoPackageSchema.CONTENTS, this.table, this.table, this.srid);
		execute(GeoPackageSchema.GEOMETRY_COLUMN, this.table, this.srid);
		this.connection.setAutoCommit(false);
	}

	private void execute(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

	@Override
	public void write(Map<String, ?> attributes, Geometry geometry) {
		if (this.closed) {
			throw new IllegalStateException("The GeoPackage writer is closed");
		}
		// Everything that can refuse a feature is checked before the batch is touched, so
		// a refused feature leaves the writer usable.
		Object[] values = FieldValues.inOrder(this.fields, attributes);
		for (int i = 0; i < values.length; i++) {
			values[i] = column(this.fields.get(i), values[i]);
		}
		byte[] blob = blob(geometry);
		try {
			this.insert.setBytes(1, blob);
			for (int i = 0; i < values.length; i++) {
				this.insert.setObject(i + 2, values[i]);
			}
			this.insert.addBatch();
			this.count++;
			this.pendingBytes += (blob != null) ? blob.length : 0;
			// the driver keeps every row's blob until the batch is sent: a layer of large
			// polygons would otherwise hold a thousand of them in memory
			if (this.count % BATCH == 0 || this.pendingBytes >= BATCH_BYTES) {
				this.insert.executeBatch();
				this.pendingBytes = 0;
			}
		}
		catch (SQLException ex) {
			this.failed = true;
			throw new UncheckedIOException(new IOException("Writing the GeoPackage failed: " + ex.getMessage(), ex));
		}
		catch (RuntimeException ex) {
			this.failed = true;
			throw ex;
		}
	}

	private byte[] blob(Geometry geometry) {
		if (geometry == null) {
			return null;
		}
		MultiPolygon multi;
		if (geometry instanceof MultiPolygon multiPolygon) {
			multi = multiPolygon;
		}
		else if (geometry instanceof Polygon polygon) {
			multi = polygon.isEmpty() ? this.factory.createMultiPolygon()
					: this.factory.createMultiPolygon(new Polygon[] { polygon });
		}
		else {
			throw new IllegalArgumentException("The GeoPackage writer writes polygons; feature " + (this.count + 1)
					+ " is a " + geometry.getGeometryType());
		}
		if (!multi.isEmpty()) {
			this.bounds.expandToInclude(multi.getEnvelopeInternal());
		}
		return GeoPackageBinary.encode(multi, this.srid);
	}

	/** The value as the column stores it: String, Long or Double. */
	private static Object column(AttributeField field, Object value) {
		if (value == null) {
			return null;
		}
		return switch (field.type()) {
			case TEXT -> value.toString();
			case INTEGER -> whole(field, value);
			case REAL -> number(field, value).doubleValue();
		};
	}

	private static long whole(AttributeField field, Object value) {
		try {
			return new BigDecimal(number(field, value).toString()).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException("'" + field.name() + "' is a whole-number field; " + value + " is not");
		}
	}

	private static Number number(AttributeField field, Object value) {
		if (value instanceof Number number) {
			return number;
		}
		throw new IllegalArgumentException("'" + field.name() + "' is a number field; " + value + " is not a number");
	}

	@Override
	public long count() {
		return this.count;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (!this.failed) {
				this.insert.executeBatch();
				if (!this.bounds.isNull()) {
					execute(GeoPackageSchema.BOUNDS, this.bounds.getMinX(), this.bounds.getMinY(),
							this.bounds.getMaxX(), this.bounds.getMaxY(), this.table);
				}
				this.connection.commit();
			}
			this.connection.close();
			if (this.failed) {
				Files.deleteIfExists(this.file);
			}
		}
		catch (SQLException ex) {
			throw new UncheckedIOException(new IOException("Finishing the GeoPackage failed: " + ex.getMessage(), ex));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
