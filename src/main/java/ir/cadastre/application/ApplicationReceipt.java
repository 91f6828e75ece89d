package ir.cadastre.application;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import ir.cadastre.geometry.AreaVertices;

/**
 * An application's receipt, the proof of its priority (DESIGN §3): its number and the
 * database's time of receipt, what was applied for, the area received vertex by vertex,
 * and the audit event that recorded it.
 *
 * @param receipt the receipt number
 * @param receivedAt the time of receipt
 * @param receivedAtSolarHijri the same in Tehran, in the Solar Hijri calendar,
 * {@code yyyy-MM-ddTHH:mm:ss}
 * @param applicant the applicant
 * @param type the licence applied for
 * @param mineral the mineral's catalogue code
 * @param status the application's state now
 * @param areaM2 the area received, in m² on the ellipsoid
 * @param requestedAreaM2 the area asked for, larger when it was trimmed to its free part
 * @param trimmed whether it was
 * @param utmSrid the UTM zone the vertices are also given in (EPSG:32638 to 32641)
 * @param rings the area's rings: of each polygon its shell, then its holes
 * @param inquiries the Art. 24 inquiries its submission opened (a JSON array)
 * @param recorded the audit event of its submission
 */
record ApplicationReceipt(long receipt, Instant receivedAt, String receivedAtSolarHijri, String applicant, String type,
		String mineral, String status, @JsonProperty("area_m2") double areaM2,
		@JsonProperty("requestedArea_m2") double requestedAreaM2, boolean trimmed, int utmSrid,
		List<AreaVertices.Ring> rings, @JsonRawValue String inquiries, Recorded recorded) {

	/**
	 * The audit event that recorded the submission.
	 *
	 * @param event its id in the audit trail
	 * @param at when it was recorded
	 * @param geometryHash the SHA-256 of the area as received
	 * @param hash the event's hash, which the chain covers
	 */
	record Recorded(long event, Instant at, String geometryHash, String hash) {
	}

}
