package ir.cadastre.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import ir.cadastre.Misconfiguration;

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
		Instant instant;
		try {
			instant = Instant.parse(fixed);
		}
		catch (DateTimeParseException ex) {
			// An operator's typo: say what to write, not a hundred lines of stack trace.
			throw new Misconfiguration("cadastre.clock.fixed (CADASTRE_CLOCK_FIXED) is '" + fixed
					+ "', not an ISO-8601 instant: write one such as 2026-12-07T08:00:00Z, or leave it unset.");
		}
		log.warn("The clock is FIXED at {} (cadastre.clock.fixed): time does not pass in this service", instant);
		return Clock.fixed(instant, ZoneOffset.UTC);
	}

}
