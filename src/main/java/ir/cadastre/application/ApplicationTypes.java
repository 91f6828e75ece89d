package ir.cadastre.application;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * The application types the cadastre takes, each claiming its own area, first come first
 * served: exploration (Art. 6) and a limited withdrawal permit (Art. 13). Exploitation
 * (Art. 9) follows from a discovery certificate, not from a new claim.
 */
final class ApplicationTypes {

	static final String EXPLORATION = "EXPLORATION";

	static final String WITHDRAWAL_PERMIT = "WITHDRAWAL_PERMIT";

	private ApplicationTypes() {
	}

	/**
	 * @param type as sent; null is {@code EXPLORATION}
	 * @throws CadastreProblem 422 for another type
	 */
	static String check(String type) {
		if (type == null || EXPLORATION.equals(type)) {
			return EXPLORATION;
		}
		if (WITHDRAWAL_PERMIT.equals(type)) {
			return type;
		}
		Text reason = Text.of("EXPLORATION (Art. 6) and WITHDRAWAL_PERMIT (Art. 13) applications claim new areas; an "
				+ "exploitation licence (Art. 9) is issued on a discovery certificate.");
		throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "application-type", "Application type not accepted",
				reason, List.of(InputError.of("type", reason)), Map.of());
	}

}
