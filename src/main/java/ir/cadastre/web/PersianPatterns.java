package ir.cadastre.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Persian of problems: of every {@link Text} pattern, one JSON object per feature in
 * {@code problems/fa/}, each mapping an English pattern to its Persian; and the web map's
 * own words ({@code static/i18n/fa.json}), for each problem type's title
 * ({@code problem.<slug>}) and each state's name.
 */
final class PersianPatterns {

	private static final String LOCATION = "classpath*:problems/fa/*.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The pages' own Persian, by key, read once. */
	static final Map<String, String> PAGES = read(new ClassPathResource("static/i18n/fa.json"));

	/** The pages' own English, by key, read once. */
	static final Map<String, String> ENGLISH_PAGES = read(new ClassPathResource("static/i18n/en.json"));

	private PersianPatterns() {
	}

	static Map<String, String> load() {
		Map<String, String> patterns = new HashMap<>();
		Resource[] files;
		try {
			files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Resource file : files) {
			read(file).forEach((english, persian) -> {
				String other = patterns.put(english, persian);
				if (other != null && !other.equals(persian)) {
					throw new IllegalStateException("Two Persian patterns for \"" + english + "\"");
				}
			});
		}
		return Map.copyOf(patterns);
	}

	/** The pages' Persian for the key, or {@code otherwise} when they have none. */
	static String page(String key, String otherwise) {
		return PAGES.getOrDefault(key, otherwise);
	}

	private static Map<String, String> read(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return JSON.readValue(in, new TypeReference<Map<String, String>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
