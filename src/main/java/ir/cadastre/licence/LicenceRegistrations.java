package ir.cadastre.licence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.calendar.SolarHijri;
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

	private final RegistrationFeatures features;

	private final ExpectedApplicants expected;

	private final String register = SqlFile.read("sql/licence/register-licences.sql");

	LicenceRegistrations(JdbcClient db, Licences licences, Audit audit, Outbox outbox, LayerChanges layerChanges,
			RegistrationChecks checks, RegistrationFeatures features, ExpectedApplicants expected) {
		this.db = db;
		this.licences = licences;
		this.audit = audit;
		this.outbox = outbox;
		this.layerChanges = layerChanges;
		this.checks = checks;
		this.features = features;
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
		this.features.holdImportsOff();
		List<Registered> registered = insert(List.of(prepare(this.checks.checked(request), request)), officer);
		record(registered);
		return this.licences.get(registered.get(0).id());
	}

	/**
	 * What a checked registration will enter into the register: its holder, recorded as
	 * an applicant now if the registration asks for it, and what its area overlaps now
	 * (Art. 22, 25). Only the checks refuse, before anything is written.
	 */
	Prepared prepare(RegistrationChecks.Checked checked, RegistrationRequest request) {
		if (checked.newHolder()) {
			this.expected.record(checked.holder());
		}
		return new Prepared(checked, request, this.licences.consequences(checked.feature().area()));
	}

	/**
	 * Enters prepared registrations into the register, in one statement however many (a
	 * register file's), inside the caller's transaction, their numbers in their order;
	 * their audit events, their holders' notices and the layer's change are written by
	 * {@link #record}.
	 * @return the licences, in the registrations' order
	 */
	List<Registered> insert(List<Prepared> prepared, String officer) {
		if (prepared.isEmpty()) {
			return List.of();
		}
		Map<Long, Map<String, Object>> licences = new HashMap<>();
		this.db.sql(this.register)
			.param("features", prepared.stream().map((p) -> p.checked().feature().id()).toArray(Long[]::new))
			.param("holders", texts(prepared, (p) -> p.checked().holder()))
			.param("types", texts(prepared, (p) -> p.request().type()))
			.param("minerals", texts(prepared, (p) -> p.request().mineral()))
			.param("issuedAt",
					texts(prepared, (p) -> p.checked().issuedOn().atStartOfDay(SolarHijri.TEHRAN).toInstant()))
			.param("areas", texts(prepared, (p) -> p.consequences().areaM2()))
			.param("compensations", texts(prepared, (p) -> p.consequences().compensation()))
			.param("parcels", texts(prepared, (p) -> p.consequences().parcels()))
			.param("levies", texts(prepared, (p) -> p.consequences().levy()))
			.param("endsAt", texts(prepared, (p) -> (p.term() != null) ? p.term().closesAt() : null))
			.param("lastDays", texts(prepared, (p) -> (p.term() != null) ? p.term().lastDay() : null))
			.param("lastDaysSolarHijri",
					texts(prepared, (p) -> (p.term() != null) ? p.term().lastDaySolarHijri() : null))
			.param("termYears", texts(prepared, (p) -> p.request().termYears()))
			.param("reserves",
					texts(prepared, (p) -> (p.request().reserve() != null) ? p.request().reserve().strip() : null))
			.param("costs", texts(prepared, (p) -> p.request().explorationCostRials()))
			.param("officer", officer)
			.query()
			.listOfRows()
			.forEach((row) -> licences.put(((Number) row.get("feature_id")).longValue(), row));
		return prepared.stream().map((p) -> registered(p, licences.get(p.checked().feature().id()), officer)).toList();
	}

	private static Registered registered(Prepared prepared, Map<String, Object> licence, String officer) {
		RegistrationChecks.Checked checked = prepared.checked();
		RegistrationFeatures.Feature feature = checked.feature();
		UUID id = (UUID) licence.get("id");
		long number = ((Number) licence.get("number")).longValue();
		Deadline term = prepared.term();
		Audit.Event event = new Audit.Event(officer, "licence.register", "licence:" + id,
				Map.of("featureId", feature.id(), "externalId", String.valueOf(feature.externalId()), "type",
						prepared.request().type(), "holder", checked.holder(), "newHolder", checked.newHolder()),
				Audit.sha256(feature.area().wkb()));
		Notification notice = LicenceNotices.notice(id, checked.holder(), "licence.registered", "externalId",
				feature.externalId(), "number", number, "lastDay",
				(term != null) ? new SolarDay(term.lastDaySolarHijri()) : null);
		return new Registered(id, number, event, notice);
	}

	/** Each registration's value as text, for an array the statement casts. */
	private static String[] texts(List<Prepared> prepared, Function<Prepared, Object> value) {
		return prepared.stream().map(value).map((v) -> (v != null) ? v.toString() : null).toArray(String[]::new);
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

	/**
	 * A registration checked and ready to enter the register.
	 *
	 * @param checked what the checks found
	 * @param request the registration
	 * @param consequences what its area overlaps
	 */
	record Prepared(RegistrationChecks.Checked checked, RegistrationRequest request, Consequences consequences) {

		Deadline term() {
			return this.checked.term();
		}

	}

}
