package ir.cadastre.inquiry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.LegalWindows;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.overlap.Overlap;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens Article 24 inquiries and takes the agency's answer while its window is open
 * ({@link InquiryReader} shows them). Every change to an inquiry first locks its
 * application's row, so the application's state follows its inquiries exactly.
 */
@Component
public class Inquiries {

	/**
	 * The features an inquiry {@code q} asks its agency about, as listed when it opened:
	 * the agency's land in the application.
	 */
	private static final String AGENCY_FEATURES = """
			(SELECT CAST(o ->> 'featureId' AS bigint) FROM jsonb_array_elements(q.agency_overlaps) o)""";

	private final JdbcClient db;

	private final LegalWindows windows;

	private final GeometryIntake intake;

	private final Audit audit;

	private final JsonMapper json;

	private final InquiryReader reader;

	private final Outbox outbox;

	private final double sliverM2;

	private final String open = SqlFile.read("sql/inquiry/open-inquiries.sql");

	private final String consultationDone = SqlFile.read("sql/inquiry/consultation-done.sql");

	Inquiries(JdbcClient db, LegalWindows windows, GeometryIntake intake, Audit audit, JsonMapper json,
			InquiryReader reader, Outbox outbox, @Value("${cadastre.overlap.sliver-m2:1.0}") double sliverM2) {
		this.db = db;
		this.windows = windows;
		this.intake = intake;
		this.audit = audit;
		this.json = json;
		this.reader = reader;
		this.outbox = outbox;
		this.sliverM2 = sliverM2;
	}

	/**
	 * Opens one inquiry per agency whose layers an application overlaps, notified at the
	 * application's receipt, under the Article 24 window in force then, each recorded in
	 * the audit trail; each agency is notified (Art. 24: its window runs from then). Call
	 * inside the transaction that accepts the application.
	 * @param application the application's id
	 * @param receipt its receipt number
	 * @param notifiedAt its time of receipt
	 * @param overlaps its overlaps
	 * @param actor who submitted it
	 * @param geometryHash the SHA-256 of its area
	 * @return the inquiries opened as the application lists them (a JSON array), or
	 * {@code null} when it needs none
	 */
	public String open(UUID application, long receipt, Instant notifiedAt, List<Overlap> overlaps, String actor,
			String geometryHash) {
		if (overlaps.stream().noneMatch((o) -> o.has("INQUIRY"))) {
			return null;
		}
		LegalWindows.Window window = this.windows.article24(notifiedAt);
		// The same notice to each agency; the statement addresses it to each, about its
		// inquiry.
		Notification notice = Notification.of("INQUIRY_OPENED", "agency:*", "inquiry:*", "inquiry.opened", "receipt",
				receipt, "lastDay", new SolarDay(window.deadline().lastDaySolarHijri()));
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
			.param("subjectFa", notice.subject().fa())
			.param("bodyFa", notice.body().fa())
			.param("subject", notice.subject().en())
			.param("body", notice.body().en())
			.query(String.class)
			.single();
	}

	/**
	 * Closes the inquiries of an application withdrawn or rejected whose windows are
	 * still open (WITHDRAWN) and tells each agency it need not answer. Call inside the
	 * transaction that ends the application, which holds its row, so that no answer comes
	 * in between.
	 * @param application the application
	 * @param receipt its receipt number
	 * @param ended {@code WITHDRAWN} by its applicant or {@code REJECTED} by the ministry
	 * @param actor who ended it
	 * @return the audit events of the inquiries closed, for the caller to record with its
	 * own
	 */
	public List<Audit.Event> withdraw(UUID application, long receipt, String ended, String actor) {
		List<Map<String, Object>> closed = this.db.sql("""
				UPDATE inquiry i SET status = 'WITHDRAWN'
				WHERE i.application_id = :application AND inquiry_status(i) = 'OPEN'
				RETURNING i.id, i.agency_id
				""").param("application", application).query().listOfRows();
		this.outbox.add(closed.stream()
			.map((row) -> Notification.of("INQUIRY_WITHDRAWN", "agency:" + row.get("agency_id"),
					"inquiry:" + row.get("id"), "REJECTED".equals(ended) ? "inquiry.rejected" : "inquiry.withdrawn",
					"receipt", receipt))
			.toList());
		return closed.stream()
			.map((row) -> new Audit.Event(actor, "inquiry.withdraw", "inquiry:" + row.get("id"),
					Map.of("application", application.toString()), null))
			.toList();
	}

