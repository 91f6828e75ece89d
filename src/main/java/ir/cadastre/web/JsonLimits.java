package ir.cadastre.web;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits the JSON reader applies while parsing (DESIGN §3, intake step 1): nesting depth,
 * number length, duplicate keys, unknown fields, fractions where a whole number is due
 * (months, days, years: never cut short silently). {@code NaN} and {@code Infinity} are
 * not JSON and the reader refuses them by default.
 */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

	static final int MAX_NESTING_DEPTH = 16;

	static final int MAX_NUMBER_LENGTH = 32;

	@Bean
	JsonFactoryBuilderCustomizer jsonReadLimits() {
		return (factory) -> factory
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_NESTING_DEPTH)
				.maxNumberLength(MAX_NUMBER_LENGTH)
				.build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
	}

	@Bean
	JsonMapperBuilderCustomizer strictFields() {
		return (mapper) -> mapper
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
	}

}
