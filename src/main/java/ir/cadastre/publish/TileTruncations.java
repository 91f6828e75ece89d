package ir.cadastre.publish;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drains {@code layer_change}: truncates the GeoWebCache tiles of a published layer (and
 * of the layer group) after its data changed. All pending changes of a layer are claimed
 * together ({@code FOR UPDATE SKIP LOCKED}, so two service instances never send the same
 * change) and settled by one truncation; a failure is retried later with a doubling wait,
 * and each attempt is recorded. Runs only when a GeoServer is configured; changes of a
 * layer that is not published are settled without a request (publication starts it
 * fresh), and changes of a layer published to another GeoServer wait for the publication
 * that brings it to this one.
 */
@Component
class TileTruncations {

	private static final Logger log = LoggerFactory.getLogger(TileTruncations.class);

	/** Most layers settled in one run, so that one run never holds the scheduler long. */
	private static final int BATCH = 100;

	private final GeoServerProperties properties;

	private final GeoServerClient geoServer;

	private final JdbcClient db;

	private final TransactionTemplate transactions;

	TileTruncations(GeoServerProperties properties, GeoServerClient geoServer, JdbcClient db,
			TransactionTemplate transactions) {
		this.properties = properties;
		this.geoServer = geoServer;
		this.db = db;
		this.transactions = transactions;
	}

	@Scheduled(fixedDelayString = "${cadastre.geoserver.truncation.interval:PT10S}",
			initialDelayString = "${cadastre.geoserver.truncation.interval:PT10S}")
	void drain() {
		if (!this.properties.configured()) {
			return;
		}
		for (int i = 0; i < BATCH && Boolean.TRUE.equals(this.transactions.execute((status) -> settleOne())); i++) {
			// one layer per transaction
		}
	}

	/** Settles the pending changes of one layer that is due; false when none is. */
	private boolean settleOne() {
		// A layer published to another GeoServer (the URL changed since) waits for the
		// publication that moves it here.
		Optional<String> due = this.db.sql("""
				SELECT c.layer_id FROM layer_change c LEFT JOIN publication p ON p.layer_id = c.layer_id
				WHERE c.done_at IS NULL AND c.next_attempt_at <= clock_timestamp()
				  AND (p.layer_id IS NULL OR p.geoserver = :geoserver)
				ORDER BY c.id LIMIT 1 FOR UPDATE OF c SKIP LOCKED
				""").param("geoserver", this.properties.url()).query(String.class).optional();
		if (due.isEmpty()) {
			return false;
		}
		String layer = due.get();
		List<Claimed> changes = this.db.sql("""
				SELECT id, attempts FROM layer_change WHERE layer_id = :layer AND done_at IS NULL
				ORDER BY id FOR UPDATE SKIP LOCKED
				""").param("layer", layer).query((rs, n) -> new Claimed(rs.getLong(1), rs.getInt(2))).list();
		List<Long> ids = changes.stream().map(Claimed::id).toList();
		Optional<Target> target = this.db
			.sql("SELECT layer_name, workspace || ':' || layer_group FROM publication WHERE layer_id = :layer")
			.param("layer", layer)
			.query((rs, n) -> new Target(rs.getString(1), rs.getString(2)))
			.optional();
		if (target.isEmpty()) {
			settle(ids, "NOT_PUBLISHED");
			return true;
		}
		try {
			truncate(target.get().layer());
			truncate(target.get().group());
			settle(ids, "TRUNCATED");
			this.db.sql("UPDATE publication SET truncated_at = clock_timestamp() WHERE layer_id = :layer")
				.param("layer", layer)
				.update();
		}
		catch (GeoServerFailure failure) {
			int attempt = changes.stream().mapToInt(Claimed::attempts).max().orElse(0) + 1;
			Duration wait = backoff(attempt);
			log.warn("Truncating the tiles of {} failed (attempt {}, next in {}): {}", layer, attempt, wait,
					failure.getMessage());
			this.db.sql("""
					UPDATE layer_change
					SET attempts = attempts + 1, last_error = :error,
					    next_attempt_at = clock_timestamp() + make_interval(secs => :seconds)
					WHERE id IN (:ids)
					""")
				.param("error", failure.getMessage())
				.param("seconds", wait.toMillis() / 1000.0)
				.param("ids", ids)
				.update();
		}
		return true;
	}

	private void truncate(String tileLayer) {
		String step = "tiles " + tileLayer;
		if (this.geoServer.cached(step, tileLayer)) {
			this.geoServer.truncate(step, tileLayer);
		}
	}

	private void settle(List<Long> ids, String outcome) {
		this.db.sql("UPDATE layer_change SET done_at = clock_timestamp(), outcome = :outcome WHERE id IN (:ids)")
			.param("outcome", outcome)
			.param("ids", ids)
			.update();
	}

	/**
	 * The wait before attempt {@code attempt + 1}: the base, doubled each time, capped.
	 */
	Duration backoff(int attempt) {
		GeoServerProperties.Truncation truncation = this.properties.truncation();
		Duration wait = truncation.retryBase().multipliedBy(1L << Math.min(attempt - 1, 20));
		return (wait.compareTo(truncation.retryMax()) > 0) ? truncation.retryMax() : wait;
	}

	private record Claimed(long id, int attempts) {

	}

	private record Target(String layer, String group) {

	}

}
