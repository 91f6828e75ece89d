package ir.cadastre.licence;

import java.util.UUID;

import ir.cadastre.web.Paging;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/licences}: the licence register, for any user.
 */
@RestController
class LicenceController {

	private final Licences licences;

	LicenceController(Licences licences) {
		this.licences = licences;
	}

	/**
	 * The licences, latest first; all of them page by page with {@code page} and
	 * {@code pageSize}.
	 */
	@GetMapping("/api/v1/licences")
	ResponseEntity<Object> list(@RequestParam(required = false) String bbox,
			@RequestParam(required = false) String page, @RequestParam(required = false) String pageSize) {
		Paging paging = Paging.of(page, pageSize, 10_000);
		return paging.respond(this.licences.list(bbox, paging));
	}

	@GetMapping("/api/v1/licences/{id}")
	LicenceView get(@PathVariable UUID id) {
		return this.licences.get(id);
	}

}
