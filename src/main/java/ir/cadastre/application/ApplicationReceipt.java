package ir.cadastre.application;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

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
		@JsonProperty("requestedArea_m2") double requestedAreaM2, boolean trimmed, int utmSrid, List<Ring> rings,
		@JsonRawValue String inquiries, Recorded recorded) {

	/**
	 * One ring of the area.
	 *
	 * @param polygon the polygon it belongs to, from 1
	 * @param hole whether it is a hole; the first ring of each polygon is its shell
	 * @param vertices its vertices in order, the closing one (the first again) left out
	 */
	record Ring(int polygon, boolean hole, List<Vertex> vertices) {
	}

	/**
	 * A vertex, numbered from 1 in its ring.
	 *
	 * @param n its number
	 * @param lon longitude, WGS 84
	 * @param lat latitude, WGS 84
	 * @param easting metres east in the UTM zone
	 * @param northing metres north in the UTM zone
	 */
	record Vertex(int n, double lon, double lat, double easting, double northing) {
	}

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
