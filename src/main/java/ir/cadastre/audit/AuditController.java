package ir.cadastre.audit;

import ir.cadastre.web.Paging;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?subject=} (MINISTRY_OFFICER): the events about a subject,
 * oldest first; without a subject, the latest 1,000. With {@code page} and
 * {@code pageSize}, every event from the first on, in the order they were chained.
 */
@RestController
class AuditController {

	private final JdbcClient db;

	AuditController(JdbcClient db) {
		this.db = db;
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

}
