package ir.cadastre.licence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.IsoDay;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * The term of a licence issued before the service, as the law bounds it
 * ({@link RegistrationChecks}): 422 {@code invalid-term} naming the field.
 */
final class RegistrationTerms {

	private RegistrationTerms() {
	}

	/**
	 * A term that still runs, after the day of issue, and no longer than the law allows:
	 * a certificate's priority is one year (Art. 8), an exploitation period at most 25
	 * years (Art. 10 note 3), a withdrawal permit no longer from its issue than one
	 * granted here (Art. 13).
	 */
	static void check(RegistrationRequest request, LocalDate issuedOn, Deadline term, Instant now,
			int permitMaxMonths) {
		LocalDate today = now.atZone(SolarHijri.TEHRAN).toLocalDate();
		if (IsoDay.looksSolarHijri(issuedOn)) {
			throw invalidTerm("issuedOn", Text.of("a day of issue before 1900 is a typing mistake ({0})", issuedOn));
		}
		if (issuedOn.isAfter(today)) {
			throw invalidTerm("issuedOn", Text.of("the day of issue cannot be after today ({0}, Asia/Tehran)", today));
		}
		if (term == null) {
			return;
		}
		if (IsoDay.looksSolarHijri(term.lastDay())) {
			throw invalidTerm("lastDay", Text.of("a last day before 1900 is a typing mistake ({0})", term.lastDay()));
		}
		if (!term.lastDay().isAfter(issuedOn)) {
			throw invalidTerm("lastDay", Text.of("the last day of the term must come after the day of issue"));
		}
		if (!now.isBefore(term.closesAt())) {
			throw invalidTerm("lastDay",
					Text.of("its term ended at the end of {0}: it holds no land, and there is nothing to register",
							term.lastDaySolarHijri()));
		}
		if ("DISCOVERY_CERTIFICATE".equals(request.type())
				&& term.lastDay().isAfter(SolarHijri.monthsAfter(issuedOn, 12))) {
			throw invalidTerm("lastDay",
					Text.of("a discovery certificate's priority lasts one year from its issue (Art. 8)"));
		}
		if ("WITHDRAWAL_PERMIT".equals(request.type())
				&& term.lastDay().isAfter(SolarHijri.monthsAfter(issuedOn, permitMaxMonths))) {
			throw invalidTerm("lastDay", Text
				.of("a withdrawal permit is limited (Art. 13): at most {0} months from its issue", permitMaxMonths));
		}
		if ("EXPLOITATION".equals(request.type())) {
			int years = request.termYears();
			if (years < 1 || years > LicenceLife.MAX_YEARS) {
				throw invalidTerm("termYears",
						Text.of("an exploitation period is 1 to {0} years (Art. 10 note 3)", LicenceLife.MAX_YEARS));
			}
			if (term.lastDay().isAfter(SolarHijri.monthsAfter(today, 12 * years))) {
				throw invalidTerm("lastDay",
						Text.of("a period of {0} years ends at most {0} years from today (Art. 10 note 3)", years));
			}
		}
	}

	private static CadastreProblem invalidTerm(String field, Text reason) {
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-term", "Invalid term",
				Text.of("The licence cannot be registered: {0}.", reason), List.of(InputError.of(field, reason)),
				Map.of());
	}

}
