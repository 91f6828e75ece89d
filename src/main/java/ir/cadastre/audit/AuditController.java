package ir.cadastre.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import ir.cadastre.web.Paging;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?subject=} (MINISTRY_OFFICER): the events about a subject,
 * oldest first; without a subject, the latest 1,000. With {@code page} and
 * {@code pageSize}, every event from the first on, in the order they were chained.
 * {@code GET /api/v1/audit/verification}: whether every event still matches its hash and
 * follows its predecessor in its chain.
 */
@RestController
class AuditController {

	private final JdbcClient db;

	private final JsonMapper json;

	AuditController(JdbcClient db, JsonMapper json) {
		this.db = db;
		this.json = json;
	}

	@GetMapping("/api/v1/audit")
	ResponseEntity<Object> events(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize) {
		Paging paging = Paging.of(page, pageSize, 1000);
		// Either order follows the primary key's index: no sort of the whole trail.
		String order = (paging.page() > 0) ? "id" : "id DESC";
		return paging.respond(this.db
			.sql("""
					SELECT id, at, actor, role, agency, action, subject, details::text AS details, geometry_hash, previous_hash, hash
					FROM (SELECT * FROM audit_event WHERE :subject::text IS NULL OR subject = :subject
					      ORDER BY %s LIMIT :limit OFFSET :offset) e
					ORDER BY id
					"""
				.formatted(order))
			.param("subject", subject)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query()
			.listOfRows());
	}

	/**
	 * Checks the whole trail in one snapshot: the events, whether it is intact, and the
	 * first 100 breaks ({@code audit_breaks()}), each an event changed or out of its
	 * chain.
	 */
	@GetMapping("/api/v1/audit/verification")
	Map<String, Object> verification() {
		return this.db.sql("""
				WITH breaks AS MATERIALIZED (SELECT * FROM audit_breaks())
				SELECT (SELECT count(*) FROM audit_event) AS events,
				       (SELECT count(*) FROM breaks) AS break_count,
				       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', b.id, 'chain', b.chain, 'kind', b.kind,
				                                                     'problem', b.problem)
				                                  ORDER BY b.id), '[]')
				        FROM (SELECT * FROM breaks ORDER BY id LIMIT 100) b)::text AS breaks
				""").query((rs, n) -> {
			Map<String, Object> report = new LinkedHashMap<>();
			report.put("events", rs.getLong("events"));
			report.put("intact", rs.getLong("break_count") == 0);
			report.put("breakCount", rs.getLong("break_count"));
			report.put("breaks", this.json.readTree(rs.getString("breaks")));
			return report;
		}).single();
	}

}
