package ir.cadastre.licence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.mineral.MineralCatalog;
import ir.cadastre.security.ExpectedApplicants;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.IsoDay;
import ir.cadastre.web.Text;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a licence issued before the service must be to enter the register: a current
 * feature of the licences layer that no licence holds, an enabled applicant as its holder
 * (or one recorded for it), a mineral the law licenses here (Art. 3, 4), and a term that
 * still runs, no longer than the law allows (Art. 8, Art. 10 note 3).
 */
@Component
class RegistrationChecks {

	/** The kinds of licence a registration names. */
	static final List<String> TYPES = List.of("EXPLORATION", "DISCOVERY_CERTIFICATE", "EXPLOITATION",
			"WITHDRAWAL_PERMIT");

	/**
	 * A feature as a registration reads it, with whether a licence holds it (%s: asked
	 * here only once the feature is locked); the statement's WHERE follows.
	 */
	private static final String FEATURE = """
			SELECT f.id, f.external_id, ST_AsBinary(f.geom) AS wkb, ST_Area(f.geom::geography) AS area_m2,
			       f.layer_id = 'licences' AND f.retired_in IS NULL
			           AND (f.ends_at IS NULL OR f.ends_at > cadastre_now()) AS current,
			       cadastre_now() AS now, %s AS registered
			FROM feature f
			""";

	private static final String LOCKED_FEATURE = FEATURE
		.formatted("EXISTS (SELECT FROM licence l WHERE l.feature_id = f.id)");

	private final JdbcClient db;

	private final MineralCatalog minerals;

	/** The longest a withdrawal permit runs (Art. 13), as one granted here. */
	private final int permitMaxMonths;

	RegistrationChecks(JdbcClient db, MineralCatalog minerals,
			@Value("${cadastre.applications.withdrawal-permit-max-months:24}") int permitMaxMonths) {
		this.db = db;
		this.minerals = minerals;
		this.permitMaxMonths = permitMaxMonths;
	}

	/**
	 * The registration's feature, locked, and its holder, day of issue and term. The
	 * caller holds imports off first ({@link #holdImportsOff}, or {@link #lockFeatures}
	 * for a file's rows), before any feature is locked.
	 * @throws CadastreProblem as {@link LicenceRegistrations#register} does
	 */
	Checked checked(RegistrationRequest request) {
		return checked(request, null);
	}

	/**
	 * A row of a file checked, once {@link #lockFeatures} has locked every feature the
	 * file names: its feature is then read, with whether a licence holds it, by one
	 * statement instead of three. A feature among {@code inFile}, which earlier rows
	 * register (the file enters them together at its end), is in the register already, as
	 * it will be. Refuses what {@link #checked} refuses, in the same words.
	 */
	Checked checkedInFile(RegistrationRequest request, Set<Long> inFile) {
		return checked(request, inFile);
	}

	/**
	 * @param inFile the features earlier rows of a file register, or {@code null} alone
	 */
	private Checked checked(RegistrationRequest request, Set<Long> inFile) {
		List<InputError> errors = new ArrayList<>();
		boolean byExternalId = request.externalId() != null && !request.externalId().isBlank();
		if ((request.featureId() == null) == !byExternalId) {
			errors.add(InputError.of("featureId", Text.of("give the feature's id or its externalId, one of them")));
		}
		RequestFields.text(errors, "holder", request.holder(), true);
		if (request.type() == null || !TYPES.contains(request.type())) {
			errors.add(InputError.of("type", Text.of("one of {0}", String.join(", ", TYPES))));
		}
		RequestFields.text(errors, "mineral", request.mineral(), true);
		LocalDate issuedOn = day(errors, "issuedOn", request.issuedOn(), true);
		boolean exploration = "EXPLORATION".equals(request.type());
		LocalDate lastDay = day(errors, "lastDay", request.lastDay(), !exploration);
		if (exploration && lastDay != null) {
			errors.add(InputError.of("lastDay", Text.of("an exploration licence has no term here (Art. 6)")));
		}
		boolean exploitation = "EXPLOITATION".equals(request.type());
		if (exploitation != (request.termYears() != null)) {
			errors.add(InputError.of("termYears", exploitation ? Text.of("required: the current period in whole years")
					: Text.of("only an exploitation licence has a period in years")));
		}
		boolean certificate = "DISCOVERY_CERTIFICATE".equals(request.type());
		if (!certificate && (request.reserve() != null || request.explorationCostRials() != null)) {
			errors.add(InputError.of(request.reserve() != null ? "reserve" : "explorationCostRials",
					Text.of("only a discovery certificate has a reserve and a cost of exploration")));
		}
		RequestFields.text(errors, "reserve", request.reserve(), false);
		if (request.explorationCostRials() != null && !RequestFields.wholeRials(request.explorationCostRials())) {
			errors.add(InputError.of("explorationCostRials", Text.of("a whole number of rials, 0 or more")));
		}
		RequestFields.refuse(errors);

		Feature feature;
		if (inFile != null) {
			feature = unregistered(byExternalId ? lockedFeatureOf(request.externalId().strip())
					: lockedFeature(request.featureId(), "featureId"), inFile);
		}
		else {
			feature = byExternalId ? lockFeature(featureOf(request.externalId().strip()), "externalId")
					: lockFeature(request.featureId(), "featureId");
		}
		String holder = request.holder().strip();
		boolean newHolder = newHolder(holder, Boolean.TRUE.equals(request.newHolder()));
		this.minerals.licensable(request.mineral());
		Deadline term = (lastDay != null) ? SolarHijri.closingAtEndOf(lastDay) : null;
		RegistrationTerms.check(request, issuedOn, term, feature.now(), this.permitMaxMonths);
		return new Checked(feature, holder, newHolder, issuedOn, term);
	}

