package ir.cadastre.overlap;

import ir.cadastre.calendar.LegalWindows;
import ir.cadastre.geometry.GeometryIntake;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/overlaps}: checks an area and stores nothing.
 */
@RestController
class OverlapController {

	private final GeometryIntake intake;

	private final OverlapFinder overlaps;

	private final LegalWindows windows;

	OverlapController(GeometryIntake intake, OverlapFinder overlaps, LegalWindows windows) {
		this.intake = intake;
		this.overlaps = overlaps;
		this.windows = windows;
	}

	@PostMapping(path = "/api/v1/overlaps", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	OverlapReport check(@RequestBody OverlapRequest request) {
		OverlapReport report = this.overlaps.find(this.intake.accept(request.geometry(), request.vertices()));
		return report.has("INQUIRY") ? report.withInquiryDeadline(this.windows.article24Now()) : report;
	}

	/**
	 * @param geometry a GeoJSON area
	 * @param vertices or a UTM/DMS vertex list
	 */
	record OverlapRequest(JsonNode geometry, JsonNode vertices) {
	}

}
