package ir.cadastre.licence;

import java.math.BigDecimal;

/**
 * A licence issued before the service, entered into the register from its feature in the
 * licences layer.
 *
 * @param featureId the licence's feature in the licences layer (imported from the old
 * cadastre); or
 * @param externalId that feature's own id, the old cadastre's number for the licence
 * @param holder its holder's user name, an applicant
 * @param type {@code EXPLORATION}, {@code DISCOVERY_CERTIFICATE}, {@code EXPLOITATION} or
 * {@code WITHDRAWAL_PERMIT}
 * @param mineral its mineral's catalogue code
 * @param issuedOn the day it was issued, {@code yyyy-MM-dd} (ISO 8601)
 * @param lastDay the last day of its term, {@code yyyy-MM-dd}; none for an exploration
 * licence (Art. 6)
 * @param termYears an exploitation licence's current period in years (Art. 10 note 3)
 * @param reserve a discovery certificate's reserve (Art. 7), optional
 * @param explorationCostRials a discovery certificate's cost of exploration, optional
 * @param newHolder whether a holder who is not yet a user of the cadastre is recorded as
 * an applicant, who signs in with the ministry's identity provider (optional, false)
 */
public record RegistrationRequest(Long featureId, String externalId, String holder, String type, String mineral,
		String issuedOn, String lastDay, Integer termYears, String reserve, BigDecimal explorationCostRials,
		Boolean newHolder) {

}
