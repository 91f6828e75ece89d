package ir.cadastre.inquiry;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.Csv;
import ir.cadastre.web.Paging;
import ir.cadastre.web.StateFilter;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
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
 * {@code /api/v1/inquiries}: a reviewer's agency's inquiries (all for an officer), and
 * the agency's answer.
 */
@RestController
class InquiryController {

	private final InquiryAnswers answers;

	private final InquiryReader reader;

	private final AgencyFigures figures;

	private final InquirySheet sheet;

	InquiryController(InquiryAnswers answers, InquiryReader reader, AgencyFigures figures, InquirySheet sheet) {
		this.answers = answers;
		this.reader = reader;
		this.figures = figures;
		this.sheet = sheet;
	}

	/**
	 * The inquiries by deadline; {@code status} keeps those in some states now,
	 * {@code dueWithinDays} the open ones about to close (each carries {@code dueSoon}
	 * for the configured warning period); all of them page by page with {@code page} and
	 * {@code pageSize}, and {@code after} as {@code next} gives it; with
	 * {@code ?summary=true} each without its overlaps and refused part, which {@code GET
	 * /api/v1/inquiries/{id}} gives.
	 */
	@GetMapping("/api/v1/inquiries")
	ResponseEntity<Object> list(@RequestParam(required = false) String status,
			@RequestParam(required = false) Integer dueWithinDays, @RequestParam(required = false) String summary,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize,
			@RequestParam(required = false) String after, @AuthenticationPrincipal CadastreUser user) {
		boolean summarised = Boolean.TRUE.equals(BooleanFilter.of("summary", summary));
		Paging paging = Paging.of(page, pageSize, after, 5_000);
		return paging.respond(this.reader.list(user, status, dueWithinDays, summarised, paging), InquiryReader::place);
	}

	/**
	 * The inquiries the user may see, as the list gives them, in a spreadsheet (CSV) to
	 * take away: all of them, or those in some states now with {@code status}.
	 */
	@GetMapping("/api/v1/inquiries/export")
	void export(@RequestParam(required = false) String status, @AuthenticationPrincipal CadastreUser user,
			@RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotAcceptableException {
		Csv.checkAccepted(accept);
		String[] states = StateFilter.of(status, InquiryReader.STATES);
		this.sheet.write(user, states, Csv.attachment(response, "inquiries.csv"));
	}

	/** How many of the inquiries the user may see are in each state now. */
	@GetMapping("/api/v1/inquiries/counts")
	Map<String, Long> counts(@AuthenticationPrincipal CadastreUser user) {
		return this.reader.counts(user);
	}

	/**
	 * How each agency keeps to Article 24, for the inquiries notified from {@code from}
	 * to {@code to} (ISO days in Tehran, either optional) or in the last {@code days}
	 * days: a reviewer sees its agency's figures, an officer every agency's.
	 */
	@GetMapping("/api/v1/inquiries/by-agency")
	List<AgencyFigures.Figures> byAgency(@RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer days,
			@AuthenticationPrincipal CadastreUser user) {
		return this.figures.of(user, from, to, days);
	}

	@GetMapping("/api/v1/inquiries/{id}")
	InquiryView get(@PathVariable UUID id, @AuthenticationPrincipal CadastreUser user) {
		return this.reader.get(id, user);
	}

	@PostMapping(path = "/api/v1/inquiries/{id}/response",
			consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	InquiryView respond(@PathVariable UUID id, @RequestBody InquiryAnswer answer,
			@AuthenticationPrincipal CadastreUser reviewer) {
		return this.answers.respond(id, answer, reviewer);
	}

}
