package ir.cadastre.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's: what fails before the
 * service's own handlers (a request the container refuses, say) is a problem document
 * too, with no internals. Asked for directly, it is a path like any unknown one: 404.
 */
@RestController
class ErrorPath implements ErrorController {

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatusCode status = (code instanceof Integer value && value >= 400 && value <= 599)
				? HttpStatusCode.valueOf(value) : HttpStatus.NOT_FOUND;
		HttpStatus known = HttpStatus.resolve(status.value());
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		Text detail;
		if (code == null) {
			detail = Text.of("There is nothing at this path.");
		}
		else if (status.value() == HttpStatus.METHOD_NOT_ALLOWED.value()) {
			// A TRACE, which the servlet refuses itself; the error page sees it as a GET.
			detail = Text.of("This path does not take the request's method.");
		}
		else {
			detail = Text.of("The request failed ({0}).", status.value());
		}
		ProblemDetail problem = Problems.detail(status, Problems.slugFor(status), title, detail, request.getLocale());
		// The path of the request refused, as every other refusal names it, not this
		// error page's; none for the page asked for itself, which Spring names.
		problem.setInstance((request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path)
				? Problems.instance(path) : null);
		return Problems.response(problem);
	}

}
