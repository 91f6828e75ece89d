package ir.cadastre.licence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.licence.Licences.Issuing;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.publish.LayerChanges;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A licence's life after issue, by the ministry's officers (DESIGN §2): an exploration
 * licence ends in a discovery certificate (Art. 7) or is closed; the certificate's holder
 * has one year to ask for an exploitation licence (Art. 8); an exploitation licence runs
 * for at most 25 years and is renewable with priority (Art. 10 note 3). Renewals are
 * {@link LicenceRenewals}; transfers, {@link LicenceTransfers}; what holders ask for,
 * {@link HolderRequests}. Each change locks the licence's row, so two officers acting at
 * once are taken one after the other; a licence that ends leaves the licences layer and
 * its land is free again.
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
		RequestFields.text(errors, "reserve", request.reserve(), true);
		BigDecimal cost = request.explorationCostRials();
		if (cost == null || !RequestFields.wholeRials(cost)) {
			errors.add(InputError.of("explorationCostRials", Text.of("a whole number of rials, 0 or more")));
		}
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.require("EXPLORATION",
				Text.of("A discovery certificate is issued on an exploration licence (Art. 7)."));
		AcceptedArea extent = request.hasExtent()
				? inside(licence, this.intake.accept(request.geometry(), request.vertices()),
						(request.geometry() != null) ? "geometry" : "vertices")
				: licence.area();
		Deadline priority = SolarHijri.window(licence.now(), PRIORITY_MONTHS);
		UUID certificate = this.licences.issue(new Issuing("DISCOVERY_CERTIFICATE", null, id, licence.holder(),
				licence.mineral(), licence.now(), priority, null, request.reserve().strip(), cost), extent,
				officer.username());
		return succeed(licence, "SUPERSEDED", "discovery certificate issued", certificate, extent, officer,
				LicenceNotices.end(certificate, licence.holder(), "licence.certificate-issued", licence.transferTo(),
						"number", licence.number(), "lastDay", new SolarDay(priority.lastDaySolarHijri())));
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
		int years = years(request.years());
		Current certificate = this.licences.lock(id);
		certificate.require("DISCOVERY_CERTIFICATE",
				Text.of("An exploitation licence is issued on a discovery certificate (Art. 9)."));
		Deadline term = SolarHijri.window(certificate.now(), 12 * years);
		UUID licence = this.licences.issue(new Issuing("EXPLOITATION", null, id, certificate.holder(),
				certificate.mineral(), certificate.now(), term, years, null, null), certificate.area(),
				officer.username());
		return succeed(certificate, "SUPERSEDED", "exploitation licence issued", licence, certificate.area(), officer,
				LicenceNotices.end(licence, certificate.holder(), "licence.exploitation-issued",
						certificate.transferTo(), "number", certificate.number(), "years", years, "lastDay",
						new SolarDay(term.lastDaySolarHijri())));
	}

	/**
	 * Closes an active licence: an exploration that found no ore (Art. 7 note 2: no right
	 * is created), a surrender or a revocation. Its land is free at once.
	 * @throws CadastreProblem 400 no reason; 404 unknown; 409 not active
	 */
	@Transactional
	public LicenceView close(UUID id, ClosureRequest request, CadastreUser officer) {
		List<InputError> errors = new ArrayList<>();
		RequestFields.text(errors, "reason", request.reason(), true);
		RequestFields.refuse(errors);
		Current licence = this.licences.lock(id);
		licence.requireActive();
		String reason = request.reason().strip();
		end(licence, "CLOSED", reason);
		this.audit.record(officer.username(), "licence.close", "licence:" + id, Map.of("reason", reason), null);
		this.outbox.add(List.of(LicenceNotices.end(id, licence.holder(), "licence.closed", licence.transferTo(),
				"number", licence.number(), "reason", reason)));
		this.layerChanges.record("licences");
		return this.licences.get(id);
	}

	/** Ends the licence a new one was issued on, and records both. */
	private LicenceView succeed(Current old, String status, String reason, UUID issued, AcceptedArea area,
			CadastreUser officer, Notification notice) {
		end(old, status, reason);
		this.audit.recordAll(List.of(
				new Audit.Event(officer.username(), "licence.issue", "licence:" + issued,
						Map.of("parent", old.id().toString(), "area_m2", area.areaM2()), Audit.sha256(area.wkb())),
				new Audit.Event(officer.username(), "licence.supersede", "licence:" + old.id(),
						Map.of("by", issued.toString()), null)));
		this.outbox.add(List.of(notice));
		this.layerChanges.record("licences");
		return this.licences.get(issued);
	}

	/**
	 * The licence stops being active and leaves the licences layer: its feature is
	 * deleted, or, when an import brought it (a registered licence of the old cadastre),
	 * ended at once, so that the import's version still shows it. A transfer its holder
	 * asked for ends with it.
	 */
	private void end(Current licence, String status, String reason) {
		this.db
			.sql("""
					WITH ended AS (
					    UPDATE licence SET status = :status, ended_at = cadastre_now(), end_reason = :reason, feature_id = NULL,
					           transfer_to = NULL, transfer_asked_at = NULL, transfer_note = NULL
					    WHERE id = :id
					),
					gone AS (DELETE FROM feature WHERE id = :feature AND version_id IS NULL)
					UPDATE feature SET ends_at = least(ends_at, cadastre_now())
					WHERE id = :feature AND version_id IS NOT NULL
					""")
			.param("status", status)
			.param("reason", reason)
			.param("id", licence.id())
			.param("feature", licence.featureId())
			.update();
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
			Text reason = Text.of("the discovery's extent must lie inside exploration licence {0}", licence.number());
			Text detail = Text.of("The discovery's extent must lie inside exploration licence {0} (Art. 7).",
					licence.number());
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "outside-licence", "Outside the licence",
					detail, List.of(InputError.of(field, reason)), Map.of());
		}
		return extent;
	}

	/**
	 * An exploitation period's years (Art. 10 note 3).
	 * @throws CadastreProblem 400 none, or fewer than 1; 422 over 25
	 */
	static int years(Integer years) {
		if (years == null || years < 1) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
					Text.of("Give the period as whole years."),
					List.of(InputError.of("years", Text.of("a whole number, 1 or more"))), Map.of());
		}
		if (years > MAX_YEARS) {
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "period-too-long", "Period too long",
					Text.of("An exploitation period is at most {0} years (Art. 10 note 3).", MAX_YEARS),
					List.of(InputError.of("years",
							Text.of("an exploitation period is at most {0} years (Art. 10 note 3)", MAX_YEARS))),
					Map.of());
		}
		return years;
	}

}
