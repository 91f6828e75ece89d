package ir.cadastre.licence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.licence.Licences.Issuing;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.Outbox.Notification;
import ir.cadastre.publish.LayerChanges;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A licence's life after issue, by the ministry's officers (DESIGN §2): an exploration
 * licence ends in a discovery certificate (Art. 7) or is closed; the certificate's holder
 * has one year to be issued an exploitation licence (Art. 8) and may transfer the
 * certificate within that year (Art. 7); an exploitation licence runs for at most 25
 * years, is renewable with priority and transferable (Art. 10 note 3). Each change locks
 * the licence's row, so two officers acting at once are taken one after the other; a
 * licence that ends leaves the licences layer and its land is free again.
 */
@Component
class LicenceLife {

	/** Art. 10 note 3: each exploitation period is at most 25 years. */
	static final int MAX_YEARS = 25;

	/**
	 * Art. 7, 8: a certificate's holder keeps priority, and may transfer it, for one
	 * year.
	 */
	private static final int PRIORITY_MONTHS = 12;

	private static final int MAX_TEXT = 4000;

	private final JdbcClient db;

	private final Licences licences;

	private final GeometryIntake intake;

	private final Audit audit;

	private final Outbox outbox;

	private final LayerChanges layerChanges;

	LicenceLife(JdbcClient db, Licences licences, GeometryIntake intake, Audit audit, Outbox outbox,
			LayerChanges layerChanges) {
		this.db = db;
		this.licences = licences;
		this.intake = intake;
		this.audit = audit;
		this.outbox = outbox;
		this.layerChanges = layerChanges;
	}

	/**
	 * Issues a discovery certificate on an active exploration licence, which it
	 * supersedes.
	 * @throws CadastreProblem 400 incomplete; 404 unknown; 409 not an active exploration
	 * licence; 422 an extent outside the licence or failing the area rules
	 */
	@Transactional
	public LicenceView discover(UUID id, DiscoveryRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		text(errors, "reserve", request.reserve(), true);
		BigDecimal cost = request.explorationCostRials();
		if (cost == null || cost.signum() < 0 || cost.stripTrailingZeros().scale() > 0 || cost.precision() > 24) {
			errors.add(InputError.of("explorationCostRials", "a whole number of rials, 0 or more"));
		}
		refuse(errors);
		Current licence = lock(id);
		licence.require("EXPLORATION", "A discovery certificate is issued on an exploration licence (Art. 7).");
		AcceptedArea extent = request.hasExtent()
				? inside(licence, this.intake.accept(request.geometry(), request.vertices()),
						(request.geometry() != null) ? "geometry" : "vertices")
				: licence.area();
		Deadline priority = SolarHijri.window(licence.now(), PRIORITY_MONTHS);
		UUID certificate = this.licences.issue(new Issuing("DISCOVERY_CERTIFICATE", null, id, licence.holder(),
				licence.mineral(), licence.now(), priority, null, request.reserve().strip(), cost), extent,
				officer.username());
		return succeed(licence, "SUPERSEDED", "discovery certificate issued", certificate, extent, officer,
				"Discovery certificate issued on licence " + licence.number(),
				"A discovery certificate was issued on exploration licence " + licence.number()
						+ ". You may request an exploitation licence, or transfer the certificate with the ministry's "
						+ "approval, until the end of " + priority.lastDaySolarHijri()
						+ " (Art. 7, 8); after that your priority lapses.");
	}

