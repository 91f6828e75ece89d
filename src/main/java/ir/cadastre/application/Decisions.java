package ir.cadastre.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.inquiry.DeemedConsents;
import ir.cadastre.inquiry.Inquiries;
import ir.cadastre.licence.Licences;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.publish.LayerChanges;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ministry's decision. GRANT only once every inquiry is answered or deemed, and then
 * a licence is issued on the grantable area (the application minus every refused part,
 * which must still pass the area rules); REJECT, with a reason, at any time before a
 * decision, which closes the inquiries still open (WITHDRAWN: their agencies are told
 * that no answer is needed). Either way the application leaves the applications layer.
 */
@Component
class Decisions {

	private static final int MAX_REASON = 4000;

	private final JdbcClient db;

	private final DeemedConsents deemed;

	private final Inquiries inquiries;

	private final GeometryIntake intake;

	private final Licences licences;

	private final Applications applications;

	private final Outbox outbox;

	private final Audit audit;

	private final JsonMapper json;

	private final LayerChanges layerChanges;

	private final ApplicationProperties properties;

	Decisions(JdbcClient db, DeemedConsents deemed, Inquiries inquiries, GeometryIntake intake, Licences licences,
			Applications applications, Outbox outbox, Audit audit, JsonMapper json, LayerChanges layerChanges,
			ApplicationProperties properties) {
		this.db = db;
		this.deemed = deemed;
		this.inquiries = inquiries;
		this.intake = intake;
		this.licences = licences;
		this.applications = applications;
		this.outbox = outbox;
		this.audit = audit;
		this.json = json;
		this.layerChanges = layerChanges;
		this.properties = properties;
	}