	/**
	 * Waits for an import into the licences layer in flight, and holds the next one off
	 * until this transaction ends, on the lock that submissions share for the same reason
	 * (migration V12): a replacement of the layer that ran beside a registration would
	 * judge by the register as it was when it started, and retire the feature just
	 * registered, its licence then active but blocking nothing.
	 */
	void holdImportsOff() {
		this.db.sql("SELECT pg_advisory_xact_lock_shared(7260, 0)").query().singleRow();
	}

	/**
	 * Locks the features these registrations name, in the order of their ids, after
	 * {@link #holdImportsOff}: a file's rows then lock nothing more, and two files that
	 * name the same licences in other orders take turns instead of each holding what the
	 * other waits for (a deadlock, which failed one of them whole).
	 */
	void lockFeatures(List<RegistrationRequest> requests) {
		holdImportsOff();
		Long[] ids = requests.stream()
			.map(RegistrationRequest::featureId)
			.filter(Objects::nonNull)
			.distinct()
			.toArray(Long[]::new);
		String[] externalIds = requests.stream()
			.map(RegistrationRequest::externalId)
			.filter((id) -> id != null && !id.isBlank())
			.map(String::strip)
			.distinct()
			.toArray(String[]::new);
		this.db
			.sql("""
					SELECT f.id FROM feature f
					WHERE f.id = ANY (CAST(:ids AS bigint[]))
					   OR (f.layer_id = 'licences' AND f.external_id = ANY (CAST(:externalIds AS text[])) AND f.retired_in IS NULL)
					ORDER BY f.id
					FOR UPDATE OF f
					""")
			.param("ids", ids)
			.param("externalIds", externalIds)
			.query(Long.class)
			.list();
	}

	/** The current feature of the licences layer that bears this id of its own. */
	private long featureOf(String externalId) {
		List<Long> ids = this.db.sql("""
				SELECT id FROM feature
				WHERE layer_id = 'licences' AND external_id = :externalId AND retired_in IS NULL
				  AND (ends_at IS NULL OR ends_at > cadastre_now())
				""").param("externalId", externalId).query(Long.class).list();
		if (ids.size() != 1) {
			throw notOneFeature(externalId, ids);
		}
		return ids.get(0);
	}

