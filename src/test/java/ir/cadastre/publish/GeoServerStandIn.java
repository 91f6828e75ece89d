package ir.cadastre.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP stand-in for GeoServer: records every request and answers like GeoServer
 * does ({@link StandInCatalog}), including its awkward answers to duplicate creates. A
 * test can make it fail a chosen request, or stop it (connection refused) and start it
 * again on the same port.
 */
final class GeoServerStandIn implements AutoCloseable {

	static final String USER = "admin";

	static final String PASSWORD = "stand-in-secret";

	private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

	private final List<Fault> faults = new CopyOnWriteArrayList<>();

	private final List<Predicate<Exchange>> slow = new CopyOnWriteArrayList<>();

	private final AtomicInteger received = new AtomicInteger();

	private final StandInCatalog catalog = new StandInCatalog();

	private final int port;

	private HttpServer server;

	GeoServerStandIn() {
		this.server = start(0);
		this.port = this.server.getAddress().getPort();
	}

	/** GeoServer's base URL, as {@code cadastre.geoserver.url} takes it. */
	String url() {
		return "http://127.0.0.1:" + this.port + "/geoserver";
	}

	/** Requests received so far, answered or not. */
	int received() {
		return this.received.get();
	}

	List<Exchange> exchanges() {
		return List.copyOf(this.exchanges);
	}

	StandInCatalog catalog() {
		return this.catalog;
	}

	/** Forgets every request and every resource: a fresh GeoServer. */
	synchronized void reset() {
		this.exchanges.clear();
		this.received.set(0);
		this.faults.clear();
		this.slow.clear();
		this.catalog.clear();
	}

	void clearExchanges() {
		this.exchanges.clear();
	}

	/** Answers {@code status} to the next {@code times} requests that match. */
	void fail(Predicate<Exchange> matching, int status, int times) {
		this.faults.add(new Fault(matching, status, times));
	}

	/** Answers the requests that match only after a second, as a busy GeoServer. */
	void slow(Predicate<Exchange> matching) {
		this.slow.add(matching);
	}

	/** Closes the port: requests are refused as by a GeoServer that is down. */
	synchronized void stop() {
		this.server.stop(0);
	}

	synchronized void restart() {
		this.server = start(this.port);
	}

	@Override
	public void close() {
		stop();
	}

	private HttpServer start(int port) {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
			http.createContext("/", this::handle);
			http.start();
			return http;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void handle(HttpExchange http) throws IOException {
		this.received.incrementAndGet();
		byte[] body = http.getRequestBody().readAllBytes();
		Exchange exchange = new Exchange(http.getRequestMethod(), http.getRequestURI().getRawPath(),
				query(http.getRequestURI().getRawQuery()), http.getRequestHeaders().getFirst("Content-Type"), body);
		if (this.slow.stream().anyMatch((matching) -> matching.test(exchange))) {
			try {
				Thread.sleep(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		StandInCatalog.Answer answer;
		synchronized (this) {
			answer = !authorized(http) ? new StandInCatalog.Answer(401, "text/plain", "HTTP Basic required")
					: fault(exchange);
			if (answer == null) {
				answer = this.catalog.answer(exchange);
			}
		}
		this.exchanges.add(exchange.answered(answer.status()));
		byte[] response = answer.body();
		http.getResponseHeaders().set("Content-Type", answer.contentType());
		http.sendResponseHeaders(answer.status(), (response.length == 0) ? -1 : response.length);
		if (response.length > 0) {
			http.getResponseBody().write(response);
		}
		http.close();
	}

	private StandInCatalog.Answer fault(Exchange exchange) {
		for (Fault fault : this.faults) {
			if (fault.remaining > 0 && fault.matching.test(exchange)) {
				fault.remaining--;
				return new StandInCatalog.Answer(fault.status, "text/plain",
						"java.lang.RuntimeException: stand-in failure for " + exchange.method() + " "
								+ exchange.path());
			}
		}
		return null;
	}

	private static boolean authorized(HttpExchange http) {
		String expected = "Basic "
				+ Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return expected.equals(http.getRequestHeaders().getFirst("Authorization"));
	}

	private static Map<String, String> query(String raw) {
		Map<String, String> query = new LinkedHashMap<>();
		if (raw != null && !raw.isEmpty()) {
			for (String pair : raw.split("&")) {
				String[] parts = pair.split("=", 2);
				query.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
						(parts.length > 1) ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
			}
		}
		return query;
	}

	/**
	 * One request as the stand-in received it, and the status it answered.
	 *
	 * @param method the HTTP method
	 * @param path the path, e.g. {@code /geoserver/rest/workspaces/cadastre}
	 * @param query the query parameters
	 * @param contentType the Content-Type header exactly as sent
	 * @param body the body
	 * @param status the status answered (0 before answering)
	 */
	record Exchange(String method, String path, Map<String, String> query, String contentType, byte[] body,
			int status) {

		Exchange(String method, String path, Map<String, String> query, String contentType, byte[] body) {
			this(method, path, query, contentType, body, 0);
		}

		Exchange answered(int status) {
			return new Exchange(this.method, this.path, this.query, this.contentType, this.body, status);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		boolean isWrite() {
			return !this.method.equals("GET");
		}

		@Override
		public String toString() {
			return this.method + " " + this.path + (this.query.isEmpty() ? "" : "?" + this.query) + " -> "
					+ this.status;
		}

	}

	private static final class Fault {

		private final Predicate<Exchange> matching;

		private final int status;

		private int remaining;

		Fault(Predicate<Exchange> matching, int status, int times) {
			this.matching = matching;
			this.status = status;
			this.remaining = times;
		}

	}

	static List<String> lines(List<Exchange> exchanges) {
		List<String> lines = new ArrayList<>();
		exchanges.forEach((exchange) -> lines.add(exchange.toString()));
		return lines;
	}

}
