package ir.cadastre.web;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal's detail and reasons are in the language the request prefers: Persian for a
 * Persian page ({@code Accept-Language: fa}), English otherwise; the rest of the problem,
 * and what the refusal leaves unchanged, are the same in both.
 */
@CadastreTest
class ProblemLanguageTests extends ApiTest {

	private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

	private static final Pattern ENGLISH_WORD = Pattern.compile("\\b(the|is|are|must|not|of)\\b");

	private static final String FREE = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	/** Crosses itself at (54.31, 32.31). */
	private static final String BOWTIE = "{\"type\":\"Polygon\",\"coordinates\":"
			+ "[[[54.3,32.3],[54.32,32.32],[54.32,32.3],[54.3,32.32],[54.3,32.3]]]}";

	@Test
	void article3_anApplicantOnAPersianPageReadsWhyTheMineralIsRefusedInPersian() {
		String body = "{\"mineral\":\"crude_oil\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(FREE)
				+ "}";
		JsonNode persian = problem(submit(body, "fa"), 422);
		JsonNode english = problem(submit(body, null), 422);

		assertThat(english.get("detail").stringValue()).startsWith("Article 3");
		assertThat(persian.get("detail").stringValue()).containsPattern(PERSIAN_LETTER)
			.doesNotContainPattern(ENGLISH_WORD)
			.contains("3");
		assertThat(persian.get("type")).isEqualTo(english.get("type"));
		assertThat(english.get("title").stringValue()).isEqualTo("Mineral not licensable");
		assertThat(persian.get("title").stringValue()).isEqualTo("این ماده معدنی پروانه نمی‌گیرد");
		assertThat(this.fixtures.count("application")).isZero();
	}

	@Test
	void aGeometryFaultIsGivenInPersianWithTheSpotWhereItLies() {
		JsonNode persian = problem(overlaps(BOWTIE, "fa"), 422);
		JsonNode english = problem(overlaps(BOWTIE, "en"), 422);

		JsonNode error = persian.get("errors").get(0);
		assertThat(error.get("reason").stringValue()).containsPattern(PERSIAN_LETTER)
			.doesNotContainPattern(ENGLISH_WORD);
		assertThat(error.get("field")).isEqualTo(english.get("errors").get(0).get("field"));
		assertThat(error.get("location")).isEqualTo(english.get("errors").get(0).get("location")).isNotNull();
		assertThat(english.get("errors").get(0).get("reason").stringValue()).contains("Self-intersection");
	}

	@Test
	void theLanguageTheRequestPrefersFirstIsTheOneAnswered() {
		String english = problem(overlaps("{", null), 400).get("detail").stringValue();
		assertThat(english).startsWith("The body is not one valid JSON document");
		assertThat(problem(overlaps("{", "en-GB"), 400).get("detail").stringValue()).isEqualTo(english);
		assertThat(problem(overlaps("{", "de-DE, en;q=0.5"), 400).get("detail").stringValue()).isEqualTo(english);
		assertThat(problem(overlaps("{", "en-US, fa;q=0.8"), 400).get("detail").stringValue()).isEqualTo(english);
		assertThat(problem(overlaps("{", "fa-IR, en;q=0.5"), 400).get("detail").stringValue())
			.containsPattern(PERSIAN_LETTER)
			.isNotEqualTo(english);
	}

	@Test
	void refusalsBeforeTheRequestReachesTheServiceAreInPersianToo() {
		Answer unauthenticated = send(this.api.request("/api/v1/applications?mine=true", null)
			.header("X-Requested-With", "XMLHttpRequest")
			.header("Accept-Language", "fa")
			.GET());
		assertThat(problem(unauthenticated, 401).get("detail").stringValue()).containsPattern(PERSIAN_LETTER);

		Answer forbidden = send(this.api.request("/api/v1/applications", Fixtures.OFFICER)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "fa")
			.POST(HttpRequest.BodyPublishers.ofString("{}")));
		assertThat(problem(forbidden, 403).get("detail").stringValue()).containsPattern(PERSIAN_LETTER);

		String large = "{\"geometry\":\"" + "x".repeat(1_100_000) + "\"}";
		Answer tooLarge = send(this.api.request("/api/v1/overlaps", Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.header("Accept-Language", "fa")
			.POST(HttpRequest.BodyPublishers.ofString(large)));
		assertThat(problem(tooLarge, 413).get("detail").stringValue()).containsPattern(PERSIAN_LETTER)
			.contains(String.valueOf(1024 * 1024));
	}

	@Test
	void aStateIsNamedInThePagesWordsOnAPersianPage() {
		String body = "{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(FREE)
				+ "}";
		String withdrawal = "/api/v1/applications/"
				+ this.api.postJson("/api/v1/applications", Fixtures.APPLICANT, body).json().get("id").stringValue()
				+ "/withdrawal";
		assertThat(this.api.post(withdrawal, Fixtures.APPLICANT, "application/json", "{}").status()).isEqualTo(200);

		HttpRequest.Builder again = this.api.request(withdrawal, Fixtures.APPLICANT)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{}"));
		assertThat(problem(send(again), 409).get("detail").stringValue()).contains(" is WITHDRAWN;");
		assertThat(problem(send(again.header("Accept-Language", "fa")), 409).get("detail").stringValue())
			.contains("در وضعیت مستردشده است")
			.doesNotContain("WITHDRAWN");
	}

	@Test
	void springsOwnRefusalsAreInTheServicesWordsAndTheReadersLanguage() {
		HttpRequest.Builder delete = this.api.request("/api/v1/overlaps", Fixtures.APPLICANT).DELETE();
		assertThat(problem(send(delete), 405).get("detail").stringValue())
			.isEqualTo("This path does not take DELETE; it takes POST.");
		JsonNode persian = problem(send(delete.header("Accept-Language", "fa")), 405);
		assertThat(persian.get("detail").stringValue()).containsPattern(PERSIAN_LETTER).contains("DELETE", "POST");
		assertThat(persian.get("title").stringValue()).isEqualTo("این روش مجاز نیست");

		HttpRequest.Builder nowhere = this.api.request("/api/v1/nowhere", Fixtures.APPLICANT).GET();
		assertThat(problem(send(nowhere), 404).get("detail").stringValue()).isEqualTo("There is nothing at this path.");
		assertThat(problem(send(nowhere.header("Accept-Language", "fa")), 404).get("detail").stringValue())
			.containsPattern(PERSIAN_LETTER);
	}

	private Answer submit(String body, String language) {
		return send(withLanguage(this.api.request("/api/v1/applications", Fixtures.APPLICANT), language)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private Answer overlaps(String geometry, String language) {
		return send(withLanguage(this.api.request("/api/v1/overlaps", Fixtures.APPLICANT), language)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"geometry\":" + geometry + "}")));
	}

	private static HttpRequest.Builder withLanguage(HttpRequest.Builder request, String language) {
		return (language != null) ? request.header("Accept-Language", language) : request;
	}

	private Answer send(HttpRequest.Builder request) {
		HttpResponse<byte[]> response = this.api.bytes(request);
		return new Answer(response.statusCode(), response.headers(),
				new String(response.body(), StandardCharsets.UTF_8));
	}

	/**
	 * The problem document of a response with the given status, which says that it
	 * depends on the request's language.
	 */
	private static JsonNode problem(Answer response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.headers().allValues("Vary"))
			.anySatisfy((vary) -> assertThat(vary).containsIgnoringCase("Accept-Language"));
		return JsonMapper.builder().build().readTree(response.body());
	}

	private record Answer(int status, HttpHeaders headers, String body) {
	}

}
