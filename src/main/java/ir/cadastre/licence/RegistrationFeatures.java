package ir.cadastre.licence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Names;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feature of the licences layer that a registration of the old register names,
 * locked, and the locks taken before it: imports into the layer held off, and a file's
 * features locked together. Refuses a feature that is not a current one of the layer, an
 * external id that names none or several, and a feature already in the register. An
 * external id names the features whose own id is the same however it was typed
 * ({@link Names}: {@code EXL-۱۳۹۸-۰۰۴۲} is {@code EXL-1398-0042}).
 */
@Component
class RegistrationFeatures {

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

	RegistrationFeatures(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The feature a registration sent alone names, by its id or its external id, locked
	 * (after {@link #holdImportsOff}).
	 */
	Feature lock(RegistrationRequest request) {
		return external(request) ? lockFeature(featureOf(request.externalId().strip()), "externalId")
				: lockFeature(request.featureId(), "featureId");
	}

	/**
	 * The feature a row of a file names, once {@link #lockFeatures} has locked every
	 * feature the file names: read, with whether a licence holds it, by one statement
	 * instead of three. A feature among {@code inFile}, which earlier rows register (the
	 * file enters them together at its end), is in the register already, as it will be.
	 */
	Feature lockedInFile(RegistrationRequest request, Set<Long> inFile) {
		return unregistered(external(request) ? lockedFeatureOf(request.externalId().strip())
				: lockedFeature(request.featureId(), "featureId"), inFile);
	}

	private static boolean external(RegistrationRequest request) {
		return request.externalId() != null && !request.externalId().isBlank();
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
			.map(Names::key)
			.distinct()
			.toArray(String[]::new);
		this.db
			.sql("""
					SELECT f.id FROM feature f
					WHERE f.id = ANY (CAST(:ids AS bigint[]))
					   OR (f.layer_id = 'licences' AND name_key(f.external_id) = ANY (CAST(:externalIds AS text[])) AND f.retired_in IS NULL)
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
				WHERE layer_id = 'licences' AND name_key(external_id) = name_key(:externalId) AND retired_in IS NULL
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
	 * locked ({@link #lockedInFile}).
	 */
	private Feature lockedFeatureOf(String externalId) {
		List<Feature> features = this.db
			.sql(LOCKED_FEATURE
					+ """
							WHERE f.layer_id = 'licences' AND name_key(f.external_id) = name_key(:externalId) AND f.retired_in IS NULL
							  AND (f.ends_at IS NULL OR f.ends_at > cadastre_now())
							ORDER BY f.id
							""")
			.param("externalId", externalId)
			.query(RegistrationFeatures::feature)
			.list();
		if (features.size() != 1) {
			throw notOneFeature(externalId, features.stream().map(Feature::id).toList());
		}
		return features.get(0);
	}

	/** A feature by its id, already locked ({@link #lockedInFile}). */
	private Feature lockedFeature(long id, String field) {
		return current(LOCKED_FEATURE + "WHERE f.id = :id", id, field);
	}

	/**
	 * The feature of this id as the statement reads it, refused unless it is a current
	 * one of the licences layer.
	 */
	private Feature current(String statement, long id, String field) {
		Feature feature = this.db.sql(statement)
			.param("id", id)
			.query(RegistrationFeatures::feature)
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
		Feature feature = current(FEATURE.formatted("false") + "WHERE f.id = :id FOR UPDATE", id, field);
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
	 * A feature of the licences layer, its row locked, and whether a licence of the
	 * register holds it (asked once the lock is held).
	 */
	record Feature(long id, String externalId, AcceptedArea area, boolean current, Instant now, boolean registered) {
	}

}
