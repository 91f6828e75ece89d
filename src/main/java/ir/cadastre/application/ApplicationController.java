package ir.cadastre.application;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Csv;
import ir.cadastre.web.Paging;
import ir.cadastre.web.StateFilter;
import ir.cadastre.web.Text;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/applications}: submit (APPLICANT), read, list, withdraw.
 */
@RestController
class ApplicationController {

	private static final int MAX_KEY_LENGTH = 200;

	private final Submissions submissions;

	private final Applications applications;

	private final Decisions decisions;

	private final Receipts receipts;

	private final ApplicationSheet sheet;

	private final SubmissionOutcomes outcomes;

	ApplicationController(Submissions submissions, Applications applications, Decisions decisions, Receipts receipts,
			ApplicationSheet sheet, SubmissionOutcomes outcomes) {
		this.submissions = submissions;
		this.applications = applications;
		this.decisions = decisions;
		this.receipts = receipts;
		this.sheet = sheet;
		this.outcomes = outcomes;
	}

	@PostMapping(path = "/api/v1/applications", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	ResponseEntity<ApplicationView> submit(@RequestBody ApplicationRequest request,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			@AuthenticationPrincipal CadastreUser applicant) {
		Submissions.Submitted submitted;
		try {
			submitted = this.submissions.submit(request, applicant, checkKey(idempotencyKey));
		}
		catch (CadastreProblem refusal) {
			this.outcomes.refused(refusal);
			throw refusal;
		}
		// Counted once committed: a submission whose transaction fails was not accepted.
		this.outcomes.submitted(submitted);
		return ResponseEntity.created(URI.create("/api/v1/applications/" + submitted.application().id()))
			.header("Idempotent-Replayed", Boolean.toString(submitted.replayed()))
			.body(submitted.application());
	}

	@GetMapping("/api/v1/applications/{id}")
	ApplicationView get(@PathVariable UUID id, @AuthenticationPrincipal CadastreUser user) {
		return this.applications.get(id, user);
	}

	/** The application with this receipt number, for whoever may see it. */
	@GetMapping("/api/v1/applications/by-receipt/{receipt}")
	ApplicationView byReceipt(@PathVariable long receipt, @AuthenticationPrincipal CadastreUser user) {
		return this.applications.byReceipt(receipt, user);
	}

	/**
	 * The application's receipt, the proof of its priority: its number and time, the area
	 * received vertex by vertex (WGS 84 and UTM), the audit event that recorded it.
	 */
	@GetMapping("/api/v1/applications/{id}/receipt")
	ApplicationReceipt receipt(@PathVariable UUID id, @AuthenticationPrincipal CadastreUser user) {
		return this.receipts.get(id, user);
	}

	/**
	 * The applications the user may see: an applicant's own, those a reviewer's agency is
	 * consulted on, all for an officer; with {@code ?mine=true} only those the user
	 * submitted (an applicant's own, no one else's); those in some states only with
	 * {@code status}; all of them page by page with {@code page} and {@code pageSize},
	 * and {@code after} as {@code next} gives it; with {@code ?summary=true} each without
	 * its overlaps, compensation parcels and grantable geometry, which {@code GET
	 * /api/v1/applications/{id}} gives.
	 */
	@GetMapping("/api/v1/applications")
	ResponseEntity<Object> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) String mine, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CadastreUser user) {
		boolean submittedOnly = Boolean.TRUE.equals(BooleanFilter.of("mine", mine));
		boolean summarised = Boolean.TRUE.equals(BooleanFilter.of("summary", summary));
		Paging paging = Paging.of(page, pageSize, after, 10_000);
		if (submittedOnly && user.role() != Role.APPLICANT) {
			// Submits none, so lists none; but a state that is not the list's is the
			// client's fault to hear of, as it is for an applicant.
			StateFilter.of(status, Applications.STATES);
			return paging.respond(List.<ApplicationView>of(), Applications::place);
		}
		return paging.respond(this.applications.list(user, status, summarised, paging), Applications::place);
	}

	/**
	 * The applications the user may see, as the list gives them, in a spreadsheet (CSV)
	 * to take away: all of them, or those in some states with {@code status}.
	 */
	@GetMapping("/api/v1/applications/export")
	void export(@RequestParam(required = false) String status, @AuthenticationPrincipal CadastreUser user,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotAcceptableException {
		Csv.checkAccepted(accept);
		String[] states = StateFilter.of(status, Applications.STATES);
		this.sheet.write(user, states, Csv.attachment(response, "applications.csv"));
	}

	/** How many of the applications the user may see are in each state. */
	@GetMapping("/api/v1/applications/counts")
	Map<String, Long> counts(@AuthenticationPrincipal CadastreUser user) {
		return this.applications.counts(user);
	}

	@PostMapping("/api/v1/applications/{id}/withdrawal")
	ApplicationView withdraw(@PathVariable UUID id, @AuthenticationPrincipal CadastreUser applicant) {
		return this.applications.withdraw(id, applicant);
	}

	/**
	 * The ministry's decision (MINISTRY_OFFICER): GRANT issues a licence on the grantable
	 * area; REJECT needs a reason.
	 */
	@PostMapping(path = "/api/v1/applications/{id}/decision",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	ApplicationView decide(@PathVariable UUID id, @RequestBody DecisionRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.decisions.decide(id, request, officer);
	}

	private static String checkKey(String key) {
		if (key != null && (key.isBlank() || key.length() > MAX_KEY_LENGTH || !key.matches("[\\x21-\\x7e]+"))) {
			throw new CadastreProblem(HttpStatus.BAD_REQUEST, "idempotency-key", "Invalid Idempotency-Key",
					Text.of("An Idempotency-Key is 1 to {0} visible ASCII characters.", MAX_KEY_LENGTH));
		}
		return key;
	}

}
