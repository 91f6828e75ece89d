package ir.cadastre.publish;

import ir.cadastre.security.CadastreUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/publication} publishes every layer to GeoServer; {@code GET} says
 * what is published and when. GIS staff only (security configuration).
 */
@RestController
class PublicationController {

	private final Publisher publisher;

	PublicationController(Publisher publisher) {
		this.publisher = publisher;
	}

	@PostMapping("/api/v1/publication")
	PublicationReport publish(@AuthenticationPrincipal CadastreUser user) {
		return this.publisher.publish(user.username());
	}

	@GetMapping("/api/v1/publication")
	PublicationStatus status() {
		return this.publisher.status();
	}

}
