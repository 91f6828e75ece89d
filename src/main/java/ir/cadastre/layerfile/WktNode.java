package ir.cadastre.layerfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One keyword of a coordinate system's WKT ({@code PROJCS["name", GEOGCS[…], …]}), as
 * ESRI {@code .prj} files, OGC WKT 1 and WKT 2 write it. Values are quoted strings,
 * numbers (kept as text) and bare words ({@code NORTH}); nested keywords are nodes.
 */
record WktNode(String keyword, List<Object> values) {

	/** The first quoted string, which WKT uses as the object's name; "" if none. */
	String name() {
		return (!this.values.isEmpty() && this.values.get(0) instanceof Quoted quoted) ? quoted.text() : "";
	}

	/** Direct children with this keyword (case-insensitive). */
	List<WktNode> children(String... keywords) {
		List<WktNode> found = new ArrayList<>();
		for (Object value : this.values) {
			if (value instanceof WktNode node && node.is(keywords)) {
				found.add(node);
			}
		}
		return found;
	}

	WktNode child(String... keywords) {
		List<WktNode> found = children(keywords);
		return found.isEmpty() ? null : found.get(0);
	}

	boolean is(String... keywords) {
		for (String keyword : keywords) {
			if (this.keyword.equalsIgnoreCase(keyword)) {
				return true;
			}
		}
		return false;
	}

	/** The n-th value as a number, or NaN when it is not one. */
	double number(int index) {
		if (index >= this.values.size() || !(this.values.get(index) instanceof Number number)) {
			return Double.NaN;
		}
		return number.doubleValue();
	}

	/** The n-th value as text (quoted or not), or "" when absent. */
	String text(int index) {
		if (index >= this.values.size()) {
			return "";
		}
		Object value = this.values.get(index);
		if (value instanceof Quoted quoted) {
			return quoted.text();
		}
		return (value instanceof WktNode) ? "" : String.valueOf(value);
	}

	/**
	 * Upper case letters and digits only: "WGS 84 / UTM zone 39N" → "WGS84UTMZONE39N".
	 */
	static String normalised(String name) {
		return name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
	}

	/** A quoted WKT string, told apart from bare words. */
	record Quoted(String text) {

	}

	/**
	 * How deep keywords may nest. WKT 2, the deepest, nests six levels (a unit in a
	 * parameter of a conversion of a projected CRS); an uploaded {@code .prj} nested
	 * thousands deep would otherwise exhaust the stack.
	 */
	static final int MAX_DEPTH = 32;

	/**
	 * Parses WKT.
	 * @return the root node, or {@code null} when the text is not WKT (or nests deeper
	 * than {@value #MAX_DEPTH})
	 */
	static WktNode parse(String wkt) {
		try {
			Parser parser = new Parser(wkt.strip());
			WktNode root = parser.node();
			parser.skipSpace();
			return parser.atEnd() ? root : null;
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException ex) {
			return null;
		}
	}

	private static final class Parser {

		private final String text;

		private int at;

		private int depth;

		Parser(String text) {
			this.text = text;
		}

		WktNode node() {
			if (++this.depth > MAX_DEPTH) {
				throw new IllegalArgumentException("nested too deeply");
			}
			skipSpace();
			String keyword = word();
			if (keyword.isEmpty() || !Character.isLetter(keyword.charAt(0))) {
				throw new IllegalArgumentException("keyword expected");
			}
			skipSpace();
			List<Object> values = new ArrayList<>();
			char open = this.text.charAt(this.at);
			if (open != '[' && open != '(') {
				throw new IllegalArgumentException("[ expected");
			}
			this.at++;
			char close = (open == '[') ? ']' : ')';
			skipSpace();
			if (this.text.charAt(this.at) == close) {
				this.at++;
				this.depth--;
				return new WktNode(keyword, values);
			}
			while (true) {
				values.add(value());
				skipSpace();
				char next = this.text.charAt(this.at++);
				if (next == close) {
					this.depth--;
					return new WktNode(keyword, values);
				}
				if (next != ',') {
					throw new IllegalArgumentException(", expected");
				}
			}
		}

		private Object value() {
			skipSpace();
			char first = this.text.charAt(this.at);
			if (first == '"') {
				return quoted();
			}
			if (Character.isLetter(first)) {
				int start = this.at;
				String word = word();
				skipSpace();
				if (!atEnd() && (this.text.charAt(this.at) == '[' || this.text.charAt(this.at) == '(')) {
					this.at = start;
					return node();
				}
				return word;
			}
			String number = word();
			return Double.valueOf(number);
		}

		private Quoted quoted() {
			StringBuilder text = new StringBuilder();
			this.at++;
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					if (!atEnd() && this.text.charAt(this.at) == '"') {
						text.append('"');
						this.at++;
						continue;
					}
					return new Quoted(text.toString());
				}
				text.append(c);
			}
		}

		private String word() {
			int start = this.at;
			while (!atEnd()) {
				char c = this.text.charAt(this.at);
				if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+') {
					this.at++;
				}
				else {
					break;
				}
			}
			return this.text.substring(start, this.at);
		}

		void skipSpace() {
			while (!atEnd() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

		boolean atEnd() {
			return this.at >= this.text.length();
		}

	}

}
