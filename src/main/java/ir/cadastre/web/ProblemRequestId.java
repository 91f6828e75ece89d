package ir.cadastre.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem document Spring MVC writes names its request ({@link RequestIds}) in the
 * extension member {@code requestId} (RFC 9457 §3.2), whichever handler made it: the
 * service's own refusals, Spring's (404, 405, 415 …) and the error page's. Problems
 * inside a report (a register file's rows) are the report's, not the request's, and are
 * left alone.
 */
@RestControllerAdvice
class ProblemRequestId implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
			problem.setProperty(RequestIds.KEY, RequestIds.of(servlet.getServletRequest()));
		}
		return body;
	}

}
