package ir.cadastre.notify;

import java.util.List;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Digits;
import ir.cadastre.web.Text;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/notifications}: the signed-in user's notices, newest first, in the
 * user's language or the one asked for; {@code POST /api/v1/notifications/seen}: the user
 * has seen them up to one.
 */
@RestController
class InboxController {

	private static final int DEFAULT_LIMIT = 20;

	private static final int MAX_LIMIT = 100;

	private final Inbox inbox;

	InboxController(Inbox inbox) {
		this.inbox = inbox;
	}

	@GetMapping("/api/v1/notifications")
	Notices list(@RequestParam(required = false) String language, @RequestParam(required = false) String before,
			@RequestParam(required = false) String limit, @AuthenticationPrincipal CadastreUser user) {
		if (language != null && !Notification.LANGUAGES.contains(language)) {
			throw CadastreProblem.invalidParameter("language", Text.of("language: fa or en."));
		}
		long older = (before != null) ? number("before", before, Long.MAX_VALUE) : Long.MAX_VALUE;
		int size = (limit != null) ? (int) number("limit", limit, MAX_LIMIT) : DEFAULT_LIMIT;
		List<Inbox.Notice> items = this.inbox.list(user, language, older, size);
		String next = (items.size() == size) ? "/api/v1/notifications?before=" + items.get(size - 1).id() + "&limit="
				+ size + ((language != null) ? "&language=" + language : "") : null;
		return new Notices(this.inbox.unread(user), items, next);
	}

	@PostMapping("/api/v1/notifications/seen")
	ResponseEntity<Void> seen(@RequestBody Seen request, @AuthenticationPrincipal CadastreUser user) {
		if (request.through() == null || request.through() < 0) {
			throw CadastreProblem.invalidParameter("through",
					Text.of("through: the id of the newest notice seen, 0 or more."));
		}
		this.inbox.seen(user.username(), request.through());
		return ResponseEntity.noContent().build();
	}

	private static long number(String name, String text, long max) {
		try {
			long value = Long.parseLong(Digits.latin(text).strip());
			if (value >= 1 && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw CadastreProblem.invalidParameter(name, Text.of("{0}: a whole number from 1 to {1}.", name, max));
	}

	/**
	 * A page of notices.
	 *
	 * @param unread how many of all the user's notices are unread, up to 1,000
	 * @param items the notices, newest first
	 * @param next the address of the older ones, while there may be more
	 */
	record Notices(long unread, List<Inbox.Notice> items, String next) {
	}

	/**
	 * @param through the id of the newest notice the user has seen
	 */
	record Seen(Long through) {
	}

}
