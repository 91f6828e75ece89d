package ir.cadastre.web;

/**
 * A list's yes-or-no query parameter, such as {@code ?flagged=true}.
 */
public final class BooleanFilter {

	private BooleanFilter() {
	}

	/**
	 * Reads the parameter.
	 * @param name the parameter's name, said in a refusal
	 * @param value {@code true}, {@code false}, or {@code null} when absent
	 * @return the value, or {@code null} when the parameter is absent
	 * @throws CadastreProblem 400 naming the parameter for any other value
	 */
	public static Boolean of(String name, String value) {
		if (value == null) {
			return null;
		}
		return switch (value.strip()) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> {
				Text reason = Text.of("{0} is true or false.", name);
				throw CadastreProblem.invalidParameter(name, reason);
			}
		};
	}

}
