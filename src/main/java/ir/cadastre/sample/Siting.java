package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.quadtree.Quadtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Places the features of one layer: each candidate is rounded to the grid of the files
 * and accepted only when it is valid, covered by Iran's boundary and shares no interior
 * with anything already placed in the layer (touching is fine).
 * <p>
 * {@link #fit} shrinks and moves a candidate that does not fit, always in the same order,
 * so the outcome is deterministic: first smaller in place, then rings of moves in eight
 * directions at every scale.
 */
final class Siting {

	private static final double[] SCALES = { 1.0, 0.85, 0.7, 0.55, 0.4 };

	private static final int MOVE_RINGS = 4;

	private static final String INTERIORS_INTERSECT = "T********";

	private final IranBoundary iran;

	private final GeometryFactory factory;

	private final Quadtree placed = new Quadtree();

	private int refused;

	Siting(IranBoundary iran, GeometryFactory factory) {
		this.iran = iran;
		this.factory = factory;
	}

	GeometryFactory factory() {
		return this.factory;
	}

	IranBoundary iran() {
		return this.iran;
	}

	/** Candidates that did not fit as they were (shrunk, moved or dropped). */
	int refused() {
		return this.refused;
	}

	/** The candidate as it is, rounded, or nothing if it does not fit. */
	Optional<MultiPolygon> exact(Geometry candidate) {
		Optional<MultiPolygon> sited = attempt(candidate);
		if (sited.isEmpty()) {
			this.refused++;
		}
		return sited;
	}

	/** The candidate, shrunk about its centre and moved as little as needed to fit. */
	Optional<MultiPolygon> fit(Geometry candidate) {
		Coordinate centre = candidate.getEnvelopeInternal().centre();
		Envelope extent = candidate.getEnvelopeInternal();
		double step = Math.max(0.02, 0.25 * Math.max(extent.getWidth(), extent.getHeight()));
		double lonStretch = LocalFrame.kmPerDegreeLat() / LocalFrame.kmPerDegreeLon(centre.y);
		for (double[] move : moves(step, lonStretch)) {
			for (double scale : SCALES) {
				AffineTransformation shift = AffineTransformation.scaleInstance(scale, scale, centre.x, centre.y)
					.translate(move[0], move[1]);
				Optional<MultiPolygon> sited = attempt(shift.transform(candidate));
				if (sited.isPresent()) {
					return sited;
				}
				this.refused++;
			}
		}
		return Optional.empty();
	}

	private static List<double[]> moves(double step, double lonStretch) {
		List<double[]> moves = new ArrayList<>();
		moves.add(new double[] { 0, 0 });
		for (int ring = 1; ring <= MOVE_RINGS; ring++) {
			for (int direction = 0; direction < 8; direction++) {
				double angle = direction * Math.PI / 4;
				moves.add(new double[] { ring * step * lonStretch * StrictMath.cos(angle),
						ring * step * StrictMath.sin(angle) });
			}
		}
		return moves;
	}

	private Optional<MultiPolygon> attempt(Geometry candidate) {
		MultiPolygon rounded = GridRounding.round(candidate, this.factory);
		if (rounded.isEmpty() || !IsValidOp.isValid(rounded) || !this.iran.covers(rounded)) {
			return Optional.empty();
		}
		for (Object other : this.placed.query(rounded.getEnvelopeInternal())) {
			Geometry neighbour = (Geometry) other;
			if (neighbour.getEnvelopeInternal().intersects(rounded.getEnvelopeInternal())
					&& RelateNG.relate(rounded, neighbour, RelatePredicate.matches(INTERIORS_INTERSECT))) {
				return Optional.empty();
			}
		}
		this.placed.insert(rounded.getEnvelopeInternal(), rounded);
		return Optional.of(rounded);
	}

}
