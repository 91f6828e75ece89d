package ir.cadastre.inquiry;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The period of the agencies' figures (Art. 24) is given as Gregorian days: a day the
 * database cannot hold, or a Solar Hijri day given as a Gregorian one (which would count
 * every inquiry since the year 1404 AD), is refused and names the parameter.
 */
@CadastreTest
class AgencyFiguresTests extends ApiTest {

	@ParameterizedTest(name = "Art. 24: by-agency?{0}={1} is a 400 naming {0}")
	@CsvSource({ "to, +5874897-12-31", "to, +294276-12-31", "from, +100000-01-01", "from, -5000-01-01",
			"from, 1404-10-25", "to, 1405-02-25", "from, 0000-01-01" })
	void article24_figuresRefuseDaysTheyCannotCount(String parameter, String day) {
		this.fixtures.feature("protected_areas", "Kavir", InquiryTests.PROTECTED);
		this.fixtures.application(this.api, Fixtures.APPLICANT, InquiryTests.AREA);
		Api.Response figures = this.api.get("/api/v1/inquiries/by-agency?" + parameter + "=" + day.replace("+", "%2B"),
				Fixtures.OFFICER);
		assertThat(figures.status()).as(figures.body()).isEqualTo(400);
		assertThat(figures.json().get("type").stringValue()).isEqualTo("urn:cadastre:problem:invalid-parameter");
		assertThat(figures.json().get("errors").get(0).get("field").stringValue()).isEqualTo(parameter);
	}

}
