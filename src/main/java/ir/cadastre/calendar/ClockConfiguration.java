package ir.cadastre.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's clock: the system clock, or a fixed instant from
 * {@code cadastre.clock.fixed} for demonstrations and acceptance tests (logged as a
 * warning, because deadlines then stop).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ClockConfiguration.class);

	@Bean
	Clock clock(@Value("${cadastre.clock.fixed:}") String fixed) {
		if (fixed.isBlank()) {
			return Clock.systemUTC();
		}
		Instant instant = Instant.parse(fixed);
		log.warn("The clock is FIXED at {} (cadastre.clock.fixed): time does not pass in this service", instant);
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

}
