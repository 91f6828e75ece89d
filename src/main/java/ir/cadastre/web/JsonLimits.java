package ir.cadastre.web;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits the JSON reader applies while parsing (DESIGN §3, intake step 1): nesting depth,
 * number length, duplicate keys, unknown fields, fractions where a whole number is due
 * (months, days, years: never cut short silently), a value of another JSON type than its
 * field's (never converted: {@code 12} is not the text "12", nor {@code "12"} a number,
 * nor {@code 1} true), text holding U+0000. {@code NaN} and {@code Infinity} are not JSON
 * and the reader refuses them by default.
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
			.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
			.withCoercionConfig(LogicalType.Textual,
					(text) -> refuse(text, CoercionInputShape.Integer, CoercionInputShape.Float,
							CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer,
					(whole) -> refuse(whole, CoercionInputShape.String, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Float,
					(number) -> refuse(number, CoercionInputShape.String, CoercionInputShape.EmptyString))
			.withCoercionConfig(LogicalType.Boolean,
					(truth) -> refuse(truth, CoercionInputShape.Integer, CoercionInputShape.String,
							CoercionInputShape.EmptyString))
			.addModule(new SimpleModule("text-without-nul").addDeserializer(String.class, new TextWithoutNul()));
	}

	/**
	 * Refuses these JSON shapes where the logical type is due: a client that sends
	 * {@code "days": "30"} or {@code "reason": true} has a fault to mend, and a value
	 * converted silently would be stored as something nobody sent.
	 */
	private static void refuse(MutableCoercionConfig config, CoercionInputShape... shapes) {
		for (CoercionInputShape shape : shapes) {
			config.setCoercion(shape, CoercionAction.Fail);
		}
	}

	/**
	 * Whether a text holds U+0000, the one character no text the service keeps may hold.
	 */
	static boolean holdsNul(String text) {
		return text != null && text.indexOf('\0') >= 0;
	}

	/**
	 * Every JSON string read into a text field: one holding U+0000 is refused where it is
	 * read, so that the field is named, because PostgreSQL's text cannot store that
	 * character and the service would fail later on any field that keeps it.
	 */
	static final class TextWithoutNul extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			if (holdsNul(text)) {
				throw InvalidFormatException.from(parser, "Text holds U+0000", text, String.class);
			}
			return text;
		}

	}

}
