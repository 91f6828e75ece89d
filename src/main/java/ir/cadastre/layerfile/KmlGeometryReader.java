package ir.cadastre.layerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML geometries to JTS: {@code Point}, {@code LineString}, {@code LinearRing},
 * {@code Polygon} (outerBoundaryIs and innerBoundaryIs rings) and {@code MultiGeometry}
 * (a MultiPolygon when its members are polygons). The element is read to its end before
 * anything is built, so a fault never leaves the XML reader mid-element.
 */
final class KmlGeometryReader {

	private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "LinearRing", "Polygon",
			"MultiGeometry", "Model", "Track", "MultiTrack");

	/**
	 * How deep geometries may nest (a MultiGeometry in a MultiGeometry, a ring in a
	 * polygon). Real files nest two or three levels; a file nested thousands deep would
	 * otherwise exhaust the stack.
	 */
	static final int MAX_DEPTH = 16;

	private final XMLStreamReader xml;

	private final GeometryFactory factory;

	KmlGeometryReader(XMLStreamReader xml, GeometryFactory factory) {
		this.xml = xml;
		this.factory = factory;
	}

	static boolean isGeometry(String element) {
		return GEOMETRIES.contains(element);
	}

	/** Reads the geometry element the reader is on. */
	Geometry read() throws XMLStreamException, GeometryFault {
		Shape shape = shape(1);
		if (shape.tooDeep) {
			throw new GeometryFault(Text.of("the geometry nests more than {0} levels deep", MAX_DEPTH));
		}
		return build(shape);
	}

	/**
	 * The geometry element the reader is on, read to its end tag; one nested deeper than
	 * {@link #MAX_DEPTH} is skipped and marks every shape around it as too deep.
	 */
	private Shape shape(int depth) throws XMLStreamException {
		Shape shape = new Shape(this.xml.getLocalName());
		if (depth > MAX_DEPTH) {
			KmlElements.skip(this.xml);
			shape.tooDeep = true;
			return shape;
		}
		while (KmlElements.nextChild(this.xml)) {
			String element = this.xml.getLocalName();
			if (element.equals("coordinates")) {
				shape.coordinates.add(KmlElements.text(this.xml));
			}
			else if (element.equals("outerBoundaryIs") || element.equals("innerBoundaryIs")) {
				boolean outer = element.equals("outerBoundaryIs");
				while (KmlElements.nextChild(this.xml)) {
					Shape ring = this.xml.getLocalName().equals("LinearRing") ? shape(depth + 1) : null;
					if (ring == null) {
						KmlElements.skip(this.xml);
					}
					else if (outer) {
						shape.tooDeep |= ring.tooDeep;
						shape.outer.add(ring);
					}
					else {
						shape.tooDeep |= ring.tooDeep;
						shape.inner.add(ring);
					}
				}
			}
			else if (shape.kind.equals("MultiGeometry") && isGeometry(element)) {
				Shape member = shape(depth + 1);
				shape.tooDeep |= member.tooDeep;
				shape.members.add(member);
			}
			else {
				KmlElements.skip(this.xml);
			}
		}
		return shape;
	}

	private Geometry build(Shape shape) throws GeometryFault {
		switch (shape.kind) {
			case "Point" -> {
				Coordinate[] points = coordinates(shape);
				return (points.length == 0) ? this.factory.createPoint() : this.factory.createPoint(points[0]);
			}
			case "LineString" -> {
				Coordinate[] points = coordinates(shape);
				if (points.length == 1) {
					throw new GeometryFault(Text.of("a LineString has a single coordinate; it needs at least 2"));
				}
				return this.factory.createLineString(points);
			}
			case "LinearRing" -> {
				return ring(shape, 1);
			}
			case "Polygon" -> {
				return polygon(shape);
			}
			case "MultiGeometry" -> {
				return multi(shape);
			}
			default -> throw new GeometryFault(Text.of("KML {0} geometries are not supported", shape.kind));
		}
	}

	private Polygon polygon(Shape shape) throws GeometryFault {
		if (shape.outer.size() != 1) {
			throw new GeometryFault(
					Text.of("a Polygon needs exactly one outerBoundaryIs ring, found {0}", shape.outer.size()));
		}
		LinearRing shell = ring(shape.outer.get(0), 1);
		LinearRing[] holes = new LinearRing[shape.inner.size()];
		for (int i = 0; i < holes.length; i++) {
			holes[i] = ring(shape.inner.get(i), i + 2);
		}
		return this.factory.createPolygon(shell, holes);
	}

	private LinearRing ring(Shape shape, int number) throws GeometryFault {
		Coordinate[] points = coordinates(shape);
		if (points.length < 4) {
			throw new GeometryFault(
					Text.of("ring {0} has {1} coordinates; a ring needs at least 4", number, points.length));
		}
		if (!points[0].equals2D(points[points.length - 1])) {
			throw new GeometryFault(
					Text.of("ring {0} is not closed: its last coordinate differs from its first", number));
		}
		return this.factory.createLinearRing(points);
	}

	private Geometry multi(Shape shape) throws GeometryFault {
		List<Geometry> members = new ArrayList<>();
		for (Shape member : shape.members) {
			Geometry geometry = build(member);
			for (int i = 0; i < geometry.getNumGeometries(); i++) {
				members.add(geometry.getGeometryN(i));
			}
		}
		if (!members.isEmpty() && members.stream().allMatch(Polygon.class::isInstance)) {
			return this.factory.createMultiPolygon(members.toArray(Polygon[]::new));
		}
		if (!members.isEmpty() && members.stream().allMatch(LineString.class::isInstance)) {
			return this.factory.createMultiLineString(members.toArray(LineString[]::new));
		}
		if (!members.isEmpty() && members.stream().allMatch(Point.class::isInstance)) {
			return this.factory.createMultiPoint(members.toArray(Point[]::new));
		}
		return this.factory.createGeometryCollection(members.toArray(Geometry[]::new));
	}

	/**
	 * KML coordinates: tuples "lon,lat[,alt]" separated by white space. Spaces after the
	 * commas, which some hand-edited files have, are tolerated.
	 */
	private static Coordinate[] coordinates(Shape shape) throws GeometryFault {
		String text = shape.coordinates.isEmpty() || shape.coordinates.get(0) == null ? ""
				: shape.coordinates.get(0).replaceAll("\\s*,\\s*", ",").strip();
		if (text.isEmpty()) {
			return new Coordinate[0];
		}
		String[] tuples = text.split("\\s+");
		Coordinate[] coordinates = new Coordinate[tuples.length];
		for (int i = 0; i < tuples.length; i++) {
			String[] numbers = tuples[i].split(",");
			if (numbers.length < 2 || numbers.length > 3) {
				throw new GeometryFault(Text.of("the coordinate '{0}' is not lon,lat[,alt]", abbreviated(tuples[i])));
			}
			try {
				coordinates[i] = new Coordinate(finite(numbers[0]), finite(numbers[1]));
				if (numbers.length == 3) {
					coordinates[i].setZ(finite(numbers[2]));
				}
			}
			catch (NumberFormatException ex) {
				throw new GeometryFault(Text.of("the coordinate '{0}' is not numeric", abbreviated(tuples[i])));
			}
		}
		return coordinates;
	}

	private static double finite(String number) {
		double value = Double.parseDouble(number);
		if (!Double.isFinite(value)) {
			throw new NumberFormatException(number);
		}
		return value;
	}

	private static String abbreviated(String text) {
		return (text.length() > 40) ? text.substring(0, 40) + "…" : text;
	}

	/** A geometry element as read, before it is built. */
	private static final class Shape {

		final String kind;

		final List<String> coordinates = new ArrayList<>();

		final List<Shape> outer = new ArrayList<>();

		final List<Shape> inner = new ArrayList<>();

		final List<Shape> members = new ArrayList<>();

		boolean tooDeep;

		Shape(String kind) {
			this.kind = kind;
		}

	}

}
