package ir.cadastre.licence;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import ir.cadastre.geometry.AreaVertices;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.Paging;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/licences}: the licence register, for any user, and the ministry's
 * officers' changes to a licence through its life.
 */
@RestController
class LicenceController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String ANY_JSON = "application/*+json";

	private final Licences licences;

	private final LicenceSearch search;

	private final LicenceLife life;

	private final LicenceRenewals renewals;

	private final HolderRequests requests;

	private final LicenceTransfers transfers;

	private final LicenceRegistrations registrations;

	private final LicenceWarnings warnings;

	LicenceController(Licences licences, LicenceSearch search, LicenceLife life, LicenceRenewals renewals,
			HolderRequests requests, LicenceTransfers transfers, LicenceRegistrations registrations,
			LicenceWarnings warnings) {
		this.licences = licences;
		this.search = search;
		this.life = life;
		this.renewals = renewals;
		this.requests = requests;
		this.transfers = transfers;
		this.registrations = registrations;
		this.warnings = warnings;
	}

	/**
	 * The licences, latest first: in a box ({@code bbox}), a holder's ({@code holder}),
	 * in some states ({@code status}), those whose holder's request awaits the ministry
	 * ({@code requested=true}), those with a warning still to be decided
	 * ({@code warned=true}, Art. 20); all of them page by page with {@code page} and
	 * {@code pageSize}, and {@code after} as {@code next} gives it.
	 */
	@GetMapping("/api/v1/licences")
	ResponseEntity<Object> list(@RequestParam(required = false) String bbox,
			@RequestParam(required = false) String holder, @RequestParam(required = false) String status,
			@RequestParam(required = false) String requested, @RequestParam(required = false) String warned,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize,
			@RequestParam(required = false) String after) {
		Paging paging = Paging.of(page, pageSize, after, 10_000);
		return paging.respond(this.search.list(bbox, holder, status, requested, warned, paging),
				(licence) -> List.of(licence.number()));
	}

	/**
	 * A licence issued before the service, entered into the register from its feature in
	 * the licences layer (MINISTRY_OFFICER).
	 */
	@PostMapping(path = "/api/v1/licences", consumes = { JSON, ANY_JSON })
	ResponseEntity<LicenceView> register(@RequestBody RegistrationRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return created(this.registrations.register(request, officer.username()));
	}

	@GetMapping("/api/v1/licences/{id}")
	LicenceView get(@PathVariable UUID id) {
		return this.licences.get(id);
	}

	/** The licence with this number. */
	@GetMapping("/api/v1/licences/by-number/{number}")
	LicenceView byNumber(@PathVariable long number) {
		return this.search.byNumber(number);
	}

	/**
	 * A licence's vertices, as its document lists them: each in WGS 84 and in the UTM
	 * zone of the area's centre.
	 */
	@GetMapping("/api/v1/licences/{id}/vertices")
	AreaVertices vertices(@PathVariable UUID id) {
		return this.search.vertices(id);
	}

	/** A discovery certificate on an exploration licence (MINISTRY_OFFICER; Art. 7). */
	@PostMapping(path = "/api/v1/licences/{id}/discovery-certificate", consumes = { JSON, ANY_JSON })
	ResponseEntity<LicenceView> discover(@PathVariable UUID id, @RequestBody DiscoveryRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return created(this.life.discover(id, request, officer));
	}

	/** The certificate's holder asks for the exploitation licence (APPLICANT; Art. 8). */
	@PostMapping(path = "/api/v1/licences/{id}/exploitation-request", consumes = { JSON, ANY_JSON })
	LicenceView askForExploitation(@PathVariable UUID id, @RequestBody HolderRequest request,
			@AuthenticationPrincipal CadastreUser holder) {
		return this.requests.ask(id, HolderRequests.Asked.EXPLOITATION, request, holder);
	}

	/**
	 * The exploitation licence's holder asks for its renewal (APPLICANT; Art. 10 note 3).
	 */
	@PostMapping(path = "/api/v1/licences/{id}/renewal-request", consumes = { JSON, ANY_JSON })
	LicenceView askForRenewal(@PathVariable UUID id, @RequestBody HolderRequest request,
			@AuthenticationPrincipal CadastreUser holder) {
		return this.requests.ask(id, HolderRequests.Asked.RENEWAL, request, holder);
	}

	/**
	 * An exploitation licence on a discovery certificate (MINISTRY_OFFICER; Art. 8, 9,
	 * 10).
	 */
	@PostMapping(path = "/api/v1/licences/{id}/exploitation-licence", consumes = { JSON, ANY_JSON })
	ResponseEntity<LicenceView> exploit(@PathVariable UUID id, @RequestBody TermRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return created(this.life.exploit(id, request, officer));
	}

	/** A new period for an exploitation licence (MINISTRY_OFFICER; Art. 10 note 3). */
	@PostMapping(path = "/api/v1/licences/{id}/renewal", consumes = { JSON, ANY_JSON })
	LicenceView renew(@PathVariable UUID id, @RequestBody RenewalRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.renewals.renew(id, request, officer);
	}

	/**
	 * The latest renewal's years as they should have been, before the period it added
	 * begins (MINISTRY_OFFICER; Art. 10 note 3).
	 */
	@PostMapping(path = "/api/v1/licences/{id}/renewal-correction", consumes = { JSON, ANY_JSON })
	LicenceView correctRenewal(@PathVariable UUID id, @RequestBody RenewalCorrection request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.renewals.correct(id, request, officer);
	}

	/**
	 * A new holder (MINISTRY_OFFICER; Art. 7, Art. 10 note 3): the one named, or the one
	 * the holder asked for.
	 */
	@PostMapping(path = "/api/v1/licences/{id}/transfer", consumes = { JSON, ANY_JSON })
	LicenceView transfer(@PathVariable UUID id, @RequestBody TransferRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.transfers.transfer(id, request, officer);
	}

	/** The holder asks for a transfer (APPLICANT; Art. 7, Art. 10 note 3). */
	@PostMapping(path = "/api/v1/licences/{id}/transfer-request", consumes = { JSON, ANY_JSON })
	LicenceView askForTransfer(@PathVariable UUID id, @RequestBody TransferRequest request,
			@AuthenticationPrincipal CadastreUser holder) {
		return this.transfers.ask(id, request, holder);
	}

	/** The ministry refuses the transfer the holder asked for (MINISTRY_OFFICER). */
	@PostMapping(path = "/api/v1/licences/{id}/transfer-refusal", consumes = { JSON, ANY_JSON })
	LicenceView refuseTransfer(@PathVariable UUID id, @RequestBody ClosureRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.transfers.refuse(id, request, officer);
	}

	/** The end of an active licence (MINISTRY_OFFICER; Art. 7 note 2). */
	@PostMapping(path = "/api/v1/licences/{id}/closure", consumes = { JSON, ANY_JSON })
	LicenceView close(@PathVariable UUID id, @RequestBody ClosureRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.life.close(id, request, officer);
	}

	/**
	 * A warning to the holder to fulfil an obligation by a deadline (MINISTRY_OFFICER;
	 * Art. 20).
	 */
	@PostMapping(path = "/api/v1/licences/{id}/warnings", consumes = { JSON, ANY_JSON })
	ResponseEntity<LicenceView> warn(@PathVariable UUID id, @RequestBody WarningRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		return created(this.warnings.warn(id, request, officer.username()));
	}

	/** The holder reports what it did about a warning (APPLICANT; Art. 20). */
	@PostMapping(path = "/api/v1/licences/{id}/warnings/{warning}/report", consumes = { JSON, ANY_JSON })
	LicenceView reportOnWarning(@PathVariable UUID id, @PathVariable long warning, @RequestBody HolderRequest request,
			@AuthenticationPrincipal CadastreUser holder) {
		return this.warnings.report(id, warning, request, holder);
	}

	/** What came of a warning (MINISTRY_OFFICER; Art. 20). */
	@PostMapping(path = "/api/v1/licences/{id}/warnings/{warning}/decision", consumes = { JSON, ANY_JSON })
	LicenceView decideWarning(@PathVariable UUID id, @PathVariable long warning, @RequestBody WarningDecision request,
			@AuthenticationPrincipal CadastreUser officer) {
		return this.warnings.decide(id, warning, request, officer);
	}

	private static ResponseEntity<LicenceView> created(LicenceView licence) {
		return ResponseEntity.created(URI.create("/api/v1/licences/" + licence.id())).body(licence);
	}

}
