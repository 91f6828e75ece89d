package ir.cadastre.inquiry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonRawValue;
import ir.cadastre.audit.Audit;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.layer.LayerCatalog;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

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

	private final DecreedWindows windows;

	Decrees(JdbcClient db, GeometryIntake intake, LayerCatalog layers, Audit audit, Outbox outbox,
			DecreedWindows windows) {
		this.db = db;
		this.intake = intake;
		this.layers = layers;
		this.audit = audit;
		this.outbox = outbox;
		this.windows = windows;
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
					Text.of("There is no agency '{0}'.", request.agency()));
		}
		List<DecreedWindows.Change> changes = this.windows.change(request, region);
		long decree = this.db
			.sql("""
					INSERT INTO decree (action, days, layer_id, agency_id, region, reason, reference, issued_by, issued_at, affected)
					VALUES (:action, :days, :layer, :agency, ST_GeomFromWKB(:region, 4326), :reason, :reference, :officer,
					        cadastre_now(), :affected)
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
			.param("affected", changes.size())
			.query(Long.class)
			.single();
		List<Audit.Event> events = new ArrayList<>();
		List<Notification> notices = new ArrayList<>();
		for (DecreedWindows.Change change : changes) {
			notices.addAll(told(request, change.window(),
					(change.deadline() != null) ? change.deadline().lastDaySolarHijri() : null));
			Map<String, Object> details = new HashMap<>(change.details());
			details.put("decree", decree);
			details.put("reference", request.reference());
			events.add(new Audit.Event(officer.username(), "inquiry." + request.action().toLowerCase(),
					"inquiry:" + change.window().id(), details, null));
		}
		this.outbox.add(notices);
		events.add(new Audit.Event(
				officer.username(), "decree.issue", "decree:" + decree, Map.of("action", request.action(), "affected",
						changes.size(), "reason", request.reason(), "reference", request.reference()),
				(region != null) ? Audit.sha256(region) : null));
		this.audit.recordAll(events);
		return new Issued(decree, request.action(), changes.size());
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
	private static List<Notification> told(DecreeRequest request, DecreedWindows.Window window, String lastDay) {
		DecreedWindows.Asked asked = window.asked();
		Object[] facts = { "action", request.action(), "reference", request.reference(), "reason", request.reason(),
				"receipt", asked.receipt(), "days", request.days(), "lastDay",
				(lastDay != null) ? new SolarDay(lastDay) : null, "agency", asked.agencyName() };
		return List.of(
				Notification.of("DECREE", "agency:" + asked.agency(), "inquiry:" + window.id(), "inquiry.decreed",
						facts),
				Notification.of("DECREE", "user:" + asked.applicant(), "application:" + asked.application(),
						"application.decreed", facts));
	}

	private static void check(DecreeRequest request) {
		List<InputError> errors = new ArrayList<>();
		String action = request.action();
		if (action == null || !List.of("EXTEND", "PAUSE", "RESUME").contains(action)) {
			errors.add(InputError.of("action", Text.of("must be EXTEND, PAUSE or RESUME")));
		}
		if ("EXTEND".equals(action) && (request.days() == null || request.days() < 1 || request.days() > 365)) {
			errors.add(InputError.of("days", Text.of("an extension gives 1 to 365 days")));
		}
		if (!"EXTEND".equals(action) && request.days() != null) {
			errors.add(InputError.of("days", Text.of("only an extension gives days")));
		}
		int scopes = ((request.layer() != null) ? 1 : 0) + ((request.agency() != null) ? 1 : 0)
				+ ((request.region() != null && !request.region().isNull()) ? 1 : 0);
		if (scopes != 1) {
			errors.add(InputError.of("layer", Text.of("name exactly one scope: layer, agency or region")));
		}
		text(errors, "reason", request.reason());
		text(errors, "reference", request.reference());
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-decree", "Invalid decree",
					Text.of("The decree is not complete or not consistent."), errors, Map.of());
		}
	}

	private static void text(List<InputError> errors, String field, String value) {
		if (value == null || value.isBlank() || value.length() > MAX_TEXT) {
			errors.add(InputError.of(field, Text.of("required, at most {0} characters", MAX_TEXT)));
		}
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
