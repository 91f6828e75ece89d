package ir.cadastre.licence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A licence as the API returns it.
 *
 * @param id its id
 * @param number its number in the register
 * @param applicationId the application it was granted on (an exploration licence or a
 * withdrawal permit), or null
 * @param parentId the licence it was issued on (a discovery certificate's exploration
 * licence, an exploitation licence's certificate), or null
 * @param holder the holder's user name
 * @param type {@code EXPLORATION}, {@code DISCOVERY_CERTIFICATE}, {@code EXPLOITATION} or
 * {@code WITHDRAWAL_PERMIT}
 * @param mineral the mineral code
 * @param status {@code ACTIVE}, {@code SUPERSEDED}, {@code CLOSED}, {@code LAPSED} or
 * {@code EXPIRED}, as the clock has it now
 * @param issuedAt when it was issued
 * @param issuedBy the officer who issued it
 * @param areaM2 its area, m² on the ellipsoid
 * @param geometry its operational area (Art. 26), GeoJSON
 * @param compensation whether it overlaps private property (Art. 22)
 * @param compensationParcels the parcels overlapped, with areas
 * @param levy whether it overlaps national resources (Art. 25 levy)
 * @param endsAt when its term ends (midnight in Asia/Tehran after its last day), or null
 * @param lastDaySolarHijri the last day of its term, Solar Hijri, or null
 * @param daysLeft whole days from today (Asia/Tehran) to that day while it is active, or
 * null
 * @param termYears an exploitation licence's current period, in years
 * @param reserve a discovery certificate's reserve: quantity and quality (Art. 7)
 * @param explorationCostRials a discovery certificate's cost of exploration (Art. 7, 8
 * note)
 * @param requestedAt when the holder asked for the exploitation licence (a certificate,
 * Art. 8) or the renewal (an exploitation licence, Art. 10 note 3), or null
 * @param requestNote what the holder wrote with it, or null
 * @param endedAt when it stopped being active, or null
 * @param endReason why it stopped, or null
 * @param registeredAt when a licence issued before the service entered the register (its
 * {@code issuedAt} is then the start of its day of issue, {@code issuedBy} the officer
 * who registered it), or null
 * @param transferTo the applicant the holder asked to transfer it to, while the ministry
 * has not decided, or null
 * @param transferAskedAt when the holder asked for that transfer, or null
 * @param transferNote what the holder wrote with it, or null
 * @param warnings the ministry's warnings to its holder (Art. 20), the first first: each
 * {@code id}, {@code obligation}, {@code issuedAt}, {@code issuedBy}, {@code deadline},
 * {@code lastDaySolarHijri}, {@code daysLeft} (while open), {@code status} ({@code OPEN},
 * {@code OVERDUE}, {@code FULFILLED}, {@code DAMAGES} or {@code UNFIT}), the holder's
 * {@code reportedAt} and {@code report}, and the officer's {@code decidedAt},
 * {@code decidedBy} and {@code reason}
 * @param renewalCorrectableUntilSolarHijri while the period an exploitation licence's
 * latest renewal added has not begun, the last day of the period it followed: until the
 * end of that day an officer may correct the renewal's years; otherwise null
 */
public record LicenceView(UUID id, long number, UUID applicationId, UUID parentId, String holder, String type,
		String mineral, String status, Instant issuedAt, String issuedBy, @JsonProperty("area_m2") double areaM2,
		@JsonRawValue String geometry, boolean compensation, @JsonRawValue String compensationParcels, boolean levy,
		Instant endsAt, String lastDaySolarHijri, Integer daysLeft, Integer termYears, String reserve,
		BigDecimal explorationCostRials, Instant requestedAt, String requestNote, Instant endedAt, String endReason,
		Instant registeredAt, String transferTo, Instant transferAskedAt, String transferNote,
		@JsonRawValue String warnings, String renewalCorrectableUntilSolarHijri) {

}
