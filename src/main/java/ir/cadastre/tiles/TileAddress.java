package ir.cadastre.tiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * A tile of the Web Mercator grid (XYZ numbering: x east from the antimeridian, y south
 * from the north edge).
 *
 * @param z zoom, 0 to {@value #MAX_ZOOM}
 * @param x column, 0 to 2^z - 1
 * @param y row, 0 to 2^z - 1
 */
record TileAddress(int z, int x, int y) {

	static final int MAX_ZOOM = 22;

	/**
	 * The tile named by the three path segments.
	 * @throws CadastreProblem 400 naming each segment that is not a whole number in range
	 * (a negative number, a sign, a fraction or a word is not)
	 */
	static TileAddress parse(String z, String x, String y) {
		List<InputError> errors = new ArrayList<>();
		Integer zoom = number(z);
		if (zoom == null || zoom > MAX_ZOOM) {
			errors.add(InputError.of("z", Text.of("must be a whole number from 0 to {0}, not '{1}'", MAX_ZOOM, z)));
		}
		long size = (zoom != null && zoom <= MAX_ZOOM) ? 1L << zoom : 0;
		Integer column = inRange("x", x, size, errors);
		Integer row = inRange("y", y, size, errors);
		if (!errors.isEmpty()) {
			Text detail = Text.of(
					"A tile is /tiles/{layer}/{z}/{x}/{y}.mvt with z from 0 to {0} and x and y from 0 to 2^z - 1.",
					MAX_ZOOM);
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-tile", "Invalid tile address", detail, errors,
					Map.of());
		}
		return new TileAddress(zoom, column, row);
	}

	private static Integer inRange(String field, String text, long size, List<InputError> errors) {
		Integer value = number(text);
		if (value == null || (size > 0 && value >= size)) {
			errors.add(InputError.of(field, Text.of("must be a whole number from 0 to {0}, not '{1}'",
					(size > 0) ? Long.toString(size - 1) : "2^z - 1", text)));
		}
		return value;
	}

	/** A decimal number of at most 9 digits, or {@code null}. */
	private static Integer number(String text) {
		boolean digits = !text.isEmpty() && text.length() <= 9 && text.chars().allMatch((c) -> c >= '0' && c <= '9');
		return digits ? Integer.valueOf(text) : null;
	}

}
