package ir.cadastre.application;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;

import org.springframework.http.HttpStatus;

/**
 * The application types the cadastre takes. Exploration (Art. 6) is applied for on a free
 * area; exploitation (Art. 9) follows from a discovery certificate, not from a new claim.
 */
final class ApplicationTypes {

	static final String EXPLORATION = "EXPLORATION";

	private ApplicationTypes() {
	}

	static String check(String type) {
		if (type == null || EXPLORATION.equals(type)) {
			return EXPLORATION;
		}
		String reason = "Only EXPLORATION applications claim new areas (Art. 6); an exploitation licence (Art. 9) "
				+ "is issued on a discovery certificate.";
		throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "application-type", "Application type not accepted",
				reason, List.of(InputError.of("type", reason)), Map.of());
	}

}
