package ir.cadastre.layerfile;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;

/**
 * Turns the content of one {@code .shp} record into JTS. Polygons keep their Z values;
 * measures (M) are dropped, as nothing in the cadastre uses them. Points and lines come
 * out as points and lines, so that the importer can refuse them by type.
 */
final class ShapeDecoder {

	private final GeometryFactory factory;

	private final RingAssembler rings;

	ShapeDecoder(GeometryFactory factory) {
		this.factory = factory;
		this.rings = new RingAssembler(factory);
	}

	/** Decodes a record's content (little-endian, positioned at the shape type). */
	ShapeRecord decode(ByteBuffer content) {
		int type = content.getInt();
		try {
			return new ShapeRecord(geometry(type, content), null);
		}
		catch (GeometryFault fault) {
			return new ShapeRecord(null, fault.reason());
		}
		catch (BufferUnderflowException | IllegalArgumentException ex) {
			return new ShapeRecord(null, Text.of("the record is damaged: its content is shorter than its shape needs"));
		}
	}

	private Geometry geometry(int type, ByteBuffer content) throws GeometryFault {
		return switch (type) {
			case 0 -> null;
			case 1, 11, 21 -> point(type, content);
			case 8, 18, 28 -> multiPoint(type, content);
			case 3, 13, 23 -> lines(type == 13, content);
			case 5, 15, 25 -> this.rings.polygons(parts(type == 15, content));
			case 31 -> throw new GeometryFault(Text.of("multipatch shapes (3D surfaces) are not supported"));
			default -> throw new GeometryFault(Text.of("unknown shape type {0}", type));
		};
	}

	private Point point(int type, ByteBuffer content) {
		double x = content.getDouble();
		double y = content.getDouble();
		Coordinate point = (type == 11) ? new Coordinate(x, y, content.getDouble()) : new Coordinate(x, y);
		if (Double.isNaN(x) || Double.isNaN(y)) {
			return this.factory.createPoint();
		}
		return this.factory.createPoint(point);
	}

	private Geometry multiPoint(int type, ByteBuffer content) throws GeometryFault {
		skipBox(content);
		int count = count(content.getInt(), content, 16);
		Coordinate[] points = coordinates(content, count, type == 18);
		return this.factory.createMultiPointFromCoords(points);
	}

	private Geometry lines(boolean hasZ, ByteBuffer content) throws GeometryFault {
		List<Coordinate[]> parts = parts(hasZ, content);
		LineString[] lines = new LineString[parts.size()];
		for (int i = 0; i < lines.length; i++) {
			if (parts.get(i).length == 1) {
				throw new GeometryFault(Text.of("part {0} of the line has a single point", i + 1));
			}
			lines[i] = this.factory.createLineString(parts.get(i));
		}
		return (lines.length == 1) ? lines[0] : this.factory.createMultiLineString(lines);
	}

	/** The parts of a polyline or polygon record, each as its own coordinate array. */
	private List<Coordinate[]> parts(boolean hasZ, ByteBuffer content) throws GeometryFault {
		skipBox(content);
		int partCount = content.getInt();
		int pointCount = content.getInt();
		if (partCount < 0 || (long) partCount * 4 > content.remaining()) {
			throw new GeometryFault(Text.of("the record is damaged: it claims {0} parts", partCount));
		}
		int[] starts = new int[partCount + 1];
		for (int i = 0; i < partCount; i++) {
			starts[i] = content.getInt();
		}
		count(pointCount, content, 16);
		starts[partCount] = pointCount;
		for (int i = 0; i < partCount; i++) {
			if (starts[i] < 0 || starts[i] > starts[i + 1] || (i == 0 && starts[0] != 0)) {
				throw new GeometryFault(Text.of("the record is damaged: its part offsets are out of order"));
			}
		}
		Coordinate[] points = coordinates(content, pointCount, hasZ);
		List<Coordinate[]> parts = new ArrayList<>(partCount);
		for (int i = 0; i < partCount; i++) {
			Coordinate[] part = new Coordinate[starts[i + 1] - starts[i]];
			System.arraycopy(points, starts[i], part, 0, part.length);
			parts.add(part);
		}
		return parts;
	}

	/**
	 * XY pairs, then (for Z types) the Z range and one Z per point. The Z block is read
	 * only when the record is long enough to hold it, as some writers leave it out.
	 */
	private static Coordinate[] coordinates(ByteBuffer content, int count, boolean hasZ) {
		Coordinate[] points = new Coordinate[count];
		for (int i = 0; i < count; i++) {
			points[i] = new Coordinate(content.getDouble(), content.getDouble());
		}
		if (hasZ && content.remaining() >= 16 + 8L * count) {
			content.position(content.position() + 16);
			for (int i = 0; i < count; i++) {
				points[i].setZ(content.getDouble());
			}
		}
		return points;
	}

	private static int count(int count, ByteBuffer content, int bytesEach) throws GeometryFault {
		if (count < 0 || (long) count * bytesEach > content.remaining()) {
			throw new GeometryFault(Text.of("the record is damaged: it claims {0} points", count));
		}
		return count;
	}

	private static void skipBox(ByteBuffer content) {
		content.position(content.position() + 32);
	}

}
