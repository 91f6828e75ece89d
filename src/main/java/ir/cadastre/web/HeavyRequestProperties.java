package ir.cadastre.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many heavy requests run at once, under {@code cadastre.heavy-requests.*}
 * ({@link HeavyRequests}).
 *
 * @param bulk how many exports, downloads, whole layers as GeoJSON, imports and register
 * files run at once
 * @param maxWait how long a heavy request waits for its turn before it is refused (503
 * {@code busy})
 */
@ConfigurationProperties("cadastre.heavy-requests")
record HeavyRequestProperties(@DefaultValue("4") int bulk, @DefaultValue("PT30S") Duration maxWait) {

	HeavyRequestProperties {
		if (bulk < 1) {
			throw new IllegalArgumentException("bulk is at least 1");
		}
		if (maxWait.isNegative()) {
			throw new IllegalArgumentException("max-wait is not negative");
		}
	}

}
