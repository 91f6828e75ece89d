package ir.cadastre.geometry;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Coordinate;

import org.springframework.http.HttpStatus;

/**
 * The problems intake answers with. Structure and notation faults are 400 (the request
 * cannot be read as an area); an area that reads but breaks a rule is 422.
 */
final class Refusals {

	private Refusals() {
	}

	static CadastreProblem structure(String field, Text reason) {
		return problem(HttpStatus.BAD_REQUEST, "geometry-structure", "Malformed geometry", field, reason, null);
	}

	static CadastreProblem type(String field, String found) {
		return problem(HttpStatus.BAD_REQUEST, "geometry-type", "Geometry type not accepted", field,
				Text.of("Only Polygon and MultiPolygon (or a Feature wrapping one) are accepted, not {0}.", found),
				null);
	}

	static CadastreProblem tooComplex(String field, Text reason) {
		return problem(HttpStatus.BAD_REQUEST, "geometry-too-complex", "Geometry too complex", field, reason, null);
	}

	static CadastreProblem coordinate(String field, Text reason) {
		return problem(HttpStatus.BAD_REQUEST, "coordinate-out-of-range", "Coordinate out of range", field, reason,
				null);
	}

	static CadastreProblem notation(String field, Text reason) {
		return problem(HttpStatus.BAD_REQUEST, "vertex-notation", "Vertex list not understood", field, reason, null);
	}

	static CadastreProblem outsideJurisdiction(String field, Text reason, Coordinate at) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "outside-jurisdiction", "Area outside Iran", field, reason,
				at);
	}

	static CadastreProblem invalid(String field, Text reason, Coordinate at) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-geometry", "Invalid geometry", field, reason, at);
	}

	static CadastreProblem area(String slug, String title, String field, Text reason) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, slug, title, field, reason, null);
	}

	private static CadastreProblem problem(HttpStatus status, String slug, String title, String field, Text reason,
			Coordinate at) {
		InputError error = (at != null) ? InputError.at(field, reason, at.x, at.y) : InputError.of(field, reason);
		return new CadastreProblem(status, slug, title, reason, List.of(error), Map.of());
	}

}
