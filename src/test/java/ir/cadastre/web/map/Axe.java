package ir.cadastre.web.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Deque's axe-core run in the page the browser shows: what it finds against WCAG 2.1 at
 * levels A and AA, and the 2.2 AA rule on the size of targets (a map's buttons and the
 * legend's boxes are touched on tablets in the field). Only what the page shows is
 * checked: a hidden panel is checked once it is opened.
 */
final class Axe {

	/** The rules' tags that are run. */
	static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

	private static final String SOURCE = read();

	private Axe() {
	}

	/**
	 * Each violation in the page as it is now, one line a rule: its id, impact, what it
	 * asks and the elements that break it, each with why.
	 * @param browser the browser, on the page to check
	 * @param state the page and what is open in it, which starts each line
	 * @return the violations; empty when there is none
	 */
	@SuppressWarnings("unchecked")
	static List<String> violations(Browser browser, String state) {
		browser.script(SOURCE);
		return (List<String>) browser.script(
				"""
						return axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
						  .then((result) => result.violations.map((v) => arguments[1] + ': ' + v.id + ' (' + v.impact + ') ' + v.help
						    + v.nodes.map((n) => '\\n    ' + n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\\s+/g, ' ')).join('')));
						""",
				WCAG, state);
	}

	private static String read() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException(
						"axe.min.js is not on the class path: com.deque.html.axe-core:selenium");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
