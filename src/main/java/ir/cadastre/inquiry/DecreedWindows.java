package ir.cadastre.inquiry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.calendar.SolarHijri.Deadline;
import ir.cadastre.notify.Notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The open Article 24 windows a decree reaches, and what it does to each: an extension
 * moves the deadline by Solar Hijri days, a pause stops the clock, a resumption gives
 * back the time the window had left when paused. Windows already closed are not reached.
 */
@Component
class DecreedWindows {

	private final JdbcClient db;

	DecreedWindows(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Changes the open windows of the decree's scope, their applications locked; call it
	 * in the transaction that records the decree.
	 * @param region the region's WKB, or {@code null} for a layer's or an agency's
	 * @return what changed, window by window
	 */
	List<Change> change(DecreeRequest request, byte[] region) {
		// The applications are locked by a statement of their own, and their windows read
		// by the next one. A statement reads every row as it was when it started but the
		// rows it locks: one that waited for an application while an answer, a withdrawal
		// or another decree changed its inquiries would act on windows as they were.
		String[] locked = this.db.sql("""
				SELECT a.id FROM application a
				WHERE EXISTS (SELECT 1 FROM inquiry i WHERE i.application_id = a.id AND i.status = 'OPEN')
				  AND (CAST(:region AS bytea) IS NULL OR ST_Intersects(a.geom, ST_GeomFromWKB(:region, 4326)))
				ORDER BY a.id
				FOR UPDATE OF a
				""").param("region", region).query(UUID.class).stream().map(UUID::toString).toArray(String[]::new);
		List<Window> windows = this.db
			.sql("""
					SELECT i.id, i.last_day, i.paused_at, cadastre_now() AS now, i.agency_id, g.name, g.name_fa,
					       a.id AS application_id, a.receipt, a.applicant
					FROM inquiry i JOIN application a ON a.id = i.application_id JOIN agency g ON g.id = i.agency_id
					WHERE a.id = ANY (CAST(:applications AS uuid[])) AND inquiry_status(i) = 'OPEN'
					  AND (CAST(:agency AS text) IS NULL OR i.agency_id = :agency)
					  AND (CAST(:layer AS text) IS NULL OR i.agency_overlaps @> jsonb_build_array(jsonb_build_object('layer', CAST(:layer AS text))))
					ORDER BY i.id
					""")
			.param("applications", locked)
			.param("agency", request.agency())
			.param("layer", request.layer())
			.query((rs, n) -> new Window(rs.getObject("id", UUID.class), rs.getDate("last_day").toLocalDate(),
					rs.getTimestamp("paused_at"), rs.getTimestamp("now"),
					new Asked(rs.getString("agency_id"),
							new Notification.Text(rs.getString("name_fa"), rs.getString("name")),
							rs.getObject("application_id", UUID.class), rs.getLong("receipt"),
							rs.getString("applicant"))))
			.list();
		List<Change> changes = windows.stream()
			.map((window) -> change(request, window))
			.filter(Objects::nonNull)
			.toList();
		store(request.action(), changes);
		return changes;
	}

	/** What the decree does to one window; {@code null} when it does not change it. */
	private static Change change(DecreeRequest request, Window window) {
		switch (request.action()) {
			case "EXTEND" -> {
				return moved(window, SolarHijri.closingAtEndOf(window.lastDay()).extendedBy(request.days()));
			}
			case "PAUSE" -> {
				return (window.pausedAt() != null) ? null
						: new Change(window, null, Map.of("pausedAt", window.now().toInstant().toString()));
			}
			default -> {
				if (window.pausedAt() == null) {
					return null;
				}
				// The time it had left when paused runs again from now, to the
				// instant: counted in whole days, a window paused and resumed on one
				// day lost the hours between. It still closes at the end of a Tehran
				// day: the one in which that time runs out.
				Duration left = Duration.between(window.pausedAt().toInstant(),
						SolarHijri.closingAtEndOf(window.lastDay()).closesAt());
				return moved(window, SolarHijri.closingAtOrAfter(window.now().toInstant().plus(left)));
			}
		}
	}

	private static Change moved(Window window, Deadline deadline) {
		return new Change(window, deadline, Map.of("previousLastDay", SolarHijri.format(window.lastDay()), "deadline",
				deadline.closesAt().toString(), "deadlineSolarHijri", deadline.lastDaySolarHijri()));
	}

	/**
	 * Writes the changes in one statement, however many windows the decree changes: a
	 * pause stops each window's clock; an extension or a resumption moves its deadline
	 * (and a resumption starts the clock again), and it is warned again before it closes.
	 */
	private void store(String action, List<Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		String[] ids = changes.stream().map((c) -> c.window().id().toString()).toArray(String[]::new);
		if ("PAUSE".equals(action)) {
			this.db.sql("UPDATE inquiry SET paused_at = :now WHERE id = ANY (CAST(:ids AS uuid[]))")
				.param("now", changes.get(0).window().now())
				.param("ids", ids)
				.update();
			return;
		}
		this.db.sql("""
				UPDATE inquiry i SET deadline = c.deadline, last_day = c.last_day, last_day_solar_hijri = c.solar_hijri,
				       paused_at = CASE WHEN :resume THEN NULL ELSE i.paused_at END, warned_at = NULL
				FROM unnest(CAST(:ids AS uuid[]), CAST(:deadlines AS timestamptz[]), CAST(:lastDays AS date[]),
				            CAST(:solarHijri AS text[])) AS c (id, deadline, last_day, solar_hijri)
				WHERE i.id = c.id
				""")
			.param("resume", "RESUME".equals(action))
			.param("ids", ids)
			.param("deadlines", changes.stream().map((c) -> c.deadline().closesAt().toString()).toArray(String[]::new))
			.param("lastDays", changes.stream().map((c) -> c.deadline().lastDay().toString()).toArray(String[]::new))
			.param("solarHijri", changes.stream().map((c) -> c.deadline().lastDaySolarHijri()).toArray(String[]::new))
			.update();
	}

	record Window(UUID id, LocalDate lastDay, Timestamp pausedAt, Timestamp now, Asked asked) {
	}

	/**
	 * What a decree does to a window.
	 *
	 * @param window the window
	 * @param deadline its new deadline, or {@code null} when paused
	 * @param details what the audit trail records of it
	 */
	record Change(Window window, Deadline deadline, Map<String, Object> details) {
	}

	/** Who an inquiry asks, and about what. */
	record Asked(String agency, Notification.Text agencyName, UUID application, long receipt, String applicant) {
	}

}
