package ir.cadastre.web;

import java.util.Arrays;
import java.util.List;

/**
 * A list's {@code status} query parameter: one state, or several separated by commas
 * ({@code ?status=GRANTED,REJECTED}), each one of the list's own.
 */
public final class StateFilter {

	private StateFilter() {
	}

	/**
	 * Reads the parameter.
	 * @param status the parameter, or {@code null}
	 * @param states the states of the list's items, in their order
	 * @return the states asked for (a {@code text[]} in SQL), or {@code null} when the
	 * parameter is absent
	 * @throws CadastreProblem 400 naming {@code status}, when a state is not one of these
	 */
	public static String[] of(String status, List<String> states) {
		if (status == null) {
			return null;
		}
		List<String> asked = Arrays.stream(status.split(",", -1)).map(String::strip).toList();
		if (!states.containsAll(asked)) {
			Text reason = Text.of("status is one of {0}, or several of them separated by commas.",
					String.join(", ", states));
			throw CadastreProblem.invalidParameter("status", reason);
		}
		return asked.toArray(String[]::new);
	}

}
