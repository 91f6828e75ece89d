package ir.cadastre.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long one statement of a read may run, under {@code cadastre.reads.*}
 * ({@link ReadRequests}).
 *
 * @param statementTimeout the longest a statement of a read request runs before the
 * database stops it and the request is refused (503 {@code read-timeout}); zero leaves
 * reads unlimited
 */
@ConfigurationProperties("cadastre.reads")
record ReadLimitProperties(@DefaultValue("PT30S") Duration statementTimeout) {

	ReadLimitProperties {
		if (statementTimeout.isNegative() || (!statementTimeout.isZero() && statementTimeout.toMillis() < 100)) {
			throw new IllegalArgumentException("statement-timeout is zero (no limit) or at least 100 ms");
		}
	}

}