	/**
	 * Records an agency's answer, decided by the database's time of receipt: after the
	 * window has closed, or once answered, it is refused. The refused part, if any, is
	 * the agency's land in the application, all of it
	 * ({@link InquiryAnswer#refusesAgencyLandInAll()}) or what the reviewer drew of it.
	 * @throws CadastreProblem 404 when not the reviewer's agency's; 409 when the window
	 * has closed or it was answered; 422 for a drawn part outside the application, or
	 * holding none of the agency's land
	 */
	@Transactional
	public InquiryView respond(UUID id, InquiryAnswer answer, CadastreUser reviewer) {
		answer.check();
		AcceptedArea refused = answer.drawsRefusedPart()
				? this.intake.accept("refusedGeometry", answer.refusedGeometry()) : null;
		// The application, locked, with what its applicant is told of the answer.
		Map<String, Object> asked = this.db.sql("""
				SELECT a.id AS application_id, a.status, a.applicant, a.receipt, g.name, g.name_fa
				FROM inquiry i JOIN application a ON a.id = i.application_id JOIN agency g ON g.id = i.agency_id
				WHERE i.id = :id AND i.agency_id = :agency FOR UPDATE OF a
				""")
			.param("id", id)
			.param("agency", reviewer.agency())
			.query()
			.listOfRows()
			.stream()
			.findFirst()
			.orElseThrow(() -> InquiryReader.notFound(id));
		UUID application = (UUID) asked.get("application_id");
		String now = status(id);
		if (!"OPEN".equals(now)) {
			throw closed(id, now, (String) asked.get("status"));
		}
		if (refused != null) {
			checkInside(refused, id);
		}
		Optional<Optional<byte[]>> stored = this.db.sql("""
				UPDATE inquiry i SET status = :status, answered_at = cadastre_now(), answered_by = :reviewer,
				       reason = :reason,
				       refused_geom = ST_Multi(ST_CollectionExtract(ST_Intersection(
				           CASE WHEN :agencyLand THEN land.geom
				                ELSE ST_Intersection(ST_GeomFromWKB(:refused, 4326), land.geom) END,
				           (SELECT geom FROM application WHERE id = i.application_id)), 3))
				FROM (SELECT ST_Union(f.geom) AS geom FROM inquiry q, feature f
				      WHERE q.id = :id AND f.id IN """ + AGENCY_FEATURES + """
				     ) land
				WHERE i.id = :id AND inquiry_status(i) = 'OPEN'
				RETURNING ST_AsBinary(i.refused_geom)
				""")
			.param("status", answer.recordedStatus())
			.param("reviewer", reviewer.username())
			.param("reason", answer.reason())
			.param("agencyLand", answer.refusesAgencyLandInAll())
			.param("refused", (refused != null) ? refused.wkb() : null)
			.param("id", id)
			.query((rs, n) -> Optional.ofNullable(rs.getBytes(1)))
			.optional();
		if (stored.isEmpty()) {
			// The window closed between the check above and this write: the answer is
			// refused as one received a moment later.
			throw closed(id, status(id), (String) asked.get("status"));
		}
		byte[] refusedPart = stored.get().orElse(null);
		if (refusedPart != null) {
			this.db
				.sql("UPDATE application SET grantable_area_m2 = ST_Area(grantable_area(id)::geography) WHERE id = :id")
				.param("id", application)
				.update();
		}
		this.db.sql(this.consultationDone).param("applications", new String[] { application.toString() }).update();
		this.audit.record(reviewer.username(), "inquiry.answer", "inquiry:" + id,
				Map.of("application", application.toString(), "decision", answer.decision(), "reason",
						(answer.reason() != null) ? answer.reason() : ""),
				(refusedPart != null) ? Audit.sha256(refusedPart) : null);
		this.outbox.add(List.of(answered(asked, answer.decision(), answer.reason())));
		return this.reader.get(id, reviewer);
	}

