package ir.cadastre.inquiry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.overlap.OverlapProperties;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes an agency's answer to an Article 24 inquiry while its window is open: consent,
 * objection, or partial objection refusing part of the agency's land in the application.
 */
@Component
public class InquiryAnswers {

	/**
	 * The agency's land in the application of an inquiry {@code i}: the features it was
	 * asked about, as listed when it opened.
	 */
	private static final String AGENCY_LAND = """
			(SELECT ST_Union(f.geom) FROM feature f
			 WHERE f.id IN (SELECT CAST(o ->> 'featureId' AS bigint) FROM jsonb_array_elements(i.agency_overlaps) o))""";

	private final JdbcClient db;

	private final GeometryIntake intake;

	private final Audit audit;

	private final InquiryReader reader;

	private final Outbox outbox;

	private final double sliverM2;

	private final String consultationDone = SqlFile.read("sql/inquiry/consultation-done.sql");

	InquiryAnswers(JdbcClient db, GeometryIntake intake, Audit audit, InquiryReader reader, Outbox outbox,
			OverlapProperties overlap) {
		this.db = db;
		this.intake = intake;
		this.audit = audit;
		this.reader = reader;
		this.outbox = outbox;
		this.sliverM2 = overlap.sliverM2();
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
		byte[] drawnLand = (refused != null) ? agencyLandDrawn(refused, id) : null;
		List<byte[]> stored = this.db.sql("""
				UPDATE inquiry i SET status = :status, answered_at = cadastre_now(), answered_by = :reviewer,
				       reason = :reason,
				       refused_geom = CASE WHEN :agencyLand
				                           THEN ST_Multi(ST_CollectionExtract(ST_Intersection(""" + AGENCY_LAND + """
				                                , (SELECT geom FROM application WHERE id = i.application_id)), 3))
				                           ELSE ST_GeomFromWKB(:refused, 4326) END
				WHERE i.id = :id AND inquiry_status(i) = 'OPEN'
				RETURNING ST_AsBinary(refused_geom)
				""")
			.param("status", answer.recordedStatus())
			.param("reviewer", reviewer.username())
			.param("reason", answer.reason())
			.param("agencyLand", answer.refusesAgencyLandInAll())
			.param("refused", drawnLand)
			.param("id", id)
			.query((rs, n) -> rs.getBytes(1))
			.list();
		if (stored.isEmpty()) {
			// The window closed between the check above and this write: the answer is
			// refused as one received a moment later.
			throw closed(id, status(id), (String) asked.get("status"));
		}
		byte[] refusedPart = stored.get(0);
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
	 * The agency's land in a part the reviewer drew, which is what it refuses: an agency
	 * answers for its own land (Art. 24), and what it draws beyond that land is not
	 * refused.
	 * @return the refused part, WKB
	 * @throws CadastreProblem 422 for a part outside the application, or holding none of
	 * the agency's land
	 */
	private byte[] agencyLandDrawn(AcceptedArea drawn, UUID inquiry) {
		Map<String, Object> parts = this.db.sql("""
				SELECT ST_Area(ST_Difference(r.g, a.geom)::geography) AS outside,
				       ST_Area(inside.g::geography) AS inside,
				       coalesce(ST_Area(land.g::geography), 0) AS land, ST_AsBinary(land.g) AS refused
				FROM inquiry i JOIN application a ON a.id = i.application_id,
				     LATERAL (SELECT ST_GeomFromWKB(:drawn, 4326) AS g) r,
				     LATERAL (SELECT ST_Intersection(r.g, a.geom) AS g) inside,
				     LATERAL (SELECT ST_Multi(ST_CollectionExtract(ST_Intersection(inside.g, """ + AGENCY_LAND + """
				              ), 3)) AS g) land
				WHERE i.id = :inquiry
				""").param("drawn", drawn.wkb()).param("inquiry", inquiry).query().singleRow();
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
		return (byte[]) parts.get("refused");
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
