package ir.cadastre.geometry;

/**
 * Counts what an area is made of while it is read, and refuses it as soon as a limit is
 * passed, before anything large is built.
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
					"At most " + this.limits.maxParts() + " polygons are accepted, found " + parts + ".");
		}
	}

	void holes(int holes) {
		if (holes > this.limits.maxHoles()) {
			throw Refusals.tooComplex(this.field,
					"At most " + this.limits.maxHoles() + " holes per polygon are accepted, found " + holes + ".");
		}
	}

	void vertices(int more) {
		this.vertices += more;
		if (this.vertices > this.limits.maxVertices()) {
			throw Refusals.tooComplex(this.field,
					"At most " + this.limits.maxVertices() + " vertices are accepted in one area.");
		}
	}

}
