package ir.cadastre.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every sentence a problem gives has its Persian: the source's {@code Text.of} patterns,
 * read from the source itself, against the catalogue in
 * {@code src/main/resources/problems/fa/}.
 */
class TranslationsTests {

	private static final Pattern HOLE = Pattern.compile("\\{(\\d+)}");

	/**
	 * A problem's type where it is made: after its status, or as a geometry refusal's.
	 */
	private static final Pattern SLUG = Pattern
		.compile("(?:HttpStatus\\.[A-Z_]+,|\\barea\\()\\s*\"([a-z][a-z0-9-]*)\"");

	/** The types of the refusals Spring makes, after their statuses. */
	private static final Set<String> SPRING_SLUGS = Set.of("bad-request", "not-found", "method-not-allowed",
			"not-acceptable", "unsupported-media-type", "content-too-large", "internal-server-error");

	/** A call of Text.of, however the formatter breaks its line. */
	private static final Pattern CALL = Pattern.compile("\\bText\\s*\\.of\\(");

	/** The kind of state a sentence names, in the pages' catalogue. */
	private static final Pattern STATE = Pattern.compile("\\bText\\s*\\.state\\(\"([^\"]+)\"");

	private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

	private static final Map<String, String> PERSIAN = PersianPatterns.load();

	/** The service's Java sources, by file. */
	private static final Map<Path, String> SOURCES = sources();

	@Test
	void everySentenceOfAProblemHasItsPersian() {
		Set<String> missing = new TreeSet<>();
		for (Use use : uses()) {
			if (use.pattern() != null && !use.pattern().isEmpty() && !PERSIAN.containsKey(use.pattern())) {
				missing.add(use.pattern());
			}
		}
		assertThat(missing).as("English patterns with no Persian in problems/fa/").isEmpty();
	}

	@Test
	void theCatalogueHoldsNoSentenceTheServiceNoLongerSays() {
		Set<String> said = new TreeSet<>();
		uses().stream().map(Use::pattern).filter((pattern) -> pattern != null).forEach(said::add);
		assertThat(new TreeSet<>(PERSIAN.keySet())).as("Persian patterns of no Text.of in the source").isSubsetOf(said);
	}

