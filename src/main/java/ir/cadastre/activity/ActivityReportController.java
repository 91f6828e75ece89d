package ir.cadastre.activity;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/activity-reports} (MINISTRY_OFFICER, AGENCY_REVIEWER): report mining
 * activity seen on an area, which is checked against the licences (Art. 19, 26, 34), and
 * read the reports.
 */
@RestController
class ActivityReportController {

	private final ActivityReports reports;

	private final ActivityReportReader reader;

	ActivityReportController(ActivityReports reports, ActivityReportReader reader) {
		this.reports = reports;
		this.reader = reader;
	}

	@PostMapping(path = "/api/v1/activity-reports",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	ResponseEntity<ActivityReportView> file(@RequestBody ActivityReportRequest request,
			@AuthenticationPrincipal CadastreUser reporter) {
		ActivityReportView report = this.reports.file(request, reporter);
		return ResponseEntity.created(URI.create("/api/v1/activity-reports/" + report.id())).body(report);
	}

	/**
	 * The reports the user may see, the latest first; {@code flagged=true} keeps those
	 * with activity outside every licence, {@code flagged=false} the others; all of them
	 * page by page with {@code page} and {@code pageSize}, and {@code after} as
	 * {@code next} gives it.
	 */
	@GetMapping("/api/v1/activity-reports")
	ResponseEntity<Object> list(@RequestParam(required = false) String flagged,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CadastreUser user) {
		Paging paging = Paging.of(page, pageSize, after, 1000);
		return paging.respond(this.reader.list(user, flagged, paging), (report) -> List.of(report.number()));
	}

	@GetMapping("/api/v1/activity-reports/{id}")
	ActivityReportView get(@PathVariable UUID id, @AuthenticationPrincipal CadastreUser user) {
		return this.reader.get(id, user);
	}

}
