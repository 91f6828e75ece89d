package ir.cadastre.layer;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The layers, read from the {@code layer} table. This is the allowlist every layer id
 * from a request is checked against before it reaches SQL.
 */
@Component
public class LayerCatalog {

	private final JdbcClient db;

	LayerCatalog(JdbcClient db) {
		this.db = db;
	}

	public List<Layer> all() {
		return this.db.sql("SELECT id, title, title_fa, owner_agency, consequences FROM layer ORDER BY sort_order")
			.query((rs, n) -> new Layer(rs.getString("id"), rs.getString("title"), rs.getString("title_fa"),
					rs.getString("owner_agency"), Arrays.asList((String[]) rs.getArray("consequences").getArray())))
			.list();
	}

	public Optional<Layer> find(String id) {
		return all().stream().filter((layer) -> layer.id().equals(id)).findFirst();
	}

	/**
	 * The layer with this id.
	 * @throws CadastreProblem 404 when no layer has this id
	 */
	public Layer get(String id) {
		return find(id).orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "unknown-layer", "Unknown layer",
				Text.of("There is no layer '{0}'; GET /api/v1/layers lists them.", id)));
	}

}