	@Test
	void thePersianIsPersianAndFillsTheSameHolesAsTheEnglish() {
		Map<String, String> wrong = new TreeMap<>();
		PERSIAN.forEach((english, persian) -> {
			if (!holes(persian).equals(holes(english))) {
				wrong.put(english, "holes " + holes(persian) + " for " + holes(english));
			}
			else if (!PERSIAN_LETTER.matcher(persian).find()) {
				wrong.put(english, "no Persian letter in \"" + persian + "\"");
			}
		});
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyPatternIsALiteralGivenAValueForEachHole() {
		List<String> wrong = new ArrayList<>();
		for (Use use : uses()) {
			if (use.pattern() == null) {
				wrong.add(use.where() + ": the pattern is not a string literal");
			}
			else if (holes(use.pattern()).size() != use.values()
					|| !holes(use.pattern()).equals(firstHoles(use.values()))) {
				wrong.add(use.where() + ": holes " + holes(use.pattern()) + " and " + use.values() + " values");
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void everyTypeOfProblemHasItsTitleInPersian() {
		Set<String> titled = PersianPatterns.PAGES.keySet()
			.stream()
			.filter((key) -> key.startsWith("problem."))
			.map((key) -> key.substring("problem.".length()))
			.collect(Collectors.toSet());
		Set<String> slugs = codeSlugs();
		assertThat(slugs).hasSizeGreaterThan(50);
		assertThat(titled).containsAll(slugs);
	}

	@Test
	void theReadmeListsEveryTypeOfProblem() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("| status | problem types");
		String table = readme.substring(start, readme.indexOf("\n\n", start));
		Set<String> slugs = codeSlugs();
		slugs.removeIf((slug) -> table.contains("`" + slug + "`"));
		assertThat(slugs).as("problem types missing from the README's table").isEmpty();
	}

	/** Every problem type the code can give. */
	private static Set<String> codeSlugs() {
		Set<String> slugs = new TreeSet<>(SPRING_SLUGS);
		SOURCES.values()
			.forEach((source) -> SLUG.matcher(source).results().forEach((slug) -> slugs.add(slug.group(1))));
		return slugs;
	}

	@Test
	void everyKindOfStateAProblemNamesHasThePagesPersian() {
		Map<String, String> pages = PersianPatterns.PAGES;
		Set<String> kinds = new TreeSet<>();
		SOURCES.values()
			.forEach((source) -> STATE.matcher(source).results().forEach((kind) -> kinds.add(kind.group(1))));
		assertThat(kinds).hasSizeGreaterThan(3);
		assertThat(kinds)
			.allSatisfy((kind) -> assertThat(pages.keySet()).anyMatch((key) -> key.startsWith(kind + ".")));
		Text granted = Text.state("status", "GRANTED");
		assertThat(granted.in(Locale.ENGLISH)).isEqualTo("GRANTED");
		assertThat(granted.in(Locale.forLanguageTag("fa"))).isEqualTo(pages.get("status.GRANTED"));
	}

	@Test
	void aTextIsReadInTheLanguageAsked() {
		Text inner = Text.of("The request body exceeds {0} bytes.", 1048576);
		assertThat(inner.in(Locale.ENGLISH)).isEqualTo("The request body exceeds 1048576 bytes.");
		assertThat(inner.in(Locale.forLanguageTag("fa-IR"))).contains("1048576").containsPattern(PERSIAN_LETTER);
		assertThat(inner.in(Locale.GERMAN)).isEqualTo(inner.in(Locale.ENGLISH));
		Text outer = Text.of("The access token was refused: {0}", inner);
		assertThat(outer.in(Locale.forLanguageTag("fa"))).contains(inner.in(Locale.forLanguageTag("fa")));
	}

	private static Set<Integer> holes(String pattern) {
		Set<Integer> holes = new TreeSet<>();
		Matcher hole = HOLE.matcher(pattern);
		while (hole.find()) {
			holes.add(Integer.parseInt(hole.group(1)));
		}
		return holes;
	}

	private static Set<Integer> firstHoles(int count) {
		Set<Integer> holes = new TreeSet<>();
		for (int i = 0; i < count; i++) {
			holes.add(i);
		}
		return holes;
	}

	/**
	 * One {@code Text.of} in the source: its pattern (null when not a literal) and
	 * values.
	 */
	private record Use(String where, String pattern, int values) {
	}

	private static List<Use> uses() {
		List<Use> uses = new ArrayList<>();
		SOURCES.forEach((file, source) -> CALL.matcher(source)
			.results()
			.forEach((call) -> uses.add(new SourceReader(file, source, call.end()).use())));
		assertThat(uses).as("Text.of in src/main/java").hasSizeGreaterThan(10);
		return uses;
	}

	private static Map<Path, String> sources() {
		Map<Path, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				sources.put(file, Files.readString(file));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return sources;
	}

	/**
	 * Reads a call's arguments: string literals joined by +, then values up to the ')'.
	 */
	private static final class SourceReader {

		private final Path file;

		private final String source;

		private int at;

		SourceReader(Path file, String source, int at) {
			this.file = file;
			this.source = source;
			this.at = at;
		}

		Use use() {
			String where = this.file.getFileName() + ":" + this.source.substring(0, this.at).lines().count();
			StringBuilder pattern = new StringBuilder();
			boolean literal = false;
			while (true) {
				skipBlanks();
				if (this.source.charAt(this.at) != '"') {
					break;
				}
				pattern.append(literal());
				literal = true;
				skipBlanks();
				if (this.source.charAt(this.at) != '+') {
					break;
				}
				this.at++;
			}
			if (!literal) {
				return new Use(where, null, 0);
			}
			return new Use(where, pattern.toString(), values());
		}

		private int values() {
			int depth = 0;
			int values = 0;
			for (;; this.at++) {
				char c = this.source.charAt(this.at);
				if (c == '"' || c == '\'') {
					skipQuoted(c);
				}
				else if (c == '(' || c == '[' || c == '{') {
					depth++;
				}
				else if (c == ')' || c == ']' || c == '}') {
					if (depth-- == 0) {
						return values;
					}
				}
				else if (c == ',' && depth == 0) {
					values++;
				}
			}
		}

		private String literal() {
			StringBuilder text = new StringBuilder();
			for (this.at++; this.source.charAt(this.at) != '"'; this.at++) {
				char c = this.source.charAt(this.at);
				if (c == '\\') {
					char escaped = this.source.charAt(++this.at);
					text.append(switch (escaped) {
						case 'n' -> '\n';
						case 't' -> '\t';
						default -> escaped;
					});
				}
				else {
					text.append(c);
				}
			}
			this.at++;
			return text.toString();
		}

		private void skipQuoted(char quote) {
			for (this.at++; this.source.charAt(this.at) != quote; this.at++) {
				if (this.source.charAt(this.at) == '\\') {
					this.at++;
				}
			}
		}

		private void skipBlanks() {
			while (Character.isWhitespace(this.source.charAt(this.at))) {
				this.at++;
			}
		}

	}

}
