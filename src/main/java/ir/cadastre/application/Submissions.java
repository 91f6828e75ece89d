package ir.cadastre.application;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.inquiry.Inquiries;
import ir.cadastre.mineral.Mineral;
import ir.cadastre.mineral.MineralCatalog;
import ir.cadastre.overlap.Overlap;
import ir.cadastre.overlap.OverlapFinder;
import ir.cadastre.overlap.OverlapReport;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts an application, or refuses it, inside one transaction that holds the area's
 * claim locks from the check for earlier claims to the insert: among racing submissions
 * that overlap, exactly one is accepted, with the earliest receipt, and the others see
 * it.
 */
@Component
public class Submissions {

	/**
	 * Ends the accepting statement: the submission's audit event is appended in it, which
	 * saves a round trip while the claim locks are held.
	 */
	private static final String AUDITED = """
			 FROM a, LATERAL (SELECT audit_append(ARRAY[a.applicant], ARRAY['application.submit'],
			         ARRAY['application:' || a.id],
			         ARRAY[jsonb_build_object('receipt', a.receipt, 'status', a.status, 'mineral', a.mineral,
			                                  'trimmed', a.trimmed)],
			         ARRAY[CAST(:geometryHash AS text)])) audited
			""";

	private final JdbcClient db;

	private final GeometryIntake intake;

	private final OverlapFinder overlaps;

	private final MineralCatalog minerals;

	private final ApplicationProperties properties;

	private final JsonMapper json;

	private final Applications applications;

	private final Audit audit;

	private final Inquiries inquiries;

	private final String accept;

	Submissions(JdbcClient db, GeometryIntake intake, OverlapFinder overlaps, MineralCatalog minerals,
			ApplicationProperties properties, JsonMapper json, Applications applications, Audit audit,
			Inquiries inquiries) {
		this.db = db;
		this.intake = intake;
		this.overlaps = overlaps;
		this.minerals = minerals;
		this.properties = properties;
		this.json = json;
		this.applications = applications;
		this.audit = audit;
		this.inquiries = inquiries;
		this.accept = SqlFile.read("sql/application/accept-application.sql") + Applications.VIEW + AUDITED;
	}

	/**
	 * Submits an application.
	 * @param idempotencyKey the client's key for this submission, or {@code null}; a
	 * retry with the same key and request returns the first result
	 * @return the application, and whether it was accepted before (a replay)
	 * @throws CadastreProblem 409 with the conflicting claims; 422 for a rule refusal
	 * (mineral class, a trimmed area too small, a key reused for another request)
	 */
	@Transactional
	public Submitted submit(ApplicationRequest request, CadastreUser applicant, String idempotencyKey) {
		String type = ApplicationTypes.check(request.type());
		Mineral mineral = this.minerals.licensable(request.mineral());
		AcceptedArea area = this.intake.accept(request.geometry(), request.vertices());
		String requestHash = hash(type, mineral.code(), request.trim(), area.wkb());
		if (idempotencyKey != null) {
			Optional<UUID> earlier = earlier(applicant, idempotencyKey, requestHash);
			if (earlier.isPresent()) {
				return new Submitted(this.applications.get(earlier.get(), applicant), true);
			}
		}
		OverlapReport report = this.properties.claimLocks()
				? this.overlaps.findAfter("SELECT lock_claim_cells(ST_GeomFromWKB(:wkb, 4326))", area)
				: this.overlaps.find(area);
		AcceptedArea claimed = area;
		List<Overlap> conflicts = report.overlaps().stream().filter(Overlap::blocks).toList();
		if (!conflicts.isEmpty()) {
			if (!request.trim()) {
				throw ClaimConflicts.of(conflicts, Text.of(""), this.json);
			}
			claimed = freePart(area, conflicts);
			report = this.overlaps.find(claimed);
			List<Overlap> left = report.overlaps().stream().filter(Overlap::blocks).toList();
			if (!left.isEmpty()) {
				throw ClaimConflicts.of(left, Text.of(", and what is left of the area still overlaps them"), this.json);
			}
		}
		return new Submitted(insert(claimed, area, report, type, mineral, applicant, idempotencyKey, requestHash),
				false);
	}

