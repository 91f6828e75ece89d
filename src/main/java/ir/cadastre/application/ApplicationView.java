package ir.cadastre.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An application as the API returns it (DESIGN §5).
 *
 * @param id its id
 * @param receipt its receipt number: priority order
 * @param receivedAt the database's time of acceptance
 * @param status its state
 * @param type {@code EXPLORATION}
 * @param mineral the mineral code
 * @param applicant the applicant's user name
 * @param areaM2 the area claimed, m² on the ellipsoid
 * @param requestedAreaM2 the area asked for (larger when trimmed)
 * @param trimmed whether the area was reduced to its free part
 * @param geometry the area claimed, GeoJSON
 * @param overlaps the overlap report at submission; {@code null} in a summary
 * @param consultedAgencies agencies whose Article 24 opinion the application needs
 * @param compensation whether private property is overlapped (Art. 22)
 * @param compensationParcels the property parcels overlapped, with areas (Art. 22);
 * {@code null} in a summary
 * @param levy whether national resources are overlapped (Art. 25 levy)
 * @param withdrawnAt when it was withdrawn, if it was
 * @param inquiries its Article 24 inquiries, with their deadlines
 * @param grantableGeometry the area minus every part an agency refused, GeoJSON;
 * {@code null} when nothing was refused (then it is {@code geometry}), and in a summary
 * @param grantableAreaM2 the grantable area, m²
 * @param decision the ministry's decision, once made
 * @param licenceId the licence issued on it, once granted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationView(UUID id, long receipt, Instant receivedAt, String status, String type, String mineral,
		String applicant, @JsonProperty("area_m2") double areaM2,
		@JsonProperty("requestedArea_m2") double requestedAreaM2, boolean trimmed, @JsonRawValue String geometry,
		@JsonRawValue String overlaps, List<String> consultedAgencies, boolean compensation,
		@JsonRawValue String compensationParcels, boolean levy, Instant withdrawnAt, @JsonRawValue String inquiries,
		@JsonRawValue String grantableGeometry, @JsonProperty("grantableArea_m2") double grantableAreaM2,
		@JsonRawValue String decision, UUID licenceId) {

	/**
	 * This application, just accepted, with the inquiries its submission opened.
	 * @param opened the inquiries, a JSON array
	 * @return the application under consultation
	 */
	ApplicationView underConsultation(String opened) {
		return new ApplicationView(this.id, this.receipt, this.receivedAt, "UNDER_CONSULTATION", this.type,
				this.mineral, this.applicant, this.areaM2, this.requestedAreaM2, this.trimmed, this.geometry,
				this.overlaps, this.consultedAgencies, this.compensation, this.compensationParcels, this.levy,
				this.withdrawnAt, opened, this.grantableGeometry, this.grantableAreaM2, this.decision, this.licenceId);
	}

}
