package ir.cadastre.layerfile;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * One pass over a GeoPackage feature table. SQLite steps through the rows as they are
 * asked for, so only the current row is in memory.
 */
final class GeoPackageCursor implements FeatureCursor {

	private final PreparedStatement statement;

	private final ResultSet rows;

	private final List<GeoPackageColumn> columns;

	private final GeometryFactory factory;

	private int number;

	GeoPackageCursor(PreparedStatement statement, ResultSet rows, List<GeoPackageColumn> columns,
			GeometryFactory factory) {
		this.statement = statement;
		this.rows = rows;
		this.columns = columns;
		this.factory = factory;
	}

	@Override
	public SourceFeature next() {
		try {
			if (!this.rows.next()) {
				return null;
			}
			this.number++;
			Map<String, Object> attributes = new LinkedHashMap<>();
			for (int i = 0; i < this.columns.size(); i++) {
				GeoPackageColumn column = this.columns.get(i);
				attributes.put(column.name(), column.plain(this.rows.getObject(i + 2)));
			}
			try {
				Geometry geometry = GeoPackageBinary.decode(this.rows.getBytes(1), this.factory);
				return new SourceFeature(this.number, attributes, geometry, null);
			}
			catch (GeometryFault fault) {
				return SourceFeature.unreadable(this.number, attributes, fault.reason());
			}
		}
		catch (SQLException ex) {
			throw GeoPackageSource.unreadable(ex);
		}
	}

	@Override
	public void close() {
		try {
			this.statement.close();
		}
		catch (SQLException ex) {
			throw GeoPackageSource.unreadable(ex);
		}
	}

}
