package ir.cadastre.inquiry;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An inquiry as the API returns it (DESIGN §5).
 *
 * @param id its id
 * @param applicationId the application it is about
 * @param applicationReceipt that application's receipt number
 * @param agency the agency asked
 * @param status its state now: {@code OPEN}, {@code CONSENTED}, {@code OBJECTED},
 * {@code PARTIALLY_OBJECTED} or {@code DEEMED_CONSENT}
 * @param notifiedAt when the agency was notified (the application's receipt)
 * @param deadline the instant the window closes
 * @param deadlineSolarHijri the window's last day, Solar Hijri
 * @param daysLeft whole days from today (Asia/Tehran) to the last day; while paused, from
 * the day it was paused; {@code null} once it is closed (answered or deemed)
 * @param dueSoon whether it is open, not paused, and closes within the warning period
 * @param paused whether a decree has paused its window
 * @param pausedAt when it was paused, or {@code null}; its {@code deadline} stays the one
 * it had then, which may pass while it is paused
 * @param timeLeft while open and paused, the time it had left when paused, which it has
 * again when resumed (its deadline is then the end of the Tehran day that time runs out
 * in): an ISO 8601 duration in whole seconds, {@code P120DT12H30M0S}; otherwise
 * {@code null}
 * @param applicationGeometry the application's area, GeoJSON
 * @param overlaps the agency's features the application overlaps, with intersections;
 * left out in a summary
 * @param overlapAreaM2 the sum of the overlaps' areas, m²: the application on the
 * agency's land
 * @param response the agency's answer, {@code null} while open or when deemed
 * @param deemedAt when silence became consent (the deadline), if it did
 */
public record InquiryView(UUID id, UUID applicationId, long applicationReceipt, String agency, String status,
		Instant notifiedAt, Instant deadline, String deadlineSolarHijri, Integer daysLeft, boolean dueSoon,
		boolean paused, Instant pausedAt, String timeLeft, @JsonRawValue String applicationGeometry,
		@JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String overlaps,
		@JsonProperty("overlapArea_m2") double overlapAreaM2, Response response, Instant deemedAt) {

	/**
	 * An agency's answer.
	 *
	 * @param decision {@code CONSENT}, {@code OBJECTION} or {@code PARTIAL_OBJECTION}
	 * @param reason the agency's reason
	 * @param refusedGeometry the refused part of the application, GeoJSON; left out when
	 * nothing was refused, and in a summary
	 * @param answeredAt the database's time of receipt
	 * @param answeredBy the reviewer
	 */
	public record Response(String decision, String reason,
			@JsonInclude(JsonInclude.Include.NON_NULL) @JsonRawValue String refusedGeometry, Instant answeredAt,
			String answeredBy) {
	}

}
