package ir.cadastre.licence;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ir.cadastre.geometry.AreaVertices;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.BoundingBox;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Paging;
import ir.cadastre.web.StateFilter;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register as anyone reads it: its pages, a licence found by its number, and the
 * vertices of a licence's area for its document.
 */
@Component
class LicenceSearch {

	/**
	 * A page of the register, the latest first. It is chosen on the ids alone, so that
	 * the GeoJSON is written for its rows only, not for every row before them.
	 */
	private static final String PAGE = Licences.COLUMNS + """
			FROM unnest(ARRAY(
			    SELECT l.id FROM licence l
			    WHERE (NOT :bounded OR l.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))
			      AND (CAST(:holder AS text) IS NULL OR l.holder = :holder)
			      AND (CAST(:status AS text[]) IS NULL OR licence_status(l) = ANY (CAST(:status AS text[])))
			      AND (CAST(:requested AS boolean) IS NULL
			           OR (licence_status(l) = 'ACTIVE' AND (l.requested_at IS NOT NULL OR l.transfer_to IS NOT NULL))
			              = CAST(:requested AS boolean))
			      AND (CAST(:warned AS boolean) IS NULL
			           OR EXISTS (SELECT 1 FROM licence_warning w WHERE w.licence_id = l.id AND w.outcome IS NULL)
			              = CAST(:warned AS boolean))
			      AND l.number < :before
			    ORDER BY l.number DESC LIMIT :limit OFFSET :offset)) WITH ORDINALITY AS page (id, n)
			JOIN licence l ON l.id = page.id
			ORDER BY page.n
			""";

	private final JdbcClient db;

	LicenceSearch(JdbcClient db) {
		this.db = db;
	}

	/**
	 * The licences, the latest first.
	 * @param bbox only those in the box, if one is given
	 * @param holder only this holder's, if given
	 * @param status only those in these states as the clock has them now, if given
	 * @param requested {@code true}: only the active ones whose holder's request (the
	 * exploitation licence, the renewal, a transfer) awaits the ministry; {@code false}:
	 * the others; if given
	 * @param warned {@code true}: only those with a warning still to be decided (Art.
	 * 20); {@code false}: the others; if given
	 * @param paging the page asked for, if any; unpaged, the first 10,000
	 */
	List<LicenceView> list(String bbox, String holder, String status, String requested, String warned, Paging paging) {
		double[] box = (bbox != null) ? BoundingBox.parse(bbox) : null;
		return this.db.sql(PAGE)
			.param("holder", holder)
			.param("status", StateFilter.of(status, Licences.STATES))
			.param("requested", BooleanFilter.of("requested", requested))
			.param("warned", BooleanFilter.of("warned", warned))
			.param("bounded", box != null)
			.param("minLon", (box != null) ? box[0] : 0)
			.param("minLat", (box != null) ? box[1] : 0)
			.param("maxLon", (box != null) ? box[2] : 0)
			.param("maxLat", (box != null) ? box[3] : 0)
			.param("before", Objects.requireNonNullElse(paging.after(0, Long::valueOf), Long.MAX_VALUE))
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query(Licences::view)
			.list();
	}

	/**
	 * The licence with this number.
	 * @throws CadastreProblem 404 when there is none
	 */
	LicenceView byNumber(long number) {
		return this.db.sql(Licences.COLUMNS + " FROM licence l WHERE l.number = :number")
			.param("number", number)
			.query(Licences::view)
			.optional()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "licence-not-found", "Licence not found",
					Text.of("There is no licence No. {0}.", number)));
	}

	/**
	 * A licence's vertices, as its document lists them.
	 * @throws CadastreProblem 404 when there is none
	 */
	AreaVertices vertices(UUID id) {
		AreaVertices vertices = AreaVertices.read(this.db, "SELECT geom FROM licence WHERE id = :id", id);
		if (vertices.rings().isEmpty()) {
			throw Licences.notFound(id);
		}
		return vertices;
	}

}