	/**
	 * What the applicant is told of an agency's answer, or of its deemed consent
	 * ({@code DEEMED_CONSENT}).
	 * @param row the application's {@code application_id}, {@code applicant} and
	 * {@code receipt}, the agency's {@code name} and {@code name_fa}
	 */
	static Notification answered(Map<String, Object> row, String decision, String reason) {
		return Notification.of("INQUIRY_ANSWERED", "user:" + row.get("applicant"),
				"application:" + row.get("application_id"), "inquiry.answered", "receipt", row.get("receipt"), "agency",
				new Notification.Text((String) row.get("name_fa"), (String) row.get("name")), "decision", decision,
				"reason", reason);
	}

	/**
	 * Refuses a drawn refused part that is not inside the application, or that holds none
	 * of the agency's land there: an agency answers for its own land (Art. 24), and what
	 * it draws beyond that land is not refused.
	 */
	private void checkInside(AcceptedArea refused, UUID inquiry) {
		Map<String, Object> parts = this.db.sql("""
				SELECT ST_Area(ST_Difference(r.g, a.geom)::geography) AS outside,
				       ST_Area(ST_Intersection(r.g, a.geom)::geography) AS inside,
				       coalesce(ST_Area(ST_Intersection(ST_Intersection(r.g, a.geom), land.geom)::geography), 0) AS land
				FROM inquiry q JOIN application a ON a.id = q.application_id,
				     (SELECT ST_GeomFromWKB(:refused, 4326) AS g) r,
				     LATERAL (SELECT ST_Union(f.geom) AS geom FROM feature f WHERE f.id IN """ + AGENCY_FEATURES + """
				     ) land
				WHERE q.id = :inquiry
				""").param("refused", refused.wkb()).param("inquiry", inquiry).query().singleRow();
		double outside = ((Number) parts.get("outside")).doubleValue();
		double inside = ((Number) parts.get("inside")).doubleValue();
		if (outside > this.sliverM2 || inside <= this.sliverM2) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "refused-outside-application",
					"Refused part outside the application",
					Text.of("The refused part must lie within the application; {0} m² of it lies outside.",
							String.format(Locale.ROOT, "%.1f", outside)),
					List.of(InputError.of("refusedGeometry", Text.of("must lie within the application"))), Map.of());
		}
		if (((Number) parts.get("land")).doubleValue() <= this.sliverM2) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "refused-outside-agency-land",
					"Refused part outside the agency's land",
					Text.of("The refused part holds none of your agency's land in the application: an agency refuses "
							+ "its own land only (Art. 24)."),
					List.of(InputError.of("refusedGeometry", Text.of("must hold some of the agency's land"))),
					Map.of());
		}
	}

	/** The inquiry's state as the clock has it now. */
	private String status(UUID id) {
		return this.db.sql("SELECT inquiry_status(i) FROM inquiry i WHERE i.id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private static CadastreProblem closed(UUID id, String status, String applicationStatus) {
		if ("WITHDRAWN".equals(status) && "REJECTED".equals(applicationStatus)) {
			return new CadastreProblem(HttpStatus.CONFLICT, "application-rejected", "Application rejected",
					Text.of("The ministry rejected the application of inquiry {0}; the inquiry needs no answer.", id));
		}
		if ("WITHDRAWN".equals(status)) {
			return new CadastreProblem(HttpStatus.CONFLICT, "application-withdrawn", "Application withdrawn",
					Text.of("The application of inquiry {0} was withdrawn; the inquiry needs no answer.", id));
		}
		if ("DEEMED_CONSENT".equals(status)) {
			Text detail = Text.of("The Article 24 window of inquiry {0} has closed unanswered; the agency is deemed"
					+ " to consent (DEEMED_CONSENT).", id);
			return new CadastreProblem(HttpStatus.CONFLICT, "window-closed", "Window closed", detail);
		}
		return new CadastreProblem(HttpStatus.CONFLICT, "already-answered", "Already answered",
				Text.of("Inquiry {0} was answered already ({1}).", id, Text.state("inquiryStatus", status)));
	}

}