	/** Waits for any submission with the same key to finish, then returns its result. */
	private Optional<UUID> earlier(CadastreUser applicant, String key, String requestHash) {
		this.db.sql("SELECT pg_advisory_xact_lock(7262, hashtext(:who))")
			.param("who", applicant.username() + "\n" + key)
			.query()
			.singleRow();
		return this.db
			.sql("SELECT id, request_hash FROM application WHERE applicant = :user AND idempotency_key = :key")
			.param("user", applicant.username())
			.param("key", key)
			.query((rs, n) -> {
				if (!requestHash.equals(rs.getString("request_hash"))) {
					throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
							"Idempotency key reused",
							Text.of("This Idempotency-Key was used for a different request."));
				}
				return rs.getObject("id", UUID.class);
			})
			.optional();
	}

	/**
	 * The area minus every blocking claim, which must itself pass intake's area rules.
	 * Its edges along a claim keep 2e-7° (about 2 cm) from it, and its vertices lie on
	 * the 7-decimal grid that areas are given in: cut exactly, the points where its edges
	 * cross a claim's lie off any grid, and rounded they would move into the claim (by up
	 * to 3.5 m² along a kilometre-long edge); kept at full precision, they lie so near
	 * the claim's own vertices that later overlays of the two fail. When every claim has
	 * been withdrawn or decided since the check, there is nothing to cut, and the area
	 * comes back whole for the check that follows.
	 */
	AcceptedArea freePart(AcceptedArea area, List<Overlap> conflicts) {
		Optional<byte[]> free = this.db.sql("""
				SELECT ST_AsBinary(ST_Multi(ST_CollectionExtract(ST_ReducePrecision(
				           ST_Difference(ST_GeomFromWKB(:wkb, 4326),
				                         ST_Buffer(ST_Union(f.geom), 2e-7, 'quad_segs=1 join=mitre')),
				           1e-7), 3)))
				FROM feature f WHERE f.id = ANY (CAST(:claims AS bigint[]))
				""")
			.param("wkb", area.wkb())
			.param("claims", conflicts.stream().map(Overlap::featureId).toArray(String[]::new))
			.query(byte[].class)
			.optional();
		if (free.isEmpty()) {
			return area;
		}
		try {
			return this.intake.accept("geometry", free.get());
		}
		catch (CadastreProblem ex) {
			throw ClaimConflicts.of(conflicts,
					Text.of(", and what is free of them cannot be applied for ({0})", ex.detail().clause()), this.json);
		}
	}

	private ApplicationView insert(AcceptedArea claimed, AcceptedArea requested, OverlapReport report, String type,
			Mineral mineral, CadastreUser applicant, String idempotencyKey, String requestHash) {
		String agencies = report.overlaps()
			.stream()
			.filter((o) -> o.has("INQUIRY"))
			.map(Overlap::agency)
			.distinct()
			.sorted()
			.collect(Collectors.joining(","));
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("wkb", claimed.wkb());
		parameters.put("status", agencies.isEmpty() ? "READY_FOR_DECISION" : "UNDER_CONSULTATION");
		parameters.put("type", type);
		parameters.put("mineral", mineral.code());
		parameters.put("applicant", applicant.username());
		parameters.put("area", claimed.areaM2());
		parameters.put("requestedArea", requested.areaM2());
		parameters.put("trimmed", claimed != requested);
		parameters.put("report", this.json.writeValueAsString(report));
		parameters.put("agencies", agencies);
		parameters.put("compensation", report.has("COMPENSATION"));
		parameters.put("levy", report.has("LEVY"));
		parameters.put("idempotencyKey", idempotencyKey);
		parameters.put("requestHash", requestHash);
		String geometryHash = Audit.sha256(claimed.wkb());
		parameters.put("geometryHash", geometryHash);
		parameters.put("summary", false);
		// The accepting statement's plan never depends on its values, yet PostgreSQL's
		// plan cache may plan it anew for each submission's: 0.6 ms of the 3 ms of one
		// inside a protected area, measured. It is planned once per connection instead.
		this.db.sql("SET LOCAL plan_cache_mode = force_generic_plan").update();
		ApplicationView accepted = this.db.sql(this.accept)
			.params(parameters)
			.query((rs, n) -> Applications.view(rs))
			.single();
		String inquiries = this.inquiries.open(accepted.id(), accepted.receipt(), accepted.receivedAt(),
				report.overlaps(), applicant.username(), geometryHash);
		return (inquiries != null) ? accepted.underConsultation(inquiries) : accepted;
	}

	private static String hash(String type, String mineral, boolean trim, byte[] wkb) {
		return Audit.sha256((type + "|" + mineral + "|" + trim + "|").getBytes(StandardCharsets.UTF_8), wkb);
	}

	/**
	 * @param application the application
	 * @param replayed whether an earlier submission with the same key produced it
	 */
	public record Submitted(ApplicationView application, boolean replayed) {
	}

}
