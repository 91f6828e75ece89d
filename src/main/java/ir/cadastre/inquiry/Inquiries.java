package ir.cadastre.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.LegalWindows;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.overlap.Overlap;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Paging;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens Article 24 inquiries, shows them to the agency asked (and to officers), and takes
 * the agency's answer while its window is open. Every change to an inquiry first locks
 * its application's row, so the application's state follows its inquiries exactly.
 */
@Component
public class Inquiries {

	private static final Set<String> DECISIONS = Set.of("CONSENT", "OBJECTION", "PARTIAL_OBJECTION");

	private static final Set<String> STATES = Set.of("OPEN", "CONSENTED", "OBJECTED", "PARTIALLY_OBJECTED",
			"DEEMED_CONSENT");

	private static final int MAX_REASON = 4000;

	private static final String COLUMNS = SqlFile.read("sql/inquiry/inquiry-view.sql");

	private static final String VIEW = COLUMNS + " FROM inquiry i JOIN application a ON a.id = i.application_id";

	private static final String VISIBLE = " WHERE (:agency = '' OR i.agency_id = :agency)";

	/**
	 * A page of the list, filtered by state and days left: the open ones first by
	 * deadline, then the rest latest first. It is chosen on the ids alone, so that the
	 * view's columns are computed for its rows only, not for every row before them.
	 */
	private static final String PAGE = COLUMNS + """
			 FROM unnest(ARRAY(
			     SELECT i.id FROM inquiry i %s
			        AND (CAST(:status AS text) IS NULL OR inquiry_status(i) = :status)
			        AND (CAST(:due AS int) IS NULL OR (inquiry_status(i) = 'OPEN' AND days_left(i.last_day) <= :due))
			     ORDER BY CASE WHEN inquiry_status(i) = 'OPEN' THEN i.deadline END NULLS LAST, i.deadline DESC, i.id
			     LIMIT :limit OFFSET :offset)) WITH ORDINALITY AS page (id, n)
			 JOIN inquiry i ON i.id = page.id
			 JOIN application a ON a.id = i.application_id
			 ORDER BY page.n
			""".formatted(VISIBLE);

	private final JdbcClient db;

	private final LegalWindows windows;

	private final GeometryIntake intake;

	private final Audit audit;

	private final JsonMapper json;

	private final InquiryProperties properties;

	private final double sliverM2;

	private final String open = SqlFile.read("sql/inquiry/open-inquiries.sql");

	private final String consultationDone = SqlFile.read("sql/inquiry/consultation-done.sql");

	Inquiries(JdbcClient db, LegalWindows windows, GeometryIntake intake, Audit audit, JsonMapper json,
			InquiryProperties properties, @Value("${cadastre.overlap.sliver-m2:1.0}") double sliverM2) {
		this.db = db;
		this.windows = windows;
		this.intake = intake;
		this.audit = audit;
		this.json = json;
		this.properties = properties;
		this.sliverM2 = sliverM2;
	}

	/**
	 * Opens one inquiry per agency whose layers an application overlaps, notified at the
	 * application's receipt, under the Article 24 window in force then, each recorded in
	 * the audit trail. Call inside the transaction that accepts the application.
	 * @param application the application's id
	 * @param notifiedAt its receipt
	 * @param overlaps its overlaps
	 * @param actor who submitted it
	 * @param geometryHash the SHA-256 of its area
	 * @return the inquiries opened as the application lists them (a JSON array), or
	 * {@code null} when it needs none
	 */
	public String open(UUID application, Instant notifiedAt, List<Overlap> overlaps, String actor,
			String geometryHash) {
		if (overlaps.stream().noneMatch((o) -> o.has("INQUIRY"))) {
			return null;
		}
		LegalWindows.Window window = this.windows.article24(notifiedAt);
		return this.db.sql(this.open)
			.param("application", application)
			.param("notifiedAt", Timestamp.from(notifiedAt))
			.param("rule", window.ruleId())
			.param("months", window.months())
			.param("deadline", Timestamp.from(window.deadline().closesAt()))
			.param("lastDay", window.deadline().lastDay())
			.param("lastDaySolarHijri", window.deadline().lastDaySolarHijri())
			.param("overlaps", this.json.writeValueAsString(overlaps))
			.param("actor", actor)
			.param("geometryHash", geometryHash)
			.query(String.class)
			.single();
	}

