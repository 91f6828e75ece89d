package ir.cadastre.web;

import java.util.List;
import java.util.Set;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.AbstractJacksonHttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * A JSON answer is {@code application/json}. Jackson may write any
 * {@code application/*+json}, so a client that accepts only problems, or only GeoJSON,
 * would otherwise get a list or a licence labelled as a problem, or as GeoJSON: it gets
 * it as {@code application/json} when it accepts that too, and 406 when it does not.
 * GeoJSON answers are written as such by their own paths, not by Jackson.
 */
@RestControllerAdvice
class ProblemMediaType implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return AbstractJacksonHttpMessageConverter.class.isAssignableFrom(converterType);
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail || MediaType.APPLICATION_JSON.equalsTypeAndSubtype(selectedContentType)
				|| declared(request, selectedContentType)) {
			return body;
		}
		if (acceptsJson(request.getHeaders().getAccept())) {
			response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
			return body;
		}
		throw new CadastreProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not Acceptable",
				Text.of("This path answers only in {0}.", MediaType.APPLICATION_JSON_VALUE));
	}

	/**
	 * Whether the handler itself says it answers in this type, as the actuator does in
	 * its own ({@code application/vnd.spring-boot.actuator.v3+json}).
	 */
	private static boolean declared(ServerHttpRequest request, MediaType selected) {
		return request instanceof ServletServerHttpRequest servlet
				&& servlet.getServletRequest()
					.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> declared
				&& declared.stream().anyMatch((type) -> type instanceof MediaType media && media.includes(selected));
	}

	/** Whether the client accepts application/json; no Accept at all accepts anything. */
	private static boolean acceptsJson(List<MediaType> accepted) {
		if (accepted.isEmpty()) {
			return true;
		}
		return accepted.stream()
			.anyMatch((range) -> range.includes(MediaType.APPLICATION_JSON) && range.getQualityValue() > 0);
	}

}
