package ir.cadastre.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonRawValue;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.layer.LayerCatalog;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decrees extending, pausing or resuming every open Article 24 window of a layer, an
 * agency or a region. Windows already closed are not reopened. Each inquiry changed is
 * audited, and told to its agency and to the applicant.
 */
@Component
class Decrees {

	private static final int MAX_TEXT = 4000;

	private final JdbcClient db;

	private final GeometryIntake intake;

	private final LayerCatalog layers;

	private final Audit audit;

	private final Outbox outbox;

	Decrees(JdbcClient db, GeometryIntake intake, LayerCatalog layers, Audit audit, Outbox outbox) {
		this.db = db;
		this.intake = intake;
		this.layers = layers;
		this.audit = audit;
		this.outbox = outbox;
	}

	/**
	 * Issues a decree.
	 * @return the decree with the number of inquiries it changed
	 * @throws CadastreProblem 400 for an incomplete decree; 404 for an unknown layer or
	 * agency
	 */
	@Transactional
	public Issued issue(DecreeRequest request, CadastreUser officer) {
		check(request);
		byte[] region = (request.region() != null && !request.region().isNull())
				? this.intake.accept("region", request.region()).wkb() : null;
		if (request.layer() != null) {
			this.layers.get(request.layer());
		}
		if (request.agency() != null && this.db.sql("SELECT count(*) FROM agency WHERE id = :id")
			.param("id", request.agency())
			.query(Integer.class)
			.single() == 0) {
			throw new CadastreProblem(HttpStatus.NOT_FOUND, "unknown-agency", "Unknown agency",
					"There is no agency '" + request.agency() + "'.");
		}
		List<Window> windows = this.db
			.sql("""
					WITH scoped AS (
					    SELECT a.id FROM application a
					    WHERE EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND i.status = 'OPEN')
					      AND (CAST(:region AS bytea) IS NULL OR ST_Intersects(a.geom, ST_GeomFromWKB(:region, 4326)))
					    ORDER BY a.id
					    FOR UPDATE OF a
					)
					SELECT i.id, i.last_day, i.paused_at, cadastre_now() AS now, i.agency_id, g.name, g.name_fa,
					       a.id AS application_id, a.receipt, a.applicant
					FROM inquiry i JOIN scoped ON scoped.id = i.application_id
					JOIN application a ON a.id = i.application_id JOIN agency g ON g.id = i.agency_id
					WHERE inquiry_status(i) = 'OPEN'
					  AND (CAST(:agency AS text) IS NULL OR i.agency_id = :agency)
					  AND (CAST(:layer AS text) IS NULL OR i.agency_overlaps @> jsonb_build_array(jsonb_build_object('layer', CAST(:layer AS text))))
					ORDER BY i.id
					""")
			.param("region", region)
			.param("agency", request.agency())
			.param("layer", request.layer())
			.query((rs, n) -> new Window(rs.getObject("id", UUID.class), rs.getDate("last_day").toLocalDate(),
					rs.getTimestamp("paused_at"), rs.getTimestamp("now"),
					new Asked(rs.getString("agency_id"),
							new Notification.Text(rs.getString("name_fa"), rs.getString("name")),
							rs.getObject("application_id", UUID.class), rs.getLong("receipt"),
							rs.getString("applicant"))))
			.list();
		long decree = this.db
			.sql("""
					INSERT INTO decree (action, days, layer_id, agency_id, region, reason, reference, issued_by, issued_at, affected)
					VALUES (:action, :days, :layer, :agency, ST_GeomFromWKB(:region, 4326), :reason, :reference, :officer,
					        cadastre_now(), 0)
					RETURNING id
					""")
			.param("action", request.action())
			.param("days", request.days())
			.param("layer", request.layer())
			.param("agency", request.agency())
			.param("region", region)
			.param("reason", request.reason())
			.param("reference", request.reference())
			.param("officer", officer.username())
			.query(Long.class)
			.single();
		List<Change> changes = windows.stream()
			.map((window) -> change(request, window))
			.filter(Objects::nonNull)
			.toList();
		store(request.action(), changes);
		List<Audit.Event> events = new ArrayList<>();
		List<Notification> notices = new ArrayList<>();
		for (Change change : changes) {
			notices.addAll(told(request, change.window(),
					(change.deadline() != null) ? change.deadline().lastDaySolarHijri() : null));
			Map<String, Object> details = new HashMap<>(change.details());
			details.put("decree", decree);
			details.put("reference", request.reference());
			events.add(new Audit.Event(officer.username(), "inquiry." + request.action().toLowerCase(),
					"inquiry:" + change.window().id(), details, null));
		}
		this.outbox.add(notices);
		this.db.sql("UPDATE decree SET affected = :n WHERE id = :id")
			.param("n", events.size())
			.param("id", decree)
			.update();
		events.add(new Audit.Event(
				officer.username(), "decree.issue", "decree:" + decree, Map.of("action", request.action(), "affected",
						events.size(), "reason", request.reason(), "reference", request.reference()),
				(region != null) ? Audit.sha256(region) : null));
		this.audit.recordAll(events);
		return new Issued(decree, request.action(), events.size() - 1);
	}