	/**
	 * The inquiries a reviewer's agency was asked, or all for an officer: the open ones
	 * first by deadline, so that none an agency must still answer is left out of the
	 * first 5,000, then the answered and deemed ones, latest first.
	 * @param status only those in this state now, or {@code null}
	 * @param dueWithinDays only open ones with at most this many days left, or
	 * {@code null}
	 * @param paging the page asked for, if any; unpaged, the first 5,000
	 */
	List<InquiryView> list(CadastreUser user, String status, Integer dueWithinDays, Paging paging) {
		if (status != null && !STATES.contains(status)) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
					"status is one of " + String.join(", ", STATES.stream().sorted().toList()) + ".");
		}
		if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 3660)) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
					"dueWithinDays is a number of days from 0 to 3660.");
		}
		return visible(PAGE, user).param("status", status)
			.param("due", dueWithinDays)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(this::view)
			.list();
	}

	/**
	 * The inquiry, if this user may see it.
	 * @throws CadastreProblem 404 when it does not exist or is another agency's
	 */
	InquiryView get(UUID id, CadastreUser user) {
		return visible(VIEW + VISIBLE + " AND i.id = :id", user).param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * Records an agency's answer, decided by the database's time of receipt: after the
	 * window has closed, or once answered, it is refused.
	 * @throws CadastreProblem 404 when not the reviewer's agency's; 409 when the window
	 * has closed or it was answered; 422 for a refused part outside the application
	 */
	@Transactional
	public InquiryView respond(UUID id, InquiryAnswer answer, CadastreUser reviewer) {
		String decision = checkDecision(answer);
		AcceptedArea refused = "PARTIAL_OBJECTION".equals(decision)
				? this.intake.accept("refusedGeometry", answer.refusedGeometry()) : null;
		UUID application = this.db.sql("""
				SELECT a.id FROM inquiry i JOIN application a ON a.id = i.application_id
				WHERE i.id = :id AND i.agency_id = :agency FOR UPDATE OF a
				""")
			.param("id", id)
			.param("agency", reviewer.agency())
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> notFound(id));
		String now = this.db.sql("SELECT inquiry_status(i) FROM inquiry i WHERE i.id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		if (!"OPEN".equals(now)) {
			throw closed(id, now);
		}
		if (refused != null) {
			checkInside(refused, application);
		}
		this.db.sql("""
				UPDATE inquiry i SET status = :status, answered_at = cadastre_now(), answered_by = :reviewer,
				       reason = :reason,
				       refused_geom = ST_Multi(ST_CollectionExtract(ST_Intersection(ST_GeomFromWKB(:refused, 4326),
				           (SELECT geom FROM application WHERE id = i.application_id)), 3))
				WHERE i.id = :id AND inquiry_status(i) = 'OPEN'
				""")
			.param("status", state(decision))
			.param("reviewer", reviewer.username())
			.param("reason", answer.reason())
			.param("refused", (refused != null) ? refused.wkb() : null)
			.param("id", id)
			.update();
		this.db.sql(this.consultationDone).param("applications", new String[] { application.toString() }).update();
		this.audit.record(reviewer.username(), "inquiry.answer", "inquiry:" + id,
				Map.of("application", application.toString(), "decision", decision, "reason",
						(answer.reason() != null) ? answer.reason() : ""),
				(refused != null) ? Audit.sha256(refused.wkb()) : null);
		return get(id, reviewer);
	}

	private static String checkDecision(InquiryAnswer answer) {
		List<InputError> errors = new ArrayList<>();
		String decision = answer.decision();
		if (decision == null || !DECISIONS.contains(decision)) {
			errors.add(InputError.of("decision", "must be CONSENT, OBJECTION or PARTIAL_OBJECTION"));
		}
		boolean objection = "OBJECTION".equals(decision) || "PARTIAL_OBJECTION".equals(decision);
		if (objection && (answer.reason() == null || answer.reason().isBlank())) {
			errors.add(InputError.of("reason", "an objection must give its reason"));
		}
		if (answer.reason() != null && answer.reason().length() > MAX_REASON) {
			errors.add(InputError.of("reason", "at most " + MAX_REASON + " characters"));
		}
		boolean hasRefused = answer.refusedGeometry() != null && !answer.refusedGeometry().isNull();
		if ("PARTIAL_OBJECTION".equals(decision) != hasRefused && decision != null && DECISIONS.contains(decision)) {
			errors.add(InputError.of("refusedGeometry", "PARTIAL_OBJECTION".equals(decision)
					? "a partial objection must give the refused part" : "only a partial objection refuses a part"));
		}
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-answer", "Invalid answer",
					"The answer is not complete or not consistent.", errors, Map.of());
		}
		return decision;
	}

	private void checkInside(AcceptedArea refused, UUID application) {
		Map<String, Object> parts = this.db.sql("""
				SELECT ST_Area(ST_Difference(r.g, a.geom)::geography) AS outside,
				       ST_Area(ST_Intersection(r.g, a.geom)::geography) AS inside
				FROM application a, (SELECT ST_GeomFromWKB(:refused, 4326) AS g) r WHERE a.id = :application
				""").param("refused", refused.wkb()).param("application", application).query().singleRow();
		double outside = ((Number) parts.get("outside")).doubleValue();
		double inside = ((Number) parts.get("inside")).doubleValue();
		if (outside > this.sliverM2 || inside <= this.sliverM2) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "refused-outside-application",
					"Refused part outside the application",
					String.format("The refused part must lie within the application; %.1f m² of it lies outside.",
							outside),
					List.of(InputError.of("refusedGeometry", "must lie within the application")), Map.of());
		}
	}

	private static String state(String decision) {
		return switch (decision) {
			case "CONSENT" -> "CONSENTED";
			case "OBJECTION" -> "OBJECTED";
			default -> "PARTIALLY_OBJECTED";
		};
	}

	private static CadastreProblem closed(UUID id, String status) {
		if ("DEEMED_CONSENT".equals(status)) {
			return new CadastreProblem(HttpStatus.CONFLICT, "window-closed", "Window closed",
					"The Article 24 window of inquiry " + id
							+ " has closed unanswered; the agency is deemed to consent (DEEMED_CONSENT).");
		}
		return new CadastreProblem(HttpStatus.CONFLICT, "already-answered", "Already answered",
				"Inquiry " + id + " was answered already (" + status + ").");
	}

	private JdbcClient.StatementSpec visible(String sql, CadastreUser user) {
		return this.db.sql(sql)
			.param("agency", (user.role() == Role.AGENCY_REVIEWER) ? user.agency() : "")
			.param("warningDays", this.properties.warningDays());
	}

	private InquiryView view(ResultSet rs, int n) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		Timestamp deemedAt = rs.getTimestamp("deemed_at");
		String status = rs.getString("status");
		InquiryView.Response response = (answeredAt != null)
				? new InquiryView.Response(decisionOf(status), rs.getString("reason"), rs.getString("refused_geometry"),
						answeredAt.toInstant(), rs.getString("answered_by"))
				: null;
		return new InquiryView(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getLong("application_receipt"), rs.getString("agency_id"), status,
				rs.getTimestamp("notified_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				rs.getString("last_day_solar_hijri"), rs.getInt("days_left"), rs.getBoolean("due_soon"),
				rs.getBoolean("paused"), rs.getString("application_geometry"), rs.getString("overlaps"), response,
				(deemedAt != null) ? deemedAt.toInstant() : null);
	}

	private static String decisionOf(String status) {
		return switch (status) {
			case "CONSENTED" -> "CONSENT";
			case "OBJECTED" -> "OBJECTION";
			default -> "PARTIAL_OBJECTION";
		};
	}

	static CadastreProblem notFound(UUID id) {
		return new CadastreProblem(HttpStatus.NOT_FOUND, "inquiry-not-found", "Inquiry not found",
				"There is no inquiry " + id + " that you may see.");
	}

}
