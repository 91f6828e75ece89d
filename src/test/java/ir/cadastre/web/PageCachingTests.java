package ir.cadastre.web;

import java.net.http.HttpResponse;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages, their scripts and styles (OpenLayers alone is about 800 KB) are kept by the
 * browser and asked for again with If-Modified-Since, so a page opened again costs a 304
 * for each instead of every byte once more; a new release shows at once, as each is
 * revalidated before use. They hold nothing of a user: what a user sees comes from the
 * API, which no cache keeps.
 */
@CadastreTest
class PageCachingTests extends ApiTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "/webjars/ol/dist/ol.js", "/js/session.js", "/css/cadastre.css", "/index.html" })
	void aPageOrItsScriptIsKeptAndRevalidated(String path) {
		HttpResponse<byte[]> first = this.api.bytes(this.api.request(path, null).GET());
		assertThat(first.statusCode()).isEqualTo(200);
		String cacheControl = first.headers().firstValue("Cache-Control").orElse("");
		assertThat(cacheControl).contains("no-cache").doesNotContain("no-store");
		String modified = first.headers().firstValue("Last-Modified").orElseThrow();
		HttpResponse<byte[]> again = this.api
			.bytes(this.api.request(path, null).header("If-Modified-Since", modified).GET());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

}
