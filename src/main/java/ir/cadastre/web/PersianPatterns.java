package ir.cadastre.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Persian of every {@link Text} pattern: one JSON object per feature in
 * {@code problems/fa/}, each mapping an English pattern to its Persian.
 */
final class PersianPatterns {

	static final String LOCATION = "classpath*:problems/fa/*.json";

	private PersianPatterns() {
	}

	static Map<String, String> load() {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, String> patterns = new HashMap<>();
		try {
			for (Resource file : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = file.getInputStream()) {
					json.readValue(in, new TypeReference<Map<String, String>>() {
					}).forEach((english, persian) -> {
						String other = patterns.put(english, persian);
						if (other != null && !other.equals(persian)) {
							throw new IllegalStateException("Two Persian patterns for \"" + english + "\"");
						}
					});
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(patterns);
	}

}
