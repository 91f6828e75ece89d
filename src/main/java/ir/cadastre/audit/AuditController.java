package ir.cadastre.audit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Paging;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit?subject=} (MINISTRY_OFFICER): the events about a subject,
 * oldest first; without a subject, the latest 1,000. With {@code page} and
 * {@code pageSize}, every event from the first on, in the order they were chained.
 * {@code GET /api/v1/audit/verification}: whether every event still matches its hash and
 * follows its predecessor in its chain, and, given an anchor's digest, whether every
 * event up to the anchor is still there as it was. {@code POST /api/v1/audit/anchors}: an
 * anchor now ({@link AuditAnchors}).
 */
@RestController
class AuditController {

	private static final Pattern DIGEST = Pattern.compile("[0-9a-fA-F]{64}");

	private final JdbcClient db;

	private final JsonMapper json;

	private final AuditAnchors anchors;

	AuditController(JdbcClient db, JsonMapper json, AuditAnchors anchors) {
		this.db = db;
		this.json = json;
		this.anchors = anchors;
	}

	@GetMapping("/api/v1/audit")
	ResponseEntity<Object> events(@RequestParam(required = false) String subject,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize,
			@RequestParam(required = false) String after) {
		Paging paging = Paging.of(page, pageSize, after, 1000);
		Long afterId = paging.after(0, Long::valueOf);
		// Either order follows the primary key's index: no sort of the whole trail.
		String order = (paging.page() > 0) ? "id" : "id DESC";
		return paging.respond(this.db
			.sql("""
					SELECT id, at, actor, role, agency, action, subject, details::text AS details, geometry_hash, previous_hash, hash
					FROM (SELECT * FROM audit_event WHERE (:subject::text IS NULL OR subject = :subject) AND id > :after
					      ORDER BY %s LIMIT :limit OFFSET :offset) e
					ORDER BY id
					"""
				.formatted(order))
			.param("subject", subject)
			.param("after", (afterId != null) ? afterId : 0L)
			.param("limit", paging.limit())
			.param("offset", paging.offset())
			.query()
			.listOfRows(), (event) -> List.of(event.get("id")));
	}

	/**
	 * Checks the whole trail in one snapshot: the events, whether it is intact, and the
	 * first 100 breaks ({@code audit_breaks()}), each an event changed or out of its
	 * chain; with {@code anchor}, a digest kept outside the service, also what no longer
	 * matches that anchor.
	 * @throws CadastreProblem 400 when the anchor is not a SHA-256 in hexadecimal
	 */
	@GetMapping("/api/v1/audit/verification")
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	Map<String, Object> verification(@RequestParam(required = false) String anchor) {
		if (anchor != null && !DIGEST.matcher(anchor).matches()) {
			Text reason = Text.of("anchor is the digest of an anchor: 64 hexadecimal digits");
			throw CadastreProblem.invalidParameter("anchor", reason);
		}
		Map<String, Object> report = this.db.sql("""
				WITH breaks AS MATERIALIZED (SELECT * FROM audit_breaks())
				SELECT (SELECT count(*) FROM audit_event) AS events,
				       (SELECT count(*) FROM breaks) AS break_count,
				       (SELECT coalesce(jsonb_agg(jsonb_build_object('id', b.id, 'chain', b.chain, 'kind', b.kind,
				                                                     'problem', b.problem)
				                                  ORDER BY b.id), '[]')
				        FROM (SELECT * FROM breaks ORDER BY id LIMIT 100) b)::text AS breaks
				""").query((rs, n) -> {
			Map<String, Object> checked = new LinkedHashMap<>();
			checked.put("events", rs.getLong("events"));
			checked.put("intact", rs.getLong("break_count") == 0);
			checked.put("breakCount", rs.getLong("break_count"));
			checked.put("breaks", this.json.readTree(rs.getString("breaks")));
			return checked;
		}).single();
		if (anchor != null) {
			List<Map<String, Object>> problems = this.anchors.problems(anchor.toLowerCase(Locale.ROOT));
			report.put("intact", (boolean) report.get("intact") && problems.isEmpty());
			report.put("anchor", Map.of("digest", anchor, "problems", problems));
		}
		return report;
	}

	/**
	 * Takes an anchor of the trail now, and sends its digest to every officer to keep
	 * outside the service.
	 */
	@PostMapping("/api/v1/audit/anchors")
	ResponseEntity<AuditAnchors.Anchor> anchor(@AuthenticationPrincipal CadastreUser officer) {
		AuditAnchors.Anchor anchor = this.anchors.take(officer.username());
		return ResponseEntity.created(URI.create("/api/v1/audit/anchors/" + anchor.id())).body(anchor);
	}

	/** An anchor, with the heads of the chains it records. */
	@GetMapping("/api/v1/audit/anchors/{id}")
	AuditAnchors.Kept anchor(@PathVariable long id) {
		return this.anchors.get(id);
	}

	/** The latest 100 anchors, the newest first. */
	@GetMapping("/api/v1/audit/anchors")
	List<Map<String, Object>> anchors() {
		return this.anchors.latest();
	}

}
