package ir.cadastre.layer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long every finding of an import is kept ({@code import_finding}, V44). GIS staff
 * read them while they mend the file they imported, and reviewers while they check an
 * agency's new boundaries: weeks, seldom months. So each import's findings are kept for
 * {@code cadastre.layers.findings-kept-days} (365) after it, and for the layer's latest
 * import however old; then they are removed, and the findings spreadsheet says when. A
 * national parcel layer imported each month would otherwise add its hundreds of thousands
 * of repaired parcels every month, forever. The version's report (the first 1,000 of each
 * kind, in both languages), its counts, file name and SHA-256, and its audit event stay
 * as long as the version does.
 */
@Component
class FindingRetention {

	private final JdbcClient db;

	private final TransactionTemplate transaction;

	private final int keptDays;

	FindingRetention(JdbcClient db, TransactionTemplate transaction, LayerProperties properties) {
		this.db = db;
		this.transaction = transaction;
		this.keptDays = properties.findingsKeptDays();
	}

	@Scheduled(initialDelayString = "${cadastre.layers.findings-sweep-interval:PT1H}",
			fixedDelayString = "${cadastre.layers.findings-sweep-interval:PT1H}")
	void sweep() {
		removeExpired();
	}

	/**
	 * Removes the findings of every import older than the days they are kept that is not
	 * its layer's latest, a version a transaction, so that a national import's findings
	 * do not hold one open for long; a version another instance is removing is skipped.
	 * @return the versions whose findings were removed; 0 when none is due
	 */
	int removeExpired() {
		int removed = 0;
		while (Boolean.TRUE.equals(this.transaction.execute((status) -> removeOne()))) {
			removed++;
		}
		return removed;
	}

	private boolean removeOne() {
		Long version = this.db.sql("""
				SELECT v.id FROM layer_version v
				WHERE v.findings_kept AND v.created_at < cadastre_now() - make_interval(days => :days)
				  AND v.id < (SELECT max(latest.id) FROM layer_version latest
				              WHERE latest.layer_id = v.layer_id AND latest.findings_kept)
				ORDER BY v.id
				LIMIT 1
				FOR UPDATE SKIP LOCKED
				""").param("days", this.keptDays).query(Long.class).optional().orElse(null);
		if (version == null) {
			return false;
		}
		this.db.sql("DELETE FROM import_finding WHERE version_id = :id").param("id", version).update();
		this.db
			.sql("UPDATE layer_version SET findings_kept = false, findings_removed_at = cadastre_now() WHERE id = :id")
			.param("id", version)
			.update();
		return true;
	}

}
