package ir.cadastre.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?subject=} (MINISTRY_OFFICER): the events about a subject,
 * oldest first; without a subject, the latest 1,000.
 */
@RestController
class AuditController {

	private final JdbcClient db;

	AuditController(JdbcClient db) {
		this.db = db;
	}

	@GetMapping("/api/v1/audit")
	List<Map<String, Object>> events(@RequestParam(required = false) String subject) {
		return this.db
			.sql("""
					SELECT id, at, actor, role, agency, action, subject, details::text AS details, geometry_hash, previous_hash, hash
					FROM (SELECT * FROM audit_event WHERE :subject::text IS NULL OR subject = :subject
					      ORDER BY id DESC LIMIT 1000) e
					ORDER BY id
					""")
			.param("subject", subject)
			.query()
			.listOfRows();
	}

}
