package ir.cadastre.inquiry;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Article 24 inquiries open now, per agency, for the operators:
 * {@code cadastre.inquiries.open}, those whose window runs (paused ones included), and
 * {@code cadastre.inquiries.overdue}, those whose window has closed but that the sweeping
 * job has not yet stored as deemed consent ({@link DeemedConsents}): above zero for more
 * than a sweep or two, the job is not keeping up. Reads already show such an inquiry as
 * deemed; this counts what is left to store.
 *
 * <p>
 * One statement counts every agency's, on the open inquiries' own index (5–8 ms for the
 * 20,000 open among 1.1 million, measured), at most once every {@link #FRESH} however
 * many gauges a scrape reads and however many scrapers ask; an agency added to the table
 * since is counted from then on. While the database cannot be reached the gauges read
 * NaN, not the last counts.
 */
@Component
class OpenInquiries implements MeterBinder {

	private static final Logger log = LoggerFactory.getLogger(OpenInquiries.class);

	static final Duration FRESH = Duration.ofSeconds(10);

	private final JdbcClient db;

	private final Set<String> agencies = ConcurrentHashMap.newKeySet();

	private MeterRegistry meters;

	private Map<String, Counts> counts = Map.of();

	private long countedAt;

	OpenInquiries(JdbcClient db) {
		this.db = db;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		this.meters = registry;
		this.countedAt = registry.config().clock().monotonicTime() - FRESH.toNanos() - 1;
		counts();
	}

	/** Each agency's counts, counted again once they are older than {@link #FRESH}. */
	private synchronized Map<String, Counts> counts() {
		long now = this.meters.config().clock().monotonicTime();
		if (now - this.countedAt > FRESH.toNanos()) {
			this.countedAt = now;
			try {
				this.counts = count();
			}
			catch (DataAccessException ex) {
				log.warn("The open inquiries could not be counted: {}", ex.getMessage());
				this.counts = Map.of();
			}
			this.counts.keySet().stream().filter(this.agencies::add).forEach(this::register);
		}
		return this.counts;
	}

	private Map<String, Counts> count() {
		Map<String, Counts> counted = new HashMap<>();
		this.db.sql("""
				SELECT g.id, coalesce(o.open, 0) AS open, coalesce(o.overdue, 0) AS overdue
				FROM agency g LEFT JOIN (
				    SELECT agency_id,
				           count(*) FILTER (WHERE paused_at IS NOT NULL OR deadline > t.now) AS open,
				           count(*) FILTER (WHERE paused_at IS NULL AND deadline <= t.now) AS overdue
				    FROM inquiry, (SELECT cadastre_now() AS now) t WHERE status = 'OPEN' GROUP BY agency_id
				) o ON o.agency_id = g.id
				""").query((rs) -> {
			counted.put(rs.getString("id"), new Counts(rs.getLong("open"), rs.getLong("overdue")));
		});
		return counted;
	}

	private void register(String agency) {
		Gauge.builder("cadastre.inquiries.open", this, (self) -> self.of(agency, false))
			.description("Article 24 inquiries whose window runs (paused ones included)")
			.tag("agency", agency)
			.register(this.meters);
		Gauge.builder("cadastre.inquiries.overdue", this, (self) -> self.of(agency, true))
			.description("Article 24 inquiries whose window has closed, not yet stored as deemed consent")
			.tag("agency", agency)
			.register(this.meters);
	}

	private double of(String agency, boolean overdue) {
		Counts of = counts().get(agency);
		return (of == null) ? Double.NaN : (overdue ? of.overdue() : of.open());
	}

	private record Counts(long open, long overdue) {
	}

}
