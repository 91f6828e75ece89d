package ir.cadastre.layer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.cadastre.geometry.TopologyFaults;
import ir.cadastre.web.Text;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The findings of an import, each with why, in words for the reader: the features
 * repaired, those refused and, in a blocking layer (licences), those that share interior
 * with a pending application. Every one is kept in {@code import_finding} in English and
 * in Persian; the report lists the first {@value ImportReport#LISTED} of each kind, in
 * the file's order.
 */
final class ImportFindings {

	static final Locale PERSIAN = Locale.forLanguageTag("fa");

	private static final String KEEP = """
			INSERT INTO import_finding (version_id, number, kind, external_id, reason, reason_fa)
			VALUES (?, ?, ?, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	/** The version the findings are kept for, or {@code null} when none are kept. */
	private final Long version;

	private final List<Object[]> batch = new ArrayList<>(ImportStaging.BATCH);

	private final List<Found> repairs;

	private final List<Found> rejections;

	private final List<Found> pendingOverlaps;

	/**
	 * Reads the findings of the checked import ({@code check-import.sql}) and keeps them
	 * for the version it made, or keeps none when {@code version} is {@code null} (a dry
	 * run, rolled back); {@code srid} is the file's, and overlaps of {@code sliverM2} or
	 * less are not findings.
	 */
	ImportFindings(JdbcClient db, JdbcTemplate jdbc, Long version, int srid, boolean blocks, double sliverM2) {
		this.jdbc = jdbc;
		this.version = version;
		this.repairs = keep("repaired", db.sql("""
				SELECT number, external_id, repair, repair_at FROM import_checked
				WHERE repair IS NOT NULL AND refused IS NULL ORDER BY number
				"""), (rs) -> repair(rs.getString(3), rs.getString(4)));
		this.rejections = keep("refused", db.sql("""
				SELECT number, external_id, refused, refused_value, fault, fault_fa FROM import_checked
				WHERE refused IS NOT NULL ORDER BY number
				"""), (rs) -> refusal(rs.getString(3), rs.getString(4), srid, rs.getString(5), rs.getString(6)));
		this.pendingOverlaps = blocks
				? keep("pending-overlap",
						db.sql("""
								SELECT c.number, c.external_id, a.external_id, round(shared.area_m2::numeric, 1)::text
								FROM import_checked c
								JOIN feature a ON a.layer_id = 'applications' AND a.retired_in IS NULL
								              AND a.geom && c.geom AND ST_Intersects(a.geom, c.geom)
								CROSS JOIN LATERAL (SELECT ST_Area(ST_Intersection(a.geom, c.geom)::geography) AS area_m2) shared
								WHERE c.refused IS NULL AND shared.area_m2 > :sliver
								ORDER BY c.number, a.external_id::bigint
								""")
							.param("sliver", sliverM2),
						(rs) -> Text.of("pending application {0}: {1} m²", rs.getString(3), rs.getString(4)))
				: List.of();
	}

	List<ImportReport.Finding> repairs(Locale locale) {
		return in(this.repairs, locale);
	}

	List<ImportReport.Finding> rejections(Locale locale) {
		return in(this.rejections, locale);
	}

	List<ImportReport.Finding> pendingOverlaps(Locale locale) {
		return in(this.pendingOverlaps, locale);
	}

	/**
	 * Reads every finding the query gives (number, id, then what {@code reason} reads)
	 * and, when findings are kept, keeps each in batches while the rows arrive; returns
	 * the first {@value ImportReport#LISTED}.
	 */
	private List<Found> keep(String kind, JdbcClient.StatementSpec query, Reason reason) {
		List<Found> listed = new ArrayList<>();
		query.withFetchSize(ImportStaging.BATCH).query((ResultSet rs) -> {
			Found found = new Found(rs.getInt(1), rs.getString(2), reason.of(rs));
			if (listed.size() < ImportReport.LISTED) {
				listed.add(found);
			}
			if (this.version == null) {
				return;
			}
			this.batch.add(new Object[] { this.version, found.number(), kind, found.id(),
					found.reason().in(Locale.ENGLISH), found.reason().in(PERSIAN) });
			if (this.batch.size() == ImportStaging.BATCH) {
				flush();
			}
		});
		flush();
		return listed;
	}

	private void flush() {
		if (!this.batch.isEmpty()) {
			this.jdbc.batchUpdate(KEEP, this.batch);
			this.batch.clear();
		}
	}

	/** GEOS's fault, and where it lies when GEOS says. */
	private static Text repair(String fault, String at) {
		Text named = TopologyFaults.named(fault);
		return (at != null) ? Text.of("{0} at {1}", named, at) : named;
	}

	/**
	 * A refusal's code, as {@code check-import.sql} and the importer give it, in words;
	 * an unreadable feature's are the file reader's, as staged.
	 */
	private static Text refusal(String code, String value, int srid, String fault, String faultFa) {
		return switch (code) {
			case "unreadable" -> Text.name(fault, faultFa);
			case "no-geometry" -> Text.of("no geometry");
			case "wrong-srid" -> Text.of("coordinates are not in EPSG:{0}", srid);
			case "empty" -> Text.of("empty geometry");
			case "not-polygonal" -> Text.of("not a polygon but a {0}", value);
			case "no-area" -> Text.of("no area");
			case "outside-jurisdiction" -> Text.of("outside the jurisdiction");
			case "register-licence" -> Text.of("licence {0} of the register holds this id", value);
			case "other-agency" -> Text.of("names agency {0}: a reviewer imports its own agency's areas only", value);
			case "no-agency" -> value.isEmpty()
					? Text.of("names no agency: an executive body's boundary names the body consulted on it (Art. 24)")
					: Text.of("names agency {0}, which the cadastre does not know: an executive body's boundary names "
							+ "the body consulted on it (Art. 24)", value);
			default -> throw new IllegalStateException("check-import.sql gave an unknown refusal: " + code);
		};
	}

	private static List<ImportReport.Finding> in(List<Found> found, Locale locale) {
		return found.stream().map((f) -> new ImportReport.Finding(f.number(), f.id(), f.reason().in(locale))).toList();
	}

	/** Why, from a finding's row. */
	@FunctionalInterface
	private interface Reason {

		Text of(ResultSet rs) throws SQLException;

	}

	private record Found(int number, String id, Text reason) {

	}

}
