package ir.cadastre.web;

import org.apache.catalina.Context;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * A forwarded page (the welcome page, {@code /} forwarded to {@code index.html}) ends
 * through the filters' wrappers, as the Servlet specification has it. Tomcat would
 * otherwise end the response under them ({@code suspendWrappedResponseAfterForward}), and
 * what {@link GzipFilter} still held was never sent: a browser, which asks for gzip, got
 * an empty page.
 */
@Component
class ForwardedPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((Context context) -> context.setSuspendWrappedResponseAfterForward(false));
	}

}
