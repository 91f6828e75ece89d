package ir.cadastre.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.inquiry.Inquiries;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Paging;
import ir.cadastre.web.StateFilter;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads applications for the users allowed to see them, and withdraws them. An applicant
 * sees its own, a reviewer those its agency is consulted on, an officer all; to anyone
 * else an application does not exist (404, never 403, so ids reveal nothing).
 */
@Component
class Applications {

	/**
	 * A page of the list in its two parts, each in the order of an index
	 * (application_list_order_idx) from the place the page starts after and up to the
	 * page's last row: the pending ones by receipt, after {@code :pendingAfter}, then the
	 * rest latest first, before {@code :decidedBefore}; {@code :offset} skips the pages
	 * before this one when a page is asked for by its number alone. It is chosen on the
	 * ids alone, so that the view's columns are computed for its rows only, not for every
	 * row before them.
	 */
	private static final String PAGE = """
			 FROM unnest(ARRAY(
			     SELECT id FROM (
			         (SELECT a.id, 0 AS part, a.receipt FROM application a %1$s AND %2$s > :pendingAfter
			          ORDER BY %2$s NULLS LAST, a.receipt DESC LIMIT :limit + :offset)
			         UNION ALL
			         (SELECT a.id, 1 AS part, a.receipt FROM application a %1$s AND %2$s IS NULL AND a.receipt < :decidedBefore
			          ORDER BY %2$s NULLS LAST, a.receipt DESC LIMIT :limit + :offset)
			     ) parts
			     ORDER BY part, CASE part WHEN 0 THEN receipt END, receipt DESC
			     LIMIT :limit OFFSET :offset)) WITH ORDINALITY AS page (id, n)
			 JOIN application a ON a.id = page.id
			 ORDER BY page.n
			""";

	/**
	 * The applications under consultation whose last open window the clock has closed
	 * since the sweeping job last ran: READY_FOR_DECISION now (Art. 24), though not yet
	 * stored so. An answer stores the state in its own transaction, so these are the only
	 * ones whose state differs from the stored one. They are found once per statement,
	 * through the index of open windows' deadlines (the instant a parameter, so that the
	 * index can take it). An inquiry's state comes from its columns (V36).
	 */
	private static final String WINDOWS_CLOSED = """
			(SELECT c.application_id FROM inquiry c
			 WHERE c.status = 'OPEN' AND c.paused_at IS NULL AND c.deadline <= (SELECT cadastre_now())
			   AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = c.application_id
			                   AND inquiry_status(i.status, i.paused_at, i.deadline) = 'OPEN'))""";

	/**
	 * An application's state as of now, from a row {@code a}, as
	 * {@code application-view.sql} shows it: each row is looked up among
	 * {@link #WINDOWS_CLOSED}, and never asked about its inquiries one by one (which took
	 * the officer's counts of 300,000 applications from 42 to 200 ms).
	 */
	static final String STATUS_NOW = "CASE WHEN a.status = 'UNDER_CONSULTATION' AND a.id IN " + WINDOWS_CLOSED
			+ " THEN 'READY_FOR_DECISION' ELSE a.status END";

	/**
	 * Keeps, after {@link #visibleTo}, the applications in the states {@code :status}
	 * ({@code text[]}) as of now ({@link #STATUS_NOW}), or all when it is NULL: a list
	 * shows each application in the state it is filtered by.
	 */
	static final String IN_STATES = " AND (CAST(:status AS text[]) IS NULL OR " + STATUS_NOW
			+ " = ANY (CAST(:status AS text[])))";

	/**
	 * A pending application's receipt, and null for the others: the index's first key.
	 */
	private static final String PENDING_RECEIPT = """
			(CASE WHEN a.status IN ('SUBMITTED', 'UNDER_CONSULTATION', 'READY_FOR_DECISION') THEN a.receipt END)""";

	/** The list's order: the index's. */
	static final String PENDING_FIRST = PENDING_RECEIPT + " NULLS LAST, a.receipt DESC";

	/** An application's states, in the order of its life (DESIGN §5). */
	static final List<String> STATES = List.of("SUBMITTED", "UNDER_CONSULTATION", "READY_FOR_DECISION", "GRANTED",
			"REJECTED", "WITHDRAWN");

	/** The states of an application still to be decided. */
	private static final List<String> PENDING = STATES.subList(0, 3);

