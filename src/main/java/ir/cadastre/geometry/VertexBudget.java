package ir.cadastre.geometry;

import ir.cadastre.web.Text;

/**
 * Counts what an area is made of while it is read, and refuses it as soon as a limit is
 * passed, before anything large is built. Vertices are a ring's corners: the closing
 * position, the first again, is not one of them, whether GeoJSON requires it or a typed
 * list repeats it.
 */
final class VertexBudget {

	private final IntakeProperties limits;

	private final String field;

	private int vertices;

	VertexBudget(IntakeProperties limits, String field) {
		this.limits = limits;
		this.field = field;
	}

	void parts(int parts) {
		if (parts > this.limits.maxParts()) {
			throw Refusals.tooComplex(this.field,
					Text.of("At most {0} polygons are accepted, found {1}.", this.limits.maxParts(), parts));
		}
	}

	void holes(int holes) {
		if (holes > this.limits.maxHoles()) {
			throw Refusals.tooComplex(this.field,
					Text.of("At most {0} holes per polygon are accepted, found {1}.", this.limits.maxHoles(), holes));
		}
	}

	void vertices(int more) {
		this.vertices += more;
		if (this.vertices > this.limits.maxVertices()) {
			throw Refusals.tooComplex(this.field,
					Text.of("At most {0} vertices are accepted in one area.", this.limits.maxVertices()));
		}
	}

}
