package ir.cadastre.inquiry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.SqlFile;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Paging;
import ir.cadastre.web.StateFilter;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shows Article 24 inquiries to the agency asked, and all of them to officers; to anyone
 * else an inquiry does not exist (404).
 */
@Component
class InquiryReader {

	/** An inquiry's states, open first (DESIGN §5). */
	static final List<String> STATES = List.of("OPEN", "CONSENTED", "OBJECTED", "PARTIALLY_OBJECTED", "DEEMED_CONSENT",
			"WITHDRAWN");

	private static final String COLUMNS = SqlFile.read("sql/inquiry/inquiry-view.sql");

	private static final String VIEW = COLUMNS + " FROM inquiry i JOIN application a ON a.id = i.application_id";

	/** Keeps the inquiries in the states {@code :status} now, or all when it is NULL. */
	static final String IN_STATES = """
			AND (CAST(:status AS text[]) IS NULL OR inquiry_status(i) = ANY (CAST(:status AS text[])))""";

	/**
	 * A page of the list, filtered by state and days left ({@code %s}), in its two parts:
	 * the open ones by deadline, in the order of the open inquiries' index
	 * (inquiry_due_idx), then the rest latest first, in that of every inquiry's
	 * (inquiry_deadline_idx) or the agency's (inquiry_agency_idx); each read up to the
	 * page's last row, from the place the page starts after. It is chosen on the ids
	 * alone, so that the view's columns are computed for its rows only, not for every row
	 * before them.
	 */
	private static final String PAGE = COLUMNS + SqlFile.read("sql/inquiry/inquiry-page.sql");

	/** A place before every inquiry in its part of the list, and one after. */
	private static final List<String> FIRST = List.of("-infinity", "00000000-0000-0000-0000-000000000000");

	private static final List<String> LAST = List.of("infinity", "ffffffff-ffff-ffff-ffff-ffffffffffff");

	/** Counts by state: the inquiries since the kept months, and the kept months. */
	private static final String COUNTS = """
			SELECT status, sum(n) AS n FROM (
			    SELECT inquiry_status(i.status, i.paused_at, i.deadline) AS status, count(*) AS n
			    FROM inquiry i %1$s AND i.notified_at >= (SELECT kept_until FROM inquiry_figures_kept)
			    GROUP BY 1
			    UNION ALL
			    SELECT s.status, s.n
			    FROM inquiry_month_figures i
			         CROSS JOIN LATERAL (VALUES ('CONSENTED', i.consented), ('OBJECTED', i.objected),
			                                    ('PARTIALLY_OBJECTED', i.partially_objected),
			                                    ('DEEMED_CONSENT', i.deemed_consent), ('WITHDRAWN', i.withdrawn)) s (status, n)
			    %1$s
			) counted
			GROUP BY status
			""";

	private final JdbcClient db;

	private final InquiryProperties properties;

	InquiryReader(JdbcClient db, InquiryProperties properties) {
		this.db = db;
		this.properties = properties;
	}

