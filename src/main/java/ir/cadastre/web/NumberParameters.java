package ir.cadastre.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.util.NumberUtils;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Numbers in a query or a path ({@code dueWithinDays}, a receipt's number …) read in any
 * digits ({@link Digits}), as the handlers that read their own parameters read them: a
 * receipt number copied from a Persian page with its direction mark is the same receipt.
 * Text that is no number is still refused as Spring refuses it, naming what was sent.
 */
@Configuration(proxyBeanMethods = false)
class NumberParameters implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new TypedNumbers());
	}

	private static final class TypedNumbers implements ConverterFactory<String, Number> {

		@Override
		public <T extends Number> Converter<String, T> getConverter(Class<T> targetType) {
			return (text) -> text.isEmpty() ? null : NumberUtils.parseNumber(Digits.latin(text), targetType);
		}

	}

}
