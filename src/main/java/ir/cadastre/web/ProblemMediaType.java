package ir.cadastre.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * {@code application/problem+json} names a problem (RFC 9457) and nothing else. JSON
 * answers may be sent as any {@code application/*+json}, so a client that accepts only
 * problems would otherwise get a list or a licence labelled as one: it gets 406 instead.
 */
@RestControllerAdvice
class ProblemMediaType implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (MediaType.APPLICATION_PROBLEM_JSON.equalsTypeAndSubtype(selectedContentType)
				&& !(body instanceof ProblemDetail)) {
			throw new CadastreProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not Acceptable",
					Text.of("This path answers only in {0}.", MediaType.APPLICATION_JSON_VALUE));
		}
		return body;
	}

}
