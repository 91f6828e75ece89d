package ir.cadastre.web;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * Tomcat's error page, for what Tomcat refuses before any filter or servlet runs (an
 * encoded '/' or NUL in the path, a path that is not UTF-8, headers over the limit): a
 * problem document like every other refusal, instead of Tomcat's HTML page.
 * {@link ContainerErrors} puts it in place of Tomcat's own.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As Tomcat's own valve: only an error nothing has answered yet, on a connection
		// that can still be written to.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean writable = new AtomicBoolean(false);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, writable);
		if (!writable.get()) {
			return;
		}
		Locale locale = request.getLocale();
		HttpStatus known = HttpStatus.resolve(status);
		Text detail = (status == 400)
				? Text.of("The request was refused before the service read it: its path or its headers are "
						+ "malformed or too long.")
				: Text.of("The request failed ({0}).", status);
		String slug = Problems.slugFor(HttpStatusCode.valueOf(status));
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type(slug).toString());
		problem.put("title", Problems.title(slug, (known != null) ? known.getReasonPhrase() : "Error", locale));
		problem.put("status", status);
		problem.put("detail", detail.in(locale));
		// The request's path as it came, as every other refusal names it.
		URI instance = Problems.instance(request.getCoyoteRequest().requestURI().toString());
		if (instance != null) {
			problem.put("instance", instance.toString());
		}
		// Most often refused before any filter ran: then the request is named here.
		String requestId = RequestIds.of(request);
		problem.put(RequestIds.KEY, requestId);
		try {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
			response.setHeader(RequestIds.HEADER, requestId);
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(problem));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The client is gone or the response was taken over: nothing left to tell.
		}
	}

}
