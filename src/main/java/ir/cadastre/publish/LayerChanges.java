package ir.cadastre.publish;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that a layer's data changed, so that its GeoWebCache tiles are truncated once
 * the change is committed ({@link TileTruncations} sends the truncation, retries it and
 * records the outcome).
 */
@Component
public class LayerChanges {

	private final JdbcClient db;

	LayerChanges(JdbcClient db) {
		this.db = db;
	}

	/**
	 * Records a change to a layer inside the caller's transaction: a change that is
	 * rolled back records nothing, and one that commits is never lost. Cheap (one
	 * insert); several changes of a layer are truncated together. Not for every new
	 * application: the {@code applications} layer changes at each submission and relies
	 * on a short cache expiry instead (README).
	 * @param layerId a layer of the catalogue
	 * @throws org.springframework.transaction.IllegalTransactionStateException when
	 * called outside a transaction
	 * @throws org.springframework.dao.DataIntegrityViolationException when there is no
	 * such layer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String layerId) {
		this.db.sql("INSERT INTO layer_change (layer_id) VALUES (:layer)").param("layer", layerId).update();
	}

}