	/** The latest decrees, newest first. */
	List<Decree> latest(int limit) {
		return this.db.sql("""
				SELECT id, action, days, layer_id, agency_id, ST_AsGeoJSON(region, 7) AS region, reason, reference,
				       issued_by, issued_at, affected
				FROM decree ORDER BY id DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, n) -> new Decree(rs.getLong("id"), rs.getString("action"), rs.getObject("days", Integer.class),
					rs.getString("layer_id"), rs.getString("agency_id"), rs.getString("region"), rs.getString("reason"),
					rs.getString("reference"), rs.getString("issued_by"), rs.getTimestamp("issued_at").toInstant(),
					rs.getInt("affected")))
			.list();
	}

	/**
	 * What the agency asked and the applicant are told of a window the decree changed.
	 * @param lastDay the window's new last day, Solar Hijri; {@code null} when paused
	 */
	private static List<Notification> told(DecreeRequest request, Window window, String lastDay) {
		Asked asked = window.asked();
		Object[] facts = { "action", request.action(), "reference", request.reference(), "reason", request.reason(),
				"receipt", asked.receipt(), "days", request.days(), "lastDay",
				(lastDay != null) ? new SolarDay(lastDay) : null, "agency", asked.agencyName() };
		return List.of(
				Notification.of("DECREE", "agency:" + asked.agency(), "inquiry:" + window.id(), "inquiry.decreed",
						facts),
				Notification.of("DECREE", "user:" + asked.applicant(), "application:" + asked.application(),
						"application.decreed", facts));
	}

	/** What the decree does to one window; {@code null} when it does not change it. */
	private static Change change(DecreeRequest request, Window window) {
		switch (request.action()) {
			case "EXTEND" -> {
				return moved(window, SolarHijri.closingAtEndOf(window.lastDay()).extendedBy(request.days()));
			}
			case "PAUSE" -> {
				return (window.pausedAt() != null) ? null
						: new Change(window, null, Map.of("pausedAt", window.now().toInstant().toString()));
			}
			default -> {
				if (window.pausedAt() == null) {
					return null;
				}
				long pausedDays = ChronoUnit.DAYS.between(day(window.pausedAt()), day(window.now()));
				return moved(window, SolarHijri.closingAtEndOf(window.lastDay()).extendedBy(pausedDays));
			}
		}
	}

	private static Change moved(Window window, Deadline deadline) {
		return new Change(window, deadline, Map.of("previousLastDay", SolarHijri.format(window.lastDay()), "deadline",
				deadline.closesAt().toString(), "deadlineSolarHijri", deadline.lastDaySolarHijri()));
	}

	/**
	 * Writes the changes in one statement, however many windows the decree changes: a
	 * pause stops each window's clock; an extension or a resumption moves its deadline
	 * (and a resumption starts the clock again), and it is warned again before it closes.
	 */
	private void store(String action, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		String[] ids = changes.stream().map((c) -> c.window().id().toString()).toArray(String[]::new);
		if ("PAUSE".equals(action)) {
			this.db.sql("UPDATE inquiry SET paused_at = :now WHERE id = ANY (CAST(:ids AS uuid[]))")
				.param("now", changes.get(0).window().now())
				.param("ids", ids)
				.update();
			return;
		}
		this.db.sql("""
				UPDATE inquiry i SET deadline = c.deadline, last_day = c.last_day, last_day_solar_hijri = c.solar_hijri,
				       paused_at = CASE WHEN :resume THEN NULL ELSE i.paused_at END, warned_at = NULL
				FROM unnest(CAST(:ids AS uuid[]), CAST(:deadlines AS timestamptz[]), CAST(:lastDays AS date[]),
				            CAST(:solarHijri AS text[])) AS c (id, deadline, last_day, solar_hijri)
				WHERE i.id = c.id
				""")
			.param("resume", "RESUME".equals(action))
			.param("ids", ids)
			.param("deadlines", changes.stream().map((c) -> c.deadline().closesAt().toString()).toArray(String[]::new))
			.param("lastDays", changes.stream().map((c) -> c.deadline().lastDay().toString()).toArray(String[]::new))
			.param("solarHijri", changes.stream().map((c) -> c.deadline().lastDaySolarHijri()).toArray(String[]::new))
			.update();
	}

	private static LocalDate day(Timestamp instant) {
		return ZonedDateTime.ofInstant(instant.toInstant(), SolarHijri.TEHRAN).toLocalDate();
	}

	private static void check(DecreeRequest request) {
		List<InputError> errors = new ArrayList<>();
		String action = request.action();
		if (action == null || !List.of("EXTEND", "PAUSE", "RESUME").contains(action)) {
			errors.add(InputError.of("action", "must be EXTEND, PAUSE or RESUME"));
		}
		if ("EXTEND".equals(action) && (request.days() == null || request.days() < 1 || request.days() > 365)) {
			errors.add(InputError.of("days", "an extension gives 1 to 365 days"));
		}
		if (!"EXTEND".equals(action) && request.days() != null) {
			errors.add(InputError.of("days", "only an extension gives days"));
		}
		int scopes = ((request.layer() != null) ? 1 : 0) + ((request.agency() != null) ? 1 : 0)
				+ ((request.region() != null && !request.region().isNull()) ? 1 : 0);
		if (scopes != 1) {
			errors.add(InputError.of("layer", "name exactly one scope: layer, agency or region"));
		}
		text(errors, "reason", request.reason());
		text(errors, "reference", request.reference());
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-decree", "Invalid decree",
					"The decree is not complete or not consistent.", errors, Map.of());
		}
	}

	private static void text(List<InputError> errors, String field, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
			errors.add(InputError.of(field, "required, at most " + MAX_TEXT + " characters"));
		}
	}

	private record Window(UUID id, LocalDate lastDay, Timestamp pausedAt, Timestamp now, Asked asked) {
	}

	/**
	 * What a decree does to a window.
	 *
	 * @param window the window
	 * @param deadline its new deadline, or {@code null} when paused
	 * @param details what the audit trail records of it
	 */
	private record Change(Window window, Deadline deadline, Map<String, Object> details) {
	}

	/** Who an inquiry asks, and about what. */
	private record Asked(String agency, Notification.Text agencyName, UUID application, long receipt,
			String applicant) {
	}

	/**
	 * A decree as the ministry issued it.
	 *
	 * @param id its number
	 * @param action {@code EXTEND}, {@code PAUSE} or {@code RESUME}
	 * @param days the days an extension gave, or {@code null}
	 * @param layer its scope: a layer, or {@code null}
	 * @param agency or an agency
	 * @param region or a region (GeoJSON)
	 * @param reason why
	 * @param reference its reference
	 * @param issuedBy the officer who issued it
	 * @param issuedAt when
	 * @param affected the open windows it changed
	 */
	record Decree(long id, String action, Integer days, String layer, String agency, @JsonRawValue String region,
			String reason, String reference, String issuedBy, Instant issuedAt, int affected) {
	}

	/**
	 * A decree issued.
	 *
	 * @param id its number
	 * @param action what it did
	 * @param affected the inquiries it changed
	 */
	record Issued(long id, String action, int affected) {
	}

}
