package ir.cadastre.licence;

import java.util.List;
import java.util.UUID;

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

	@GetMapping("/api/v1/licences")
	List<LicenceView> list(@RequestParam(required = false) String bbox) {
		return this.licences.list(bbox);
	}

	@GetMapping("/api/v1/licences/{id}")
	LicenceView get(@PathVariable UUID id) {
		return this.licences.get(id);
	}

}
