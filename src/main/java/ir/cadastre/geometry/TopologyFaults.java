package ir.cadastre.geometry;

import java.util.Arrays;
import java.util.List;

import ir.cadastre.web.Text;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The kinds of fault that make a polygon invalid, named in the reader's language. JTS
 * (the service's own check) and GEOS (PostGIS's {@code ST_IsValidReason}) give the same
 * kinds in nearly the same words; a kind this table does not know keeps its own words.
 */
public final class TopologyFaults {

	private static final List<String> JTS_NAMES = Arrays.asList(TopologyValidationError.errMsg);

	private TopologyFaults() {
	}

	/** The fault JTS found. */
	static Text of(TopologyValidationError error) {
		return of(error.getErrorType(), error.getMessage());
	}

	/**
	 * A fault as GEOS names it: {@code ST_IsValidReason} without its location, such as
	 * {@code Self-intersection}.
	 */
	public static Text named(String geosName) {
		int type = geosName.equals("Too few points in geometry component") ? TopologyValidationError.TOO_FEW_POINTS
				: JTS_NAMES.indexOf(geosName);
		return of(type, geosName);
	}

	private static Text of(int type, String name) {
		return switch (type) {
			case TopologyValidationError.ERROR -> Text.of("Topology Validation Error");
			case TopologyValidationError.REPEATED_POINT -> Text.of("Repeated Point");
			case TopologyValidationError.HOLE_OUTSIDE_SHELL -> Text.of("Hole lies outside shell");
			case TopologyValidationError.NESTED_HOLES -> Text.of("Holes are nested");
			case TopologyValidationError.DISCONNECTED_INTERIOR -> Text.of("Interior is disconnected");
			case TopologyValidationError.SELF_INTERSECTION -> Text.of("Self-intersection");
			case TopologyValidationError.RING_SELF_INTERSECTION -> Text.of("Ring Self-intersection");
			case TopologyValidationError.NESTED_SHELLS -> Text.of("Nested shells");
			case TopologyValidationError.DUPLICATE_RINGS -> Text.of("Duplicate Rings");
			case TopologyValidationError.TOO_FEW_POINTS -> Text.of("Too few distinct points in geometry component");
			case TopologyValidationError.INVALID_COORDINATE -> Text.of("Invalid Coordinate");
			case TopologyValidationError.RING_NOT_CLOSED -> Text.of("Ring is not closed");
			default -> Text.name(name, name);
		};
	}

}