	/**
	 * The holder of an active discovery certificate asks for the exploitation licence,
	 * within the certificate's year (Art. 8): from then on the certificate keeps its
	 * priority, and its land, until the ministry decides, however long that takes.
	 * @throws CadastreProblem 400 a note too long; 403 not the holder; 404 unknown; 409
	 * not an active certificate, its year over, or asked already
	 */
	@Transactional
	public LicenceView requestExploitation(UUID id, ExploitationRequest request, CadastreUser holder) {
		List<InputError> errors = new ArrayList<>();
		text(errors, "note", request.note(), false);
		refuse(errors);
		Current certificate = lock(id);
		if (!holder.username().equals(certificate.holder())) {
			throw new CadastreProblem(HttpStatus.FORBIDDEN, "not-the-holder", "Not the holder",
					"Only the holder of licence " + certificate.number() + " asks for its exploitation licence.");
		}
		certificate.require("DISCOVERY_CERTIFICATE",
				"An exploitation licence is asked for on a discovery certificate (Art. 8).");
		if (certificate.exploitationRequested()) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "already-requested", "Already asked",
					"The exploitation licence on certificate " + certificate.number() + " has been asked for.");
		}
		String note = (request.note() != null && !request.note().isBlank()) ? request.note().strip() : null;
		this.db.sql("""
				WITH asked AS (
				    UPDATE licence SET exploitation_requested_at = cadastre_now(), exploitation_request = :note
				    WHERE id = :id
				)
				UPDATE feature SET ends_at = NULL WHERE id = :feature
				""").param("note", note).param("id", id).param("feature", certificate.featureId()).update();
		this.audit.record(holder.username(), "licence.exploitation-request", "licence:" + id,
				Map.of("note", (note != null) ? note : ""), null);
		notify(holder.username(), "Exploitation licence asked for on certificate " + certificate.number(),
				"Your request for the exploitation licence on discovery certificate " + certificate.number()
						+ " was received in time (Art. 8); the certificate keeps its priority until the ministry "
						+ "decides.");
		return this.licences.get(id);
	}

	/**
	 * Issues an exploitation licence on an active discovery certificate: within its year,
	 * or later when its holder asked for it within the year (Art. 8); for at most 25
	 * years (Art. 10 note 3).
	 * @throws CadastreProblem 400 no period; 404 unknown; 409 not an active certificate,
	 * or its priority lapsed; 422 a period over 25 years
	 */
	@Transactional
	public LicenceView exploit(UUID id, TermRequest request, CadastreUser officer) {
		int years = years(request);
		Current certificate = lock(id);
		certificate.require("DISCOVERY_CERTIFICATE",
				"An exploitation licence is issued on a discovery certificate (Art. 9).");
		Deadline term = SolarHijri.window(certificate.now(), 12 * years);
		UUID licence = this.licences.issue(new Issuing("EXPLOITATION", null, id, certificate.holder(),
				certificate.mineral(), certificate.now(), term, years, null, null), certificate.area(),
				officer.username());
		return succeed(certificate, "SUPERSEDED", "exploitation licence issued", licence, certificate.area(), officer,
				"Exploitation licence issued on certificate " + certificate.number(),
				"An exploitation licence was issued on discovery certificate " + certificate.number() + " for " + years
						+ " years, until the end of " + term.lastDaySolarHijri() + " (Art. 10 note 3).");
	}

	/**
	 * Renews an active exploitation licence: a new period of at most 25 years from the
	 * end of the current one (Art. 10 note 3), before the current one ends.
	 * @throws CadastreProblem 400 no period; 404 unknown; 409 not an active exploitation
	 * licence; 422 a period over 25 years
	 */
	@Transactional
	public LicenceView renew(UUID id, TermRequest request, CadastreUser officer) {
		int years = years(request);
		Current licence = lock(id);
		licence.require("EXPLOITATION", "Only an exploitation licence is renewed (Art. 10 note 3).");
		Deadline term = SolarHijri.closingAtEndOf(SolarHijri.monthsAfter(licence.lastDay(), 12 * years));
		this.db.sql("""
				WITH renewed AS (
				    UPDATE licence SET ends_at = :endsAt, last_day = :lastDay, last_day_solar_hijri = :solarHijri,
				           term_years = :years, warned_at = NULL
				    WHERE id = :id
				)
				UPDATE feature SET ends_at = :endsAt WHERE id = :feature
				""")
			.param("endsAt", Timestamp.from(term.closesAt()))
			.param("lastDay", Date.valueOf(term.lastDay()))
			.param("solarHijri", term.lastDaySolarHijri())
			.param("years", years)
			.param("id", id)
			.param("feature", licence.featureId())
			.update();
		this.audit.record(officer.username(), "licence.renew", "licence:" + id,
				Map.of("years", years, "from", licence.lastDaySolarHijri(), "to", term.lastDaySolarHijri()), null);
		notify(licence.holder(), "Licence " + licence.number() + " renewed",
				"Exploitation licence " + licence.number() + " was renewed for " + years + " years, until the end of "
						+ term.lastDaySolarHijri() + " (Art. 10 note 3).");
		return this.licences.get(id);
	}

	/**
	 * Transfers an active discovery certificate (within its year, Art. 7) or exploitation
	 * licence (Art. 10 note 3) to another applicant; the officer's act is the ministry's
	 * approval.
	 * @throws CadastreProblem 400 incomplete; 404 unknown; 409 an exploration licence, or
	 * not active; 422 the new holder is not another enabled applicant
	 */
	@Transactional
	public LicenceView transfer(UUID id, TransferRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		text(errors, "to", request.to(), true);
		text(errors, "reason", request.reason(), false);
		refuse(errors);
		Current licence = lock(id);
		if (!List.of("DISCOVERY_CERTIFICATE", "EXPLOITATION").contains(licence.type())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "not-transferable", "Not transferable",
					"Licence " + licence.number() + " is " + licence.type() + ": a withdrawal permit is limited to its "
							+ "holder (Art. 13), and the transfer of an exploration licence's rights is set by the "
							+ "executive regulations (Art. 6). A discovery certificate (Art. 7) or an exploitation "
							+ "licence (Art. 10 note 3) is transferred here.");
		}
		licence.require(licence.type(), null);
		if ("DISCOVERY_CERTIFICATE".equals(licence.type()) && !licence.now().isBefore(licence.endsAt())) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "not-transferable", "Not transferable",
					"Discovery certificate " + licence.number() + " was transferable until the end of "
							+ licence.lastDaySolarHijri() + ", one year from its issue (Art. 7).");
		}
		String to = request.to().strip();
		boolean applicant = this.db
			.sql("SELECT count(*) > 0 FROM app_user WHERE username = :to AND role = 'APPLICANT' AND enabled")
			.param("to", to)
			.query(Boolean.class)
			.single();
		if (!applicant || to.equals(licence.holder())) {
			String reason = to.equals(licence.holder()) ? "already holds it" : "is not an enabled applicant";
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-transferee", "Invalid new holder",
					"'" + to + "' " + reason + ".", List.of(InputError.of("to", reason)), Map.of());
		}
		this.db.sql("""
				WITH moved AS (UPDATE licence SET holder = :to WHERE id = :id)
				UPDATE feature SET properties = properties || jsonb_build_object('holder', CAST(:to AS text))
				WHERE id = :feature
				""").param("to", to).param("id", id).param("feature", licence.featureId()).update();
		Map<String, String> details = Map.of("from", licence.holder(), "to", to, "reason",
				(request.reason() != null) ? request.reason() : "");
		this.audit.record(officer.username(), "licence.transfer", "licence:" + id, details, null);
		String body = "Licence " + licence.number() + " was transferred from " + licence.holder() + " to " + to
				+ " with the ministry's approval.";
		notify(licence.holder(), "Licence " + licence.number() + " transferred", body);
		notify(to, "Licence " + licence.number() + " transferred to you", body);
		return this.licences.get(id);
	}

	/**
	 * Closes an active licence: an exploration that found no ore (Art. 7 note 2: no right
	 * is created), a surrender or a revocation. Its land is free at once.
	 * @throws CadastreProblem 400 no reason; 404 unknown; 409 not active
	 */
	@Transactional
	public LicenceView close(UUID id, ClosureRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		text(errors, "reason", request.reason(), true);
		refuse(errors);
		Current licence = lock(id);
		licence.require(licence.type(), null);
		String reason = request.reason().strip();
		end(licence, "CLOSED", reason);
		this.audit.record(officer.username(), "licence.close", "licence:" + id, Map.of("reason", reason), null);
		notify(licence.holder(), "Licence " + licence.number() + " closed", "Licence " + licence.number()
				+ " was closed by the ministry: " + reason + ". Its area is no longer held.");
		this.layerChanges.record("licences");
		return this.licences.get(id);
	}

	/** Ends the licence a new one was issued on, and records both. */
	private LicenceView succeed(Current old, String status, String reason, UUID issued, AcceptedArea area,
			CadastreUser officer, String subject, String body) {
		end(old, status, reason);
		this.audit.recordAll(List.of(
				new Audit.Event(officer.username(), "licence.issue", "licence:" + issued,
						Map.of("parent", old.id().toString(), "area_m2", area.areaM2()), Audit.sha256(area.wkb())),
				new Audit.Event(officer.username(), "licence.supersede", "licence:" + old.id(),
						Map.of("by", issued.toString()), null)));
		notify(old.holder(), subject, body);
		this.layerChanges.record("licences");
		return this.licences.get(issued);
	}

	/** The licence stops being active and leaves the licences layer. */
	private void end(Current licence, String status, String reason) {
		this.db
			.sql("""
					WITH ended AS (
					    UPDATE licence SET status = :status, ended_at = cadastre_now(), end_reason = :reason, feature_id = NULL
					    WHERE id = :id
					)
					DELETE FROM feature WHERE id = :feature
					""")
			.param("status", status)
			.param("reason", reason)
			.param("id", licence.id())
			.param("feature", licence.featureId())
			.update();
	}

	private Current lock(UUID id) {
		return this.db.sql("""
				SELECT l.id, l.number, l.type, licence_status(l) AS status, l.holder, l.mineral, l.feature_id,
				       ST_AsBinary(l.geom) AS wkb, l.area_m2, l.last_day, l.last_day_solar_hijri,
				       l.exploitation_requested_at IS NOT NULL AS requested, cadastre_now() AS now
				FROM licence l WHERE l.id = :id
				FOR UPDATE
				""")
			.param("id", id)
			.query((rs, n) -> new Current(id, rs.getLong("number"), rs.getString("type"), rs.getString("status"),
					rs.getString("holder"), rs.getString("mineral"), rs.getObject("feature_id", Long.class),
					rs.getBytes("wkb"), rs.getDouble("area_m2"), rs.getObject("last_day", LocalDate.class),
					rs.getString("last_day_solar_hijri"), rs.getBoolean("requested"),
					rs.getTimestamp("now").toInstant()))
			.optional()
			.orElseThrow(() -> Licences.notFound(id));
	}

	/** The extent of a discovery, which must lie inside its exploration licence. */
	private AcceptedArea inside(Current licence, AcceptedArea extent, String field) {
		boolean inside = this.db
			.sql("SELECT ST_CoveredBy(ST_GeomFromWKB(:wkb, 4326), geom) FROM licence WHERE id = :id")
			.param("wkb", extent.wkb())
			.param("id", licence.id())
			.query(Boolean.class)
			.single();
		if (!inside) {
			String reason = "the discovery's extent must lie inside exploration licence " + licence.number();
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "outside-licence", "Outside the licence",
					"The " + reason + " (Art. 7).", List.of(InputError.of(field, reason)), Map.of());
		}
		return extent;
	}

	private void notify(String holder, String subject, String body) {
		this.outbox.add(List.of(new Notification("LICENCE", "user:" + holder, subject, body)));
	}

	private static int years(TermRequest request) {
		Integer years = request.years();
		if (years == null || years < 1) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"Give the period as whole years.", List.of(InputError.of("years", "a whole number, 1 or more")),
					Map.of());
		}
		if (years > MAX_YEARS) {
			String reason = "an exploitation period is at most " + MAX_YEARS + " years (Art. 10 note 3)";
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "period-too-long", "Period too long",
					"An exploitation period is at most " + MAX_YEARS + " years (Art. 10 note 3).",
					List.of(InputError.of("years", reason)), Map.of());
		}
		return years;
	}

	private static void text(List<InputError> errors, String field, String value, boolean required) {
		if (required && (value == null || value.isBlank())) {
			errors.add(InputError.of(field, "required"));
		}
		else if (value != null && value.length() > MAX_TEXT) {
			errors.add(InputError.of(field, "at most " + MAX_TEXT + " characters"));
		}
	}

	private static void refuse(List<InputError> errors) {
		if (!errors.isEmpty()) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					"The request is not complete.", errors, Map.of());
		}
	}

}
