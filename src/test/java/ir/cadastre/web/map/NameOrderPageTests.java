package ir.cadastre.web.map;

import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of names on the pages are in the reader's alphabetical order: in Persian پ after
 * ب, چ after ج, ژ after ز and گ after ک, not after every Arabic letter as their code
 * points would put them, nor in the order of the codes behind the names.
 */
@CadastreTest
class NameOrderPageTests extends BrowserTest {

	private static final Comparator<String> PERSIAN = Collator.getInstance(new ULocale("fa"))::compare;

	@Test
	void theMineralsAreInPersianAlphabeticalOrderWithinTheirClass() {
		new Fixtures(this.db).users();
		JsonNode minerals = new Api(this.port).get("/api/v1/minerals", Fixtures.APPLICANT).json();
		List<String> expected = StreamSupport.stream(minerals.spliterator(), false)
			.sorted(Comparator.<JsonNode>comparingInt((m) -> m.get("mineralClass").intValue())
				.thenComparing((m) -> m.get("nameFa").stringValue(), PERSIAN))
			.map((m) -> m.get("code").stringValue())
			.toList();
		signIn(Fixtures.APPLICANT, "/applicant.html");
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.waitUntil("the page in Persian",
				() -> "fa".equals(this.browser.find(By.tagName("html")).getDomAttribute("lang")));
		List<String> shown = this.browser.findAll(By.cssSelector("#mineral option"))
			.stream()
			.map((option) -> option.getDomAttribute("value"))
			.filter((code) -> !code.isEmpty())
			.toList();
		assertThat(shown).isEqualTo(expected);
	}

	@Test
	void theAgenciesAreInPersianAlphabeticalOrder() {
		Fixtures fixtures = new Fixtures(this.db).noFeatures().users();
		for (String layer : List.of("agricultural_lands", "protected_areas", "forests")) {
			fixtures.feature(layer, "Kavir", KAVIR);
		}
		fixtures.application(new Api(this.port), Fixtures.APPLICANT, HALF_ON_KAVIR);
		signIn(Fixtures.OFFICER, "/officer.html");
		new Select(this.browser.find(By.id("language"))).selectByValue("fa");
		this.browser.waitUntil("the agencies in Persian",
				() -> this.browser.findAll(By.cssSelector("#agencies [data-column=agency]"))
					.stream()
					.allMatch((cell) -> cell.getText().matches("[\\u0600-\\u06FF\\u200C ،]+")));
		List<String> figures = texts(this.browser.findAll(By.cssSelector("#agencies [data-column=agency]")));
		assertThat(figures).hasSize(3).isSortedAccordingTo(PERSIAN);
		List<String> decreed = texts(this.browser.findAll(By.cssSelector("#decree-scope option[value^='agency:']")));
		assertThat(decreed).hasSizeGreaterThan(2).isSortedAccordingTo(PERSIAN);
	}

	private static List<String> texts(List<WebElement> elements) {
		return elements.stream().map((element) -> element.getDomProperty("textContent")).toList();
	}

}
