package ir.cadastre.mineral;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/minerals}: the mineral catalogue with each mineral's class (Art. 3).
 */
@RestController
class MineralController {

	private final MineralCatalog minerals;

	MineralController(MineralCatalog minerals) {
		this.minerals = minerals;
	}

	@GetMapping("/api/v1/minerals")
	List<Mineral> minerals() {
		return this.minerals.all();
	}

}
