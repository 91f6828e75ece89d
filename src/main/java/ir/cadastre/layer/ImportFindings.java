package ir.cadastre.layer;

import java.util.List;
import java.util.Locale;

import ir.cadastre.geometry.TopologyFaults;
import ir.cadastre.web.Text;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The features an import's report names, each with why, in words for the reader: those
 * repaired, those refused and, in a blocking layer (licences), those that share interior
 * with a pending application. At most {@value ImportReport#LISTED} of each kind, in the
 * file's order.
 */
final class ImportFindings {

	private final List<Found> repairs;

	private final List<Found> rejections;

	private final List<Found> pendingOverlaps;

	/**
	 * Reads the findings of the checked import ({@code check-import.sql}); {@code srid}
	 * is the file's, and overlaps of {@code sliverM2} or less are not findings.
	 */
	ImportFindings(JdbcClient db, ImportStaging staging, int srid, boolean blocks, double sliverM2) {
		this.repairs = db
			.sql("SELECT number, external_id, repair, repair_at FROM import_checked "
					+ "WHERE repair IS NOT NULL AND refused IS NULL ORDER BY number LIMIT " + ImportReport.LISTED)
			.query((rs, n) -> new Found(rs.getInt(1), rs.getString(2), repair(rs.getString(3), rs.getString(4))))
			.list();
		this.rejections = db
			.sql("SELECT number, external_id, refused, refused_value FROM import_checked "
					+ "WHERE refused IS NOT NULL ORDER BY number LIMIT " + ImportReport.LISTED)
			.query((rs, n) -> new Found(rs.getInt(1), rs.getString(2),
					refusal(rs.getString(3), rs.getString(4), srid, staging.fault(rs.getInt(1)))))
			.list();
		this.pendingOverlaps = blocks ? db.sql("""
				SELECT c.number, c.external_id, a.external_id, round(shared.area_m2::numeric, 1)::text
				FROM import_checked c
				JOIN feature a ON a.layer_id = 'applications' AND a.retired_in IS NULL
				              AND a.geom && c.geom AND ST_Intersects(a.geom, c.geom)
				CROSS JOIN LATERAL (SELECT ST_Area(ST_Intersection(a.geom, c.geom)::geography) AS area_m2) shared
				WHERE c.refused IS NULL AND shared.area_m2 > :sliver
				ORDER BY c.number, a.external_id::bigint LIMIT :listed
				""")
			.param("sliver", sliverM2)
			.param("listed", ImportReport.LISTED)
			.query((rs, n) -> new Found(rs.getInt(1), rs.getString(2),
					Text.of("pending application {0}: {1} m²", rs.getString(3), rs.getString(4))))
			.list() : List.of();
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

	/** GEOS's fault, and where it lies when GEOS says. */
	private static Text repair(String fault, String at) {
		Text named = TopologyFaults.named(fault);
		return (at != null) ? Text.of("{0} at {1}", named, at) : named;
	}

	/**
	 * A refusal's code, as {@code check-import.sql} and the importer give it, in words.
	 */
	private static Text refusal(String code, String value, int srid, Text fault) {
		return switch (code) {
			case "unreadable" -> fault;
			case "no-geometry" -> Text.of("no geometry");
			case "wrong-srid" -> Text.of("coordinates are not in EPSG:{0}", srid);
			case "empty" -> Text.of("empty geometry");
			case "not-polygonal" -> Text.of("not a polygon but a {0}", value);
			case "no-area" -> Text.of("no area");
			case "outside-jurisdiction" -> Text.of("outside the jurisdiction");
			case "register-licence" -> Text.of("licence {0} of the register holds this id", value);
			default -> throw new IllegalStateException("check-import.sql gave an unknown refusal: " + code);
		};
	}

	private static List<ImportReport.Finding> in(List<Found> found, Locale locale) {
		return found.stream().map((f) -> new ImportReport.Finding(f.number(), f.id(), f.reason().in(locale))).toList();
	}

	private record Found(int number, String id, Text reason) {

	}

}
