package ir.cadastre.licence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * The checks of the text fields that requests about a licence carry.
 */
final class RequestFields {

	/** The longest reason, note or reserve kept. */
	static final int MAX_TEXT = 4000;

	private RequestFields() {
	}

	/**
	 * Checks a text field: required or not, at most {@value #MAX_TEXT} characters.
	 * @param errors where a fault is added
	 */
	static void text(List<InputError> errors, String field, String value, boolean required) {
		if (required && (value == null || value.isBlank())) {
			errors.add(InputError.of(field, Text.of("required")));
		}
		else if (value != null && value.length() > MAX_TEXT) {
			errors.add(InputError.of(field, Text.of("at most {0} characters", MAX_TEXT)));
		}
	}

	/** The register holds amounts of up to 24 digits. */
	private static final BigDecimal MAX_RIALS = BigDecimal.TEN.pow(24);

	/** Whether an amount is whole rials, 0 or more, that the register can hold. */
	static boolean wholeRials(BigDecimal amount) {
		return amount.signum() >= 0 && amount.stripTrailingZeros().scale() <= 0 && amount.compareTo(MAX_RIALS) < 0;
	}

	/**
	 * Refuses the request when a field is at fault.
	 * @throws CadastreProblem 400 listing the faults
	 */
	static void refuse(List<InputError> errors) {
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("The request is not complete."), errors, Map.of());
		}
	}

}