	/** The refusal of an external id that no current feature, or several, bear. */
	private static CadastreProblem notOneFeature(String externalId, List<Long> ids) {
		Text reason = ids.isEmpty() ? Text.of("no current feature of the licences layer has this id") : Text
			.of("{0} current features of the licences layer have this id ({1}): give featureId", ids.size(), ids);
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT,
				ids.isEmpty() ? "not-a-licence-feature" : "ambiguous-feature",
				ids.isEmpty() ? "Not a licence's feature" : "Ambiguous id", Text.of("'{0}': {1}.", externalId, reason),
				List.of(InputError.of("externalId", reason)), Map.of());
	}

	/**
	 * The current feature of the licences layer that bears this id of its own, already
	 * locked ({@link #checkedInFile}).
	 */
	private Feature lockedFeatureOf(String externalId) {
		List<Feature> features = this.db.sql(LOCKED_FEATURE + """
				WHERE f.layer_id = 'licences' AND f.external_id = :externalId AND f.retired_in IS NULL
				  AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
				ORDER BY f.id
				""").param("externalId", externalId).query(RegistrationChecks::feature).list();
		if (features.size() != 1) {
			throw notOneFeature(externalId, features.stream().map(Feature::id).toList());
		}
		return features.get(0);
	}

	/** A feature by its id, already locked ({@link #checkedInFile}). */
	private Feature lockedFeature(long id, String field) {
		Feature feature = this.db.sql(LOCKED_FEATURE + "WHERE f.id = :id")
			.param("id", id)
			.query(RegistrationChecks::feature)
			.optional()
			.orElse(null);
		if (feature == null || !feature.current()) {
			throw notALicenceFeature(id, field);
		}
		return feature;
	}

	private static Feature unregistered(Feature feature, Set<Long> inFile) {
		if (feature.registered() || inFile.contains(feature.id())) {
			throw alreadyRegistered(feature.id());
		}
		return feature;
	}

	private static Feature feature(ResultSet rs, int n) throws SQLException {
		return new Feature(rs.getLong("id"), rs.getString("external_id"),
				AcceptedArea.ofWkb(rs.getBytes("wkb"), rs.getDouble("area_m2")), rs.getBoolean("current"),
				rs.getTimestamp("now").toInstant(), rs.getBoolean("registered"));
	}

	private Feature lockFeature(long id, String field) {
		Feature feature = this.db.sql(FEATURE.formatted("false") + "WHERE f.id = :id FOR UPDATE")
			.param("id", id)
			.query(RegistrationChecks::feature)
			.optional()
			.orElse(null);
		if (feature == null || !feature.current()) {
			throw notALicenceFeature(id, field);
		}
		// Asked after the lock, in a statement of its own, so that it sees a registration
		// that another officer committed while this one waited for the lock.
		if (this.db.sql("SELECT EXISTS (SELECT FROM licence WHERE feature_id = :id)")
			.param("id", id)
			.query(Boolean.class)
			.single()) {
			throw alreadyRegistered(id);
		}
		return feature;
	}

	/** The refusal of a feature that is not a current one of the licences layer. */
	private static CadastreProblem notALicenceFeature(long id, String field) {
		Text reason = Text.of("not a current feature of the licences layer");
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "not-a-licence-feature", "Not a licence's feature",
				Text.of("Feature {0} is {1}: import the licence's area there first "
						+ "(POST /api/v1/layers/licences/imports, mode=append).", id, reason),
				List.of(InputError.of(field, reason)), Map.of());
	}

	/** The refusal of a feature that is a licence of the register already. */
	static CadastreProblem alreadyRegistered(long feature) {
		return new CadastreProblem(HttpStatus.CONFLICT, "already-registered", "Already registered",
				Text.of("Feature {0} is already a licence of the register.", feature));
	}

	/**
	 * Whether the holder is to be recorded as an applicant: an enabled applicant is one
	 * already; a name that no user has is recorded when the registration asks for it, as
	 * the identity provider's users are when they first sign in.
	 */
	private boolean newHolder(String holder, boolean mayRecord) {
		Optional<Boolean> applicant = this.db
			.sql("SELECT role = 'APPLICANT' AND enabled FROM app_user WHERE username = :username")
			.param("username", holder)
			.query(Boolean.class)
			.optional();
		Text reason;
		if (applicant.isPresent()) {
			if (applicant.get()) {
				return false;
			}
			reason = Text.of("is not an enabled applicant");
		}
		else if (!mayRecord) {
			reason = Text.of("is not a user of the cadastre (newHolder true records it as an applicant, who signs "
					+ "in with the ministry's identity provider; newHolders=true for a file)");
		}
		else if (!ExpectedApplicants.isUserName(holder)) {
			reason = Text.of("is not a user name: 2 to 64 of a-z, 0-9, '.', '_' or '-', the first a letter or digit");
		}
		else {
			return true;
		}
		throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-holder", "Invalid holder",
				Text.of("'{0}' {1}.", holder, reason), List.of(InputError.of("holder", reason)), Map.of());
	}

	private static LocalDate day(List<InputError> errors, String field, String text, boolean required) {
		LocalDate day = IsoDay.parse(text);
		if (text == null && required) {
			errors.add(InputError.of(field, Text.of("required")));
		}
		else if (text != null && day == null) {
			errors.add(InputError.of(field, Text.of("a day as yyyy-MM-dd (ISO 8601)")));
		}
		return day;
	}

	/**
	 * A registration checked: its feature, holder (and whether to record it as an
	 * applicant), day of issue and term.
	 */
	record Checked(Feature feature, String holder, boolean newHolder, LocalDate issuedOn, Deadline term) {
	}

	/**
	 * A feature of the licences layer, its row locked, and whether a licence of the
	 * register holds it (asked once the lock is held).
	 */
	record Feature(long id, String externalId, AcceptedArea area, boolean current, Instant now, boolean registered) {
	}

}