	/** The columns of an application as the API shows it, from a row named {@code a}. */
	static final String VIEW = SqlFile.read("sql/application/application-view.sql");

	private final JdbcClient db;

	private final Audit audit;

	private final Inquiries inquiries;

	Applications(JdbcClient db, Audit audit, Inquiries inquiries) {
		this.db = db;
		this.audit = audit;
		this.inquiries = inquiries;
	}

	/**
	 * The application, if this user may see it.
	 * @throws CadastreProblem 404 when it does not exist or is not the user's to see
	 */
	ApplicationView get(UUID id, CadastreUser user) {
		return one("a.id", id, user).orElseThrow(() -> notFound(id));
	}

	/**
	 * The application with this receipt number, if this user may see it.
	 * @throws CadastreProblem 404 when there is none the user may see
	 */
	ApplicationView byReceipt(long receipt, CadastreUser user) {
		return one("a.receipt", receipt, user).orElseThrow(
				() -> new CadastreProblem(HttpStatus.NOT_FOUND, "application-not-found", "Application not found",
						Text.of("There is no application with receipt {0} that you may see.", receipt)));
	}

	/**
	 * The application whose column (its id or its receipt) has this value, if the user
	 * may see it.
	 */
	private Optional<ApplicationView> one(String column, Object value, CadastreUser user) {
		return bound(VIEW + " FROM application a" + visibleTo(user) + " AND " + column + " = :value", user)
			.param("summary", false)
			.param("value", value)
			.query((rs, n) -> view(rs))
			.optional();
	}

	/**
	 * The applications this user may see, the pending ones first by receipt, so that none
	 * still to be decided is left out of the first 10,000, then the decided and withdrawn
	 * ones, latest first.
	 * @param status only those in these states ({@link StateFilter}), or {@code null}
	 * @param summary whether to leave out each one's overlaps, compensation parcels and
	 * grantable geometry
	 * @param paging the page asked for, if any; unpaged, the first 10,000
	 */
	List<ApplicationView> list(CadastreUser user, String status, boolean summary, Paging paging) {
		String[] states = StateFilter.of(status, STATES);
		List<String> asked = (states != null) ? Arrays.asList(states) : STATES;
		// Where each part starts: the pending part from its start or after the place, and
		// at its end once the place is in the rest; the rest from its start unless the
		// place is in it. A part of no state asked for starts at its end.
		Integer part = paging.after(0, Paging::part);
		Long receipt = paging.after(1, Long::valueOf);
		long pendingAfter = (Collections.disjoint(PENDING, asked) || (part != null && part == 1)) ? Long.MAX_VALUE
				: (part == null) ? Long.MIN_VALUE : receipt;
		long decidedBefore = PENDING.containsAll(asked) ? Long.MIN_VALUE
				: (part == null || part == 0) ? Long.MAX_VALUE : receipt;
		return bound(VIEW + PAGE.formatted(visibleTo(user) + IN_STATES, PENDING_RECEIPT), user).param("status", states)
			.param("summary", summary)
			.param("pendingAfter", pendingAfter)
			.param("decidedBefore", decidedBefore)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query((rs, n) -> view(rs))
			.list();
	}

	/**
	 * An application's place in the list, as {@code after} carries it: its part (0
	 * pending, 1 the rest) and receipt.
	 */
	static List<?> place(ApplicationView application) {
		return List.of(PENDING.contains(application.status()) ? 0 : 1, application.receipt());
	}