	/**
	 * Decides an application.
	 * @throws CadastreProblem 404 unknown; 409 already decided, withdrawn, or (GRANT) an
	 * inquiry still open; 422 when the grantable area fails the area rules
	 */
	@Transactional
	public ApplicationView decide(UUID id, DecisionRequest request, CadastreUser officer) {
		boolean grant = check(request);
		Pending pending = this.db
			.sql("""
					SELECT a.status, a.applicant, a.type, a.mineral, a.receipt FROM application a WHERE a.id = :id FOR UPDATE
					""")
			.param("id", id)
			.query((rs, n) -> new Pending(rs.getString("status"), rs.getString("applicant"), rs.getString("type"),
					rs.getString("mineral"), rs.getLong("receipt")))
			.optional()
			.orElseThrow(() -> Applications.notFound(id));
		if (List.of("GRANTED", "REJECTED", "WITHDRAWN").contains(pending.status())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "already-decided", "Already decided",
					Text.of("Application {0} is {1}.", pending.receipt(), Text.state("status", pending.status())));
		}
		Integer months = months(request, grant, pending.type());
		this.deemed.deemDue(id);
		List<Agency> open = this.db.sql("""
				SELECT g.id, g.name, g.name_fa FROM inquiry i JOIN agency g ON g.id = i.agency_id
				WHERE i.application_id = :id AND i.status = 'OPEN' ORDER BY g.id
				""").param("id", id).query(Agency.class).list();
		if (grant && !open.isEmpty()) {
			Text agencies = Text.name(String.join("; ", open.stream().map(Agency::name).toList()),
					String.join("؛ ", open.stream().map(Agency::nameFa).toList()));
			throw new CadastreProblem(HttpStatus.CONFLICT, "consultation-open", "Consultation still open",
					Text.of("Application {0} cannot be granted while its Article 24 inquiries are open: {1}.",
							pending.receipt(), agencies),
					List.of(), Map.of("openInquiries", open.stream().map(Agency::id).toList()));
		}
		List<Audit.Event> events = new ArrayList<>();
		UUID licence = null;
		String geometryHash = null;
		if (grant) {
			AcceptedArea area = grantableArea(id, pending.receipt());
			licence = this.licences.issue(id, area, pending.applicant(), pending.type(), pending.mineral(),
					officer.username(), months);
			geometryHash = Audit.sha256(area.wkb());
			Map<String, Object> issued = new HashMap<>(Map.of("application", id.toString(), "area_m2", area.areaM2()));
			if (months != null) {
				issued.put("months", months);
			}
			events
				.add(new Audit.Event(officer.username(), "licence.issue", "licence:" + licence, issued, geometryHash));
			this.layerChanges.record("licences");
		}
		String status = grant ? "GRANTED" : "REJECTED";
		if (!grant) {
			events.addAll(this.inquiries.withdraw(id, pending.receipt(), status, officer.username()));
		}
		this.db.sql("""
				WITH pending AS (SELECT feature_id FROM application WHERE id = :id),
				decided AS (
				    UPDATE application SET status = :status, decision = :decision, decision_reason = :reason,
				           decided_at = cadastre_now(), decided_by = :officer, feature_id = NULL
				    WHERE id = :id
				)
				DELETE FROM feature WHERE id = (SELECT feature_id FROM pending)
				""")
			.param("status", status)
			.param("decision", grant ? "GRANT" : "REJECT")
			.param("reason", request.reason())
			.param("officer", officer.username())
			.param("id", id)
			.update();
		Long number = (licence == null) ? null
				: this.db.sql("SELECT number FROM licence WHERE id = :id")
					.param("id", licence)
					.query(Long.class)
					.single();
		this.outbox.add(List
			.of(Notification.of("DECISION", "user:" + pending.applicant(), "application:" + id, "application.decided",
					"receipt", pending.receipt(), "decision", status, "licence", number, "reason", request.reason())));
		events.add(0,
				new Audit.Event(officer.username(), "application.decide", "application:" + id, Map.of("decision",
						grant ? "GRANT" : "REJECT", "reason", (request.reason() != null) ? request.reason() : ""),
						geometryHash));
		this.audit.recordAll(events);
		return this.applications.get(id, officer);
	}

	/** The application minus every refused part, which must pass intake's area rules. */
	private AcceptedArea grantableArea(UUID id, long receipt) {
		String geometry = this.db.sql("SELECT ST_AsGeoJSON(grantable_area(:id), 9)")
			.param("id", id)
			.query(String.class)
			.single();
		try {
			return this.intake.accept("grantableArea", this.json.readTree(geometry));
		}
		catch (CadastreProblem ex) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "grantable-area-refused", "Nothing grantable",
					Text.of("What remains of application {0} after the refused parts cannot be licensed ({1}); reject it "
							+ "instead.", receipt, ex.detail().clause()));
		}
	}

	/**
	 * The months a withdrawal permit is granted for (Art. 13); null for anything else.
	 * @throws CadastreProblem 400 missing, or given where it means nothing; 422 above the
	 * configured limit
	 */
	private Integer months(DecisionRequest request, boolean grant, String type) {
		boolean permit = grant && ApplicationTypes.WITHDRAWAL_PERMIT.equals(type);
		Integer months = request.months();
		int limit = this.properties.withdrawalPermitMaxMonths();
		if (permit != (months != null) || (months != null && months < 1)) {
			Text detail = permit ? Text.of("a withdrawal permit is granted for whole months, 1 or more.")
					: Text.of("only a withdrawal permit is granted for a number of months.");
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-decision", "Invalid decision", detail,
					List.of(InputError.of("months", detail.clause())), Map.of());
		}
		if (months != null && months > limit) {
			Text reason = Text.of("a withdrawal permit is limited (Art. 13): at most {0} months", limit);
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "period-too-long", "Period too long",
					Text.of("A withdrawal permit is limited (Art. 13): at most {0} months.", limit),
					List.of(InputError.of("months", reason)), Map.of());
		}
		return months;
	}

	private static boolean check(DecisionRequest request) {
		List<InputError> errors = new ArrayList<>();
		String decision = request.decision();
		if (!"GRANT".equals(decision) && !"REJECT".equals(decision)) {
			errors.add(InputError.of("decision", Text.of("must be GRANT or REJECT")));
		}
		if ("REJECT".equals(decision) && (request.reason() == null || request.reason().isBlank())) {
			errors.add(InputError.of("reason", Text.of("a rejection must give its reason")));
		}
		if (request.reason() != null && request.reason().length() > MAX_REASON) {
			errors.add(InputError.of("reason", Text.of("at most {0} characters", MAX_REASON)));
		}
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-decision", "Invalid decision",
					Text.of("The decision is not complete."), errors, Map.of());
		}
		return "GRANT".equals(decision);
	}

	private record Pending(String status, String applicant, String type, String mineral, long receipt) {
	}

	/** An agency consulted under Article 24, by its id and its names. */
	private record Agency(String id, String name, String nameFa) {
	}

}
