package ir.cadastre.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;

/**
 * An agency's answer to an inquiry.
 *
 * @param decision {@code CONSENT}, {@code OBJECTION} or {@code PARTIAL_OBJECTION}
 * @param reason required with an objection
 * @param refusedGeometry the refused part of the application (GeoJSON), of which the
 * agency's land alone is refused; a partial objection gives it, or
 * {@code refuseAgencyLand}, and nothing else does (an objection refuses the agency's land
 * in the application, as {@code refuseAgencyLand} does)
 * @param refuseAgencyLand {@code true}: the refused part is the agency's land in the
 * application, every overlap the inquiry lists, to its exact boundaries
 */
public record InquiryAnswer(String decision, String reason, JsonNode refusedGeometry, Boolean refuseAgencyLand) {

	private static final Set<String> DECISIONS = Set.of("CONSENT", "OBJECTION", "PARTIAL_OBJECTION");

	private static final int MAX_REASON = 4000;

	/**
	 * Refuses an answer that is not complete or not consistent.
	 * @throws CadastreProblem 400 naming each field at fault
	 */
	void check() {
		List<InputError> errors = new ArrayList<>();
		boolean known = this.decision != null && DECISIONS.contains(this.decision);
		if (!known) {
			errors.add(InputError.of("decision", Text.of("must be CONSENT, OBJECTION or PARTIAL_OBJECTION")));
		}
		boolean objection = "OBJECTION".equals(this.decision) || "PARTIAL_OBJECTION".equals(this.decision);
		if (objection && (this.reason == null || this.reason.isBlank())) {
			errors.add(InputError.of("reason", Text.of("an objection must give its reason")));
		}
		if (this.reason != null && this.reason.length() > MAX_REASON) {
			errors.add(InputError.of("reason", Text.of("at most {0} characters", MAX_REASON)));
		}
		int refusedParts = (drawsRefusedPart() ? 1 : 0) + (refusesAgencyLand() ? 1 : 0);
		if (known) {
			if ("PARTIAL_OBJECTION".equals(this.decision) && refusedParts != 1) {
				errors.add(InputError.of("refusedGeometry",
						Text.of("a partial objection gives the refused part, or refuseAgencyLand, not both")));
			}
			if (!"PARTIAL_OBJECTION".equals(this.decision) && refusedParts != 0) {
				errors.add(InputError.of("refusedGeometry", Text.of("only a partial objection refuses a part")));
			}
		}
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-answer", "Invalid answer",
					Text.of("The answer is not complete or not consistent."), errors, Map.of());
		}
	}

	/** The inquiry's state once answered so. */
	String recordedStatus() {
		return switch (this.decision) {
			case "CONSENT" -> "CONSENTED";
			case "OBJECTION" -> "OBJECTED";
			default -> "PARTIALLY_OBJECTED";
		};
	}

	/**
	 * Whether the answer refuses all of the agency's land in the application: an
	 * objection does (Art. 24: the licence must keep to the laws the agency enforces
	 * there), and a partial objection may.
	 */
	boolean refusesAgencyLandInAll() {
		return "OBJECTION".equals(this.decision) || refusesAgencyLand();
	}

	boolean drawsRefusedPart() {
		return this.refusedGeometry != null && !this.refusedGeometry.isNull();
	}

	boolean refusesAgencyLand() {
		return Boolean.TRUE.equals(this.refuseAgencyLand);
	}

}