	/**
	 * How many applications this user may see are in each state, every state named.
	 */
	Map<String, Long> counts(CadastreUser user) {
		Map<String, Long> counts = new LinkedHashMap<>();
		STATES.forEach((state) -> counts.put(state, 0L));
		// By the stored state, and then those that have become ready since the sweeping
		// job last ran. An officer's, of every application, state by state from the
		// states' index alone (application_status_idx, V50): of 550,000 applications,
		// 28 ms where reading every one took 100-220 ms, and 350-680 ms before V50.
		String stored = (user.role() == Role.MINISTRY_OFFICER)
				? "SELECT s.status, (SELECT count(*) FROM application a WHERE a.status = s.status) AS n"
						+ " FROM unnest(CAST(:states AS text[])) s (status)"
				: "SELECT a.status, count(*) AS n FROM application a" + visibleTo(user) + " GROUP BY 1";
		bound(stored + " UNION ALL SELECT 'ready since', count(*) FROM application a" + visibleTo(user)
				+ " AND a.status = 'UNDER_CONSULTATION' AND a.id IN " + WINDOWS_CLOSED, user)
			.param("states", STATES.toArray(String[]::new))
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getString("status"), rs.getLong("n")));
		long ready = counts.remove("ready since");
		counts.merge("UNDER_CONSULTATION", -ready, Long::sum);
		counts.merge("READY_FOR_DECISION", ready, Long::sum);
		return counts;
	}

	/**
	 * Withdraws a pending application of this applicant and takes its area out of the
	 * applications layer, which frees it for others; its inquiries still open close.
	 * @throws CadastreProblem 404 when it is not the applicant's; 409 when already
	 * decided or withdrawn
	 */
	@Transactional
	public ApplicationView withdraw(UUID id, CadastreUser applicant) {
		Optional<Map<String, Object>> pending = this.db.sql("""
				WITH pending AS (
				    SELECT id, coalesce(feature_id, -1) AS feature_id FROM application
				    WHERE id = :id AND applicant = :user AND status NOT IN ('GRANTED', 'REJECTED', 'WITHDRAWN')
				    FOR UPDATE
				)
				UPDATE application a SET status = 'WITHDRAWN', withdrawn_at = cadastre_now(), feature_id = NULL
				FROM pending WHERE a.id = pending.id
				RETURNING pending.feature_id, a.receipt
				""").param("id", id).param("user", applicant.username()).query().listOfRows().stream().findFirst();
		if (pending.isEmpty()) {
			ApplicationView existing = get(id, applicant);
			throw new CadastreProblem(HttpStatus.CONFLICT, "not-withdrawable", "Cannot be withdrawn",
					Text.of("Application {0} is {1}; only a pending application can be withdrawn.", existing.receipt(),
							Text.state("status", existing.status())));
		}
		long receipt = ((Number) pending.get().get("receipt")).longValue();
		this.db.sql("DELETE FROM feature WHERE id = :id").param("id", pending.get().get("feature_id")).update();
		List<Audit.Event> events = new ArrayList<>();
		events.add(new Audit.Event(applicant.username(), "application.withdraw", "application:" + id,
				Map.of("receipt", receipt), null));
		events.addAll(this.inquiries.withdraw(id, receipt, "WITHDRAWN", applicant.username()));
		this.audit.recordAll(events);
		return get(id, applicant);
	}

	/**
	 * The applications this user may see, as a WHERE clause on {@code a}: one per role,
	 * so that an applicant's list reads its own rows through their index, not every
	 * application.
	 */
	static String visibleTo(CadastreUser user) {
		return switch (user.role()) {
			case MINISTRY_OFFICER -> " WHERE true";
			case APPLICANT -> " WHERE a.applicant = :user";
			case AGENCY_REVIEWER -> " WHERE :agency = ANY (a.consulted_agencies)";
			default -> " WHERE false";
		};
	}

	/** The statement, with the user's name and agency bound for {@link #visibleTo}. */
	JdbcClient.StatementSpec bound(String sql, CadastreUser user) {
		return this.db.sql(sql)
			.param("user", user.username())
			.param("agency", (user.role() == Role.AGENCY_REVIEWER) ? user.agency() : "");
	}

	static ApplicationView view(ResultSet rs) throws SQLException {
		Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
		String agencies = rs.getString("consulted_agencies");
		return new ApplicationView(rs.getObject("id", UUID.class), rs.getLong("receipt"),
				rs.getTimestamp("received_at").toInstant(), rs.getString("status"), rs.getString("type"),
				rs.getString("mineral"), rs.getString("applicant"), rs.getDouble("area_m2"),
				rs.getDouble("requested_area_m2"), rs.getBoolean("trimmed"), rs.getString("geometry"),
				rs.getString("overlaps"), agencies.isEmpty() ? List.of() : Arrays.asList(agencies.split(",")),
				rs.getBoolean("compensation"), rs.getString("compensation_parcels"), rs.getBoolean("levy"),
				(withdrawn != null) ? withdrawn.toInstant() : null, rs.getString("inquiries"),
				rs.getString("grantable_geometry"), rs.getDouble("grantable_area_m2"), rs.getString("decision"),
				rs.getObject("licence_id", UUID.class));
	}

	static CadastreProblem notFound(UUID id) {
		return new CadastreProblem(HttpStatus.NOT_FOUND, "application-not-found", "Application not found",
				Text.of("There is no application {0} that you may see.", id));
	}

}
