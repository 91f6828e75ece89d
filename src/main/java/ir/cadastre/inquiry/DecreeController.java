package ir.cadastre.inquiry;

import java.util.List;

import ir.cadastre.security.CadastreUser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/decrees} (MINISTRY_OFFICER): extend, pause or resume open Article
 * 24 windows in bulk.
 */
@RestController
class DecreeController {

	private final Decrees decrees;

	DecreeController(Decrees decrees) {
		this.decrees = decrees;
	}

	/** The latest 100 decrees, newest first (officers and reviewers). */
	@GetMapping("/api/v1/decrees")
	List<Decrees.Decree> latest() {
		return this.decrees.latest(100);
	}

	@PostMapping(path = "/api/v1/decrees", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	ResponseEntity<Decrees.Issued> issue(@RequestBody DecreeRequest request,
			@AuthenticationPrincipal CadastreUser officer) {
		Decrees.Issued issued = this.decrees.issue(request, officer);
		return ResponseEntity.status(HttpStatus.CREATED).body(issued);
	}

}
