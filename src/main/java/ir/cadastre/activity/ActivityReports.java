package ir.cadastre.activity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.overlap.OverlapProperties;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.IsoDay;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files activity reports: checks the reported area against the current licences
 * ({@code sql/activity/file-activity-report.sql}), stores the report with what covers it
 * and what lies outside, and records it in the audit trail, in one transaction.
 */
@Component
class ActivityReports {

	static final int MAX_DESCRIPTION = 2000;

	private final JdbcClient db;

	private final GeometryIntake intake;

	private final ActivityReportReader reader;

	private final Audit audit;

	private final Clock clock;

	private final double sliverM2;

	private final String file = SqlFile.read("sql/activity/file-activity-report.sql");

	ActivityReports(JdbcClient db, GeometryIntake intake, ActivityReportReader reader, Audit audit, Clock clock,
			OverlapProperties overlap) {
		this.db = db;
		this.intake = intake;
		this.reader = reader;
		this.audit = audit;
		this.clock = clock;
		this.sliverM2 = overlap.sliverM2();
	}

	/**
	 * Files a report. The licences are those in force on the day the activity was seen
	 * (Art. 19), at any moment of it, as the register tells; without that day, those
	 * current when it is filed. A licence that only touches the area along an edge or at
	 * a corner, or shares no more than the sliver tolerance, does not cover it. On a day
	 * before the licences layer's features outside the register were loaded, whether they
	 * were in force is not recorded: their part is undetermined, not flagged.
	 * @param request the report
	 * @param reporter the officer or reviewer reporting it
	 * @return the report, flagged when more than the sliver tolerance lies outside every
	 * licence (Art. 19)
	 * @throws CadastreProblem 400 for a missing, blank or too long description, or a day
	 * that is not {@code yyyy-MM-dd}; 422 for a day after today (Asia/Tehran, by the
	 * service clock); intake's problems for the area. Nothing is stored then.
	 */
	@Transactional
	public ActivityReportView file(ActivityReportRequest request, CadastreUser reporter) {
		LocalDate observedOn = checkFields(request);
		AcceptedArea area = this.intake.accept(request.geometry(), request.vertices());
		UUID id = this.db.sql(this.file)
			.param("wkb", area.wkb())
			.param("sliver", this.sliverM2)
			.param("reportedBy", reporter.username())
			.param("observedOn", observedOn)
			.param("dayStart", startOf(observedOn))
			.param("dayEnd", (observedOn != null) ? startOf(observedOn.plusDays(1)) : null)
			.param("description", request.description())
			.query(UUID.class)
			.single();
		ActivityReportView report = this.reader.get(id, reporter);
		List<String> covering = new ArrayList<>();
		report.covering()
			.forEach((licence) -> covering.add(licence.has("licenceId")
					? "licence:" + licence.get("licenceId").asString() : licence.path("featureId").asString()));
		this.audit.record(reporter.username(), "activity.reported", "activity-report:" + id,
				Map.of("number", report.number(), "flagged", report.flagged(), "area_m2", report.areaM2(),
						"outsideArea_m2", report.outsideAreaM2(), "covering", covering),
				Audit.sha256(area.wkb()));
		return report;
	}

	/** A day's first instant in Tehran, or {@code null} for no day. */
	private static Timestamp startOf(LocalDate day) {
		return (day != null) ? Timestamp.from(day.atStartOfDay(SolarHijri.TEHRAN).toInstant()) : null;
	}

	/** The description and the day; the area is intake's. */
	private LocalDate checkFields(ActivityReportRequest request) {
		List<InputError> errors = new ArrayList<>();
		String description = request.description();
		if (description == null || description.isBlank()) {
			errors.add(InputError.of("description", Text.of("say what was seen")));
		}
		else if (description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
			errors.add(InputError.of("description", Text.of("at most {0} characters", MAX_DESCRIPTION)));
		}
		LocalDate observedOn = null;
		if (request.observedOn() != null) {
			observedOn = IsoDay.parse(request.observedOn());
			if (observedOn == null) {
				errors.add(InputError.of("observedOn", Text.of("a day as yyyy-MM-dd (ISO 8601)")));
			}
			else if (IsoDay.looksSolarHijri(observedOn)) {
				errors.add(InputError.of("observedOn", Text.of(
						"a Gregorian day from 1900 on; {0} looks like a Solar Hijri day, given here as its Gregorian one",
						observedOn)));
			}
		}
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-activity-report", "Invalid activity report",
					Text.of("The report is not complete or not well formed."), errors, Map.of());
		}
		LocalDate today = LocalDate.now(this.clock.withZone(SolarHijri.TEHRAN));
		if (observedOn != null && observedOn.isAfter(today)) {
			Text reason = Text.of("the day the activity was seen cannot be after today ({0}, Asia/Tehran)", today);
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "observed-in-future", "Observed in the future",
					Text.of("The activity cannot have been seen on {0}, after today ({1}).", observedOn, today),
					List.of(InputError.of("observedOn", reason)), Map.of());
		}
		return observedOn;
	}

}
