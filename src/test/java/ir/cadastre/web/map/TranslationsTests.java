package ir.cadastre.web.map;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web map's two languages say the same things: every text has its Persian and its
 * English, the titles of the service's refusals included.
 */
class TranslationsTests {

	@Test
	void everyTextIsInPersianAndEnglish() throws IOException {
		JsonNode fa = read("fa");
		JsonNode en = read("en");
		assertThat(Set.copyOf(fa.propertyNames())).isEqualTo(Set.copyOf(en.propertyNames()));
		for (String key : en.propertyNames()) {
			assertThat(fa.get(key).stringValue()).as(key).isNotBlank();
			assertThat(en.get(key).stringValue()).as(key).isNotBlank();
		}
		assertThat(fa.get("problem.application-not-found").stringValue()).isEqualTo("درخواست یافت نشد");
	}

	private static JsonNode read(String language) throws IOException {
		try (InputStream in = TranslationsTests.class.getResourceAsStream("/static/i18n/" + language + ".json")) {
			return JsonMapper.builder().build().readTree(in);
		}
	}

}
