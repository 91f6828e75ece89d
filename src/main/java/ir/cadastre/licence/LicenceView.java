package ir.cadastre.licence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * A licence as the API returns it.
 *
 * @param id its id
 * @param number its number in the register
 * @param applicationId the application it was granted on
 * @param holder the holder's user name
 * @param type {@code EXPLORATION}
 * @param mineral the mineral code
 * @param issuedAt when it was issued
 * @param issuedBy the officer who granted it
 * @param areaM2 its area, m² on the ellipsoid
 * @param geometry its operational area (Art. 26), GeoJSON
 * @param compensation whether it overlaps private property (Art. 22)
 * @param compensationParcels the parcels overlapped, with areas
 * @param levy whether it overlaps national resources (Art. 25 levy)
 */
public record LicenceView(UUID id, long number, UUID applicationId, String holder, String type, String mineral,
		Instant issuedAt, String issuedBy, @JsonProperty("area_m2") double areaM2, @JsonRawValue String geometry,
		boolean compensation, @JsonRawValue String compensationParcels, boolean levy) {

}
