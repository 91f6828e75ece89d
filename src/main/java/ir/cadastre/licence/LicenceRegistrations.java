package ir.cadastre.licence;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.licence.Licences.Consequences;
import ir.cadastre.notify.Notification;
import ir.cadastre.notify.Outbox;
import ir.cadastre.notify.SolarDay;
import ir.cadastre.publish.LayerChanges;
import ir.cadastre.security.ExpectedApplicants;
import ir.cadastre.web.CadastreProblem;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licences issued before the service enter the register: GIS staff import the old
 * cadastre's licences into the licences layer, where they block applications, and an
 * officer registers each feature with its holder, kind, mineral and term. From then on it
 * lives as the service's own licences do: its term ends it (Art. 8, Art. 10 note 3, Art.
 * 13), it is renewed, transferred or closed, and its holder sees it.
 */
@Component
public class LicenceRegistrations {

	private final JdbcClient db;

	private final Licences licences;

	private final Audit audit;

	private final Outbox outbox;

	private final LayerChanges layerChanges;

	private final RegistrationChecks checks;

	private final ExpectedApplicants expected;

	private final String register = SqlFile.read("sql/licence/register-licence.sql");

	LicenceRegistrations(JdbcClient db, Licences licences, Audit audit, Outbox outbox, LayerChanges layerChanges,
			RegistrationChecks checks, ExpectedApplicants expected) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
		this.layerChanges = layerChanges;
		this.checks = checks;
		this.expected = expected;
	}

	/**
	 * Registers a licence issued before the service.
	 * @param officer the user name of the officer who registers it
	 * @throws CadastreProblem 400 incomplete or malformed; 409 the feature is already a
	 * licence of the register; 422 not a current feature of the licences layer, a holder
	 * who is not an enabled applicant (nor a user, to be recorded as one when the request
	 * asks for it), a mineral the Mining Law does not license here (Art. 3, 4), a term
	 * that has ended or is longer than the law allows (Art. 8, Art. 10 note 3)
	 */
	@Transactional
	public LicenceView register(RegistrationRequest request, String officer) {
		this.checks.holdImportsOff();
		Registered registered = registerChecked(this.checks.checked(request), request, officer);
		record(List.of(registered));
		return this.licences.get(registered.id());
	}

	/**
	 * Enters a licence into the register once checked ({@link RegistrationChecks}, after
	 * imports into the licences layer are held off), inside the caller's transaction; its
	 * audit event, its holder's notice and the layer's change are written by
	 * {@link #record}, so that a file writes those of all its rows in three statements
	 * instead of three a row. Only the checks refuse, before anything is written.
	 */
	Registered registerChecked(RegistrationChecks.Checked checked, RegistrationRequest request, String officer) {
		RegistrationChecks.Feature feature = checked.feature();
		String holder = checked.holder();
		Deadline term = checked.term();
		AcceptedArea area = feature.area();
		if (checked.newHolder()) {
			this.expected.record(holder);
		}
		Consequences consequences = this.licences.consequences(area);
		Map<String, Object> licence = this.db.sql(this.register)
			.param("feature", feature.id())
			.param("holder", holder)
			.param("type", request.type())
			.param("mineral", request.mineral())
			.param("issuedAt", Timestamp.from(checked.issuedOn().atStartOfDay(SolarHijri.TEHRAN).toInstant()))
			.param("officer", officer)
			.param("area", consequences.areaM2())
			.param("compensation", consequences.compensation())
			.param("parcels", consequences.parcels())
			.param("levy", consequences.levy())
			.param("endsAt", (term != null) ? Timestamp.from(term.closesAt()) : null)
			.param("lastDay", (term != null) ? Date.valueOf(term.lastDay()) : null)
			.param("lastDaySolarHijri", (term != null) ? term.lastDaySolarHijri() : null)
			.param("termYears", request.termYears())
			.param("reserve", (request.reserve() != null) ? request.reserve().strip() : null)
			.param("cost", request.explorationCostRials())
			.query()
			.singleRow();
		UUID id = (UUID) licence.get("id");
		long number = ((Number) licence.get("number")).longValue();
		Audit.Event event = new Audit.Event(officer, "licence.register", "licence:" + id,
				Map.of("featureId", feature.id(), "externalId", String.valueOf(feature.externalId()), "type",
						request.type(), "holder", holder, "newHolder", checked.newHolder()),
				Audit.sha256(area.wkb()));
		Notification notice = LicenceNotices.notice(id, holder, "licence.registered", "externalId",
				feature.externalId(), "number", number, "lastDay",
				(term != null) ? new SolarDay(term.lastDaySolarHijri()) : null);
		return new Registered(id, number, event, notice);
	}

	/**
	 * Writes what these registrations recorded, in their order: the holders' notices, the
	 * licences layer's change and, last (it holds the audit chain's lock to the commit),
	 * the audit events. Nothing when there are none.
	 */
	void record(List<Registered> registered) {
		if (registered.isEmpty()) {
			return;
		}
		this.outbox.add(registered.stream().map(Registered::notice).toList());
		this.layerChanges.record("licences");
		this.audit.recordAll(registered.stream().map(Registered::event).toList());
	}

	/**
	 * A licence entered into the register, with what is still to be written of it.
	 *
	 * @param id the licence
	 * @param number its number in the register
	 * @param event its audit event
	 * @param notice its holder's notice
	 */
	record Registered(UUID id, long number, Audit.Event event, Notification notice) {
	}

}