	/**
	 * The inquiries a reviewer's agency was asked, or all for an officer: the open ones
	 * first by deadline, so that none an agency must still answer is left out of the
	 * first 5,000, then the answered and deemed ones, latest first.
	 * @param status only those in these states now ({@link StateFilter}), or {@code null}
	 * @param dueWithinDays only open ones with at most this many days left, not paused (a
	 * paused window does not close), or {@code null}
	 * @param summary whether to leave out each one's overlaps and refused part
	 * @param paging the page asked for, if any; unpaged, the first 5,000
	 */
	List<InquiryView> list(CadastreUser user, String status, Integer dueWithinDays, boolean summary, Paging paging) {
		String[] states = StateFilter.of(status, STATES);
		if (dueWithinDays != null && (dueWithinDays < 0 || dueWithinDays > 3660)) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid parameter",
					Text.of("dueWithinDays is a number of days from 0 to 3660."));
		}
		List<String> asked = (states != null) ? Arrays.asList(states) : STATES;
		Integer part = paging.after(0, Paging::part);
		List<String> place = (part != null)
				? List.of(paging.after(1, Instant::parse).toString(), paging.after(2, UUID::fromString).toString())
				: null;
		// Where each part starts: the open part from its start or after the place, and at
		// its end once the place is in the rest; the rest from its start (its LAST, read
		// backwards) unless the place is in it. A part of no state asked for starts at
		// its end.
		List<String> open = (!asked.contains("OPEN") || (part != null && part == 1)) ? LAST
				: (part == null) ? FIRST : place;
		List<String> rest = asked.equals(List.of("OPEN")) ? FIRST : (part == null || part == 0) ? LAST : place;
		return visible(PAGE.formatted(visibleTo(user) + IN_STATES), user).param("status", states)
			.param("due", dueWithinDays)
			.param("summary", summary)
			.param("openAfter", open.get(0))
			.param("openAfterId", open.get(1))
			.param("restBefore", rest.get(0))
			.param("restBeforeId", rest.get(1))
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(this::view)
			.list();
	}

	/**
	 * An inquiry's place in the list, as {@code after} carries it: its part (0 open, 1
	 * the rest), deadline and id.
	 */
	static List<?> place(InquiryView inquiry) {
		return List.of("OPEN".equals(inquiry.status()) ? 0 : 1, inquiry.deadline(), inquiry.id());
	}

	/**
	 * How many of the inquiries this user may see are in each state now (an unanswered
	 * one whose window has closed is a deemed consent), every state named. The months the
	 * sweeping job kept, whose inquiries are all settled, are read whole (V47), so that
	 * the reviewer's and officer's tabs count the last months' inquiries only.
	 */
	Map<String, Long> counts(CadastreUser user) {
		Map<String, Long> counts = new LinkedHashMap<>();
		STATES.forEach((state) -> counts.put(state, 0L));
		visible(COUNTS.formatted(visibleTo(user)), user)
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getString("status"), rs.getLong("n")));
		return counts;
	}

	/**
	 * The inquiry, if this user may see it.
	 * @throws CadastreProblem 404 when it does not exist or is another agency's
	 */
	InquiryView get(UUID id, CadastreUser user) {
		return visible(VIEW + visibleTo(user) + " AND i.id = :id", user).param("summary", false)
			.param("id", id)
			.query(this::view)
			.optional()
			.orElseThrow(() -> notFound(id));
	}

	/**
	 * The inquiries this user may see, as a WHERE clause on {@code i}: an officer every
	 * one, a reviewer its agency's, anyone else none.
	 */
	static String visibleTo(CadastreUser user) {
		return switch (user.role()) {
			case MINISTRY_OFFICER -> " WHERE true ";
			case AGENCY_REVIEWER -> " WHERE i.agency_id = :agency ";
			default -> " WHERE false ";
		};
	}

	/** The statement, with the reviewer's agency bound for {@link #visibleTo}. */
	JdbcClient.StatementSpec visible(String sql, CadastreUser user) {
		return this.db.sql(sql).param("agency", user.agency()).param("warningDays", this.properties.warningDays());
	}

	private InquiryView view(ResultSet rs, int n) throws SQLException {
		Timestamp answeredAt = rs.getTimestamp("answered_at");
		Timestamp deemedAt = rs.getTimestamp("deemed_at");
		Timestamp pausedAt = rs.getTimestamp("paused_at");
		String status = rs.getString("status");
		InquiryView.Response response = (answeredAt != null)
				? new InquiryView.Response(decisionOf(status), rs.getString("reason"), rs.getString("refused_geometry"),
						answeredAt.toInstant(), rs.getString("answered_by"))
				: null;
		return new InquiryView(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
				rs.getLong("application_receipt"), rs.getString("agency_id"), status,
				rs.getTimestamp("notified_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
				rs.getString("last_day_solar_hijri"), "OPEN".equals(status) ? rs.getInt("days_left") : null,
				rs.getBoolean("due_soon"), rs.getBoolean("paused"), (pausedAt != null) ? pausedAt.toInstant() : null,
				rs.getString("time_left"), rs.getString("application_geometry"), rs.getString("overlaps"),
				rs.getDouble("overlap_area_m2"), response, (deemedAt != null) ? deemedAt.toInstant() : null);
	}

	private static String decisionOf(String status) {
		return switch (status) {
			case "CONSENTED" -> "CONSENT";
			case "OBJECTED" -> "OBJECTION";
			default -> "PARTIAL_OBJECTION";
		};
	}

	static CadastreProblem notFound(UUID id) {
		return new CadastreProblem(HttpStatus.NOT_FOUND, "inquiry-not-found", "Inquiry not found",
				Text.of("There is no inquiry {0} that you may see.", id));
	}

	/**
	 * The list's order, as the spreadsheet reads it whole: the open ones first by
	 * deadline, then the rest latest first ({@link #PAGE} reads the same order a part at
	 * a time). A list of open ones only is read in the order of the open inquiries' index
	 * (inquiry_due_idx), and one without open ones in that of the agency's
	 * (inquiry_agency_idx).
	 *
	 * @param where what the states asked for imply, for the planner to see the index
	 * @param by the ORDER BY
	 */
	record Order(String where, String by) {

		static Order of(String[] states) {
			List<String> asked = (states != null) ? Arrays.asList(states) : STATES;
			if (!asked.contains("OPEN")) {
				return new Order("", "i.deadline DESC, i.id DESC");
			}
			if (asked.size() == 1) {
				return new Order(" AND i.status = 'OPEN'", "i.deadline, i.id");
			}
			return new Order("",
					"CASE WHEN inquiry_status(i) = 'OPEN' THEN i.deadline END NULLS LAST, i.deadline DESC, i.id DESC");
		}

	}

}
