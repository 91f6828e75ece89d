package ir.cadastre.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gzips answers of 2 KB or more for clients that accept it, as browsers do: JSON,
 * GeoJSON, tiles, spreadsheets, the pages' scripts and styles. It compresses at zlib's
 * fastest level, which costs a fifth of Tomcat's own compression (level 6) for a fifth
 * more bytes: an overlap report of 80 KB goes out as about 21 KB. An answer is held until
 * 2 KB of it are written, or it ends, and then sent gzipped or as it is; a client that
 * does not ask gets it as it is. Answers already encoded, partial ones (206) and those
 * with a strong ETag are left alone. Every answer carries {@code Vary: Accept-Encoding}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
@ConditionalOnBooleanProperty(name = "cadastre.gzip", matchIfMissing = true)
class GzipFilter extends OncePerRequestFilter {

	static final int MIN_SIZE = 2048;

	private static final List<String> TYPES = List.of("application/json", "application/problem+json",
			"application/geo+json", "application/vnd.mapbox-vector-tile", "text/csv", "text/html", "text/css",
			"text/javascript", "application/javascript");

	/** Whether an Accept-Encoding header names gzip, other than with {@code q=0}. */
	static boolean acceptsGzip(String header) {
		if (header == null) {
			return false;
		}
		for (String coding : header.split(",")) {
			String[] parts = coding.split(";");
			if (parts[0].strip().equalsIgnoreCase("gzip")) {
				return parts.length == 1 || !parts[1].strip().matches("(?i)q\\s*=\\s*0(\\.0{0,3})?");
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Whether an answer is gzipped depends on Accept-Encoding, so every answer says
		// so (RFC 9110 12.5.5), or a cache would hand one client's form to the next. A
		// HEAD goes the way its GET goes, so that its headers are the GET's.
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		if (!acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING))) {
			chain.doFilter(request, response);
			return;
		}
		GzipResponse gzip = new GzipResponse(response);
		chain.doFilter(request, gzip);
		gzip.finish();
	}

	/** Whether an answer of this type, status and headers is worth gzipping. */
	static boolean compressible(HttpServletResponse response) {
		String type = response.getContentType();
		String etag = response.getHeader(HttpHeaders.ETAG);
		int status = response.getStatus();
		return type != null && TYPES.stream().anyMatch(type::startsWith)
				&& response.getHeader(HttpHeaders.CONTENT_ENCODING) == null && (etag == null || etag.startsWith("W/"))
				&& status >= 200 && status < 300 && status != 204 && status != 206;
	}

	/**
	 * The answer, held in its first 2 KB until it is known whether to gzip it; the length
	 * a handler declares is held too, and given only to an answer sent as it is.
	 */
	private static final class GzipResponse extends HttpServletResponseWrapper {

		private ByteArrayOutputStream head = new ByteArrayOutputStream();

		/** Where the answer goes once decided: the client's stream, gzipped or not. */
		private OutputStream sink;

		private GZIPOutputStream gzip;

		private long declaredLength = -1;

		private ServletOutputStream stream;

		private PrintWriter writer;

		GzipResponse(HttpServletResponse response) {
			super(response);
		}

		@Override
		public ServletOutputStream getOutputStream() {
			if (this.stream == null) {
				this.stream = new ServletOutputStream() {

					@Override
					public void write(int b) throws IOException {
						write(new byte[] { (byte) b }, 0, 1);
					}

					@Override
					public void write(byte[] bytes, int offset, int length) throws IOException {
						GzipResponse.this.write(bytes, offset, length);
					}

					@Override
					public void flush() throws IOException {
						GzipResponse.this.flush();
					}

					@Override
					public void close() throws IOException {
						GzipResponse.this.close();
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setWriteListener(WriteListener listener) {
						throw new UnsupportedOperationException("gzipped answers are written blocking");
					}

				};
			}
			return this.stream;
		}

		@Override
		public PrintWriter getWriter() {
			if (this.writer == null) {
				this.writer = new PrintWriter(
						new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
			}
			return this.writer;
		}

		@Override
		public void setContentLength(int length) {
			setContentLengthLong(length);
		}

		@Override
		public void setContentLengthLong(long length) {
			if (this.sink == null) {
				this.declaredLength = length;
			}
			else if (this.gzip == null) {
				super.setContentLengthLong(length);
			}
		}

		@Override
		public void setHeader(String name, String value) {
			if (!heldAsLength(name, value)) {
				super.setHeader(name, value);
			}
		}

		@Override
		public void addHeader(String name, String value) {
			if (!heldAsLength(name, value)) {
				super.addHeader(name, value);
			}
		}

		/** A Content-Length given as a header goes where the declared length goes. */
		private boolean heldAsLength(String name, String value) {
			if (!HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
				return false;
			}
			setContentLengthLong(Long.parseLong(value));
			return true;
		}

		@Override
		public void flushBuffer() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			decide();
			flush();
			super.flushBuffer();
		}

		@Override
		public void resetBuffer() {
			super.resetBuffer();
			if (this.sink == null) {
				this.head.reset();
			}
		}

		@Override
		public void reset() {
			super.reset();
			if (this.sink == null) {
				this.head.reset();
				this.declaredLength = -1;
			}
		}

		private void write(byte[] bytes, int offset, int length) throws IOException {
			if (this.sink == null) {
				this.head.write(bytes, offset, length);
				if (this.head.size() >= MIN_SIZE) {
					decide();
				}
			}
			else {
				this.sink.write(bytes, offset, length);
			}
		}

		private void flush() throws IOException {
			if (this.sink != null) {
				this.sink.flush();
			}
		}

		/**
		 * Chooses how the answer goes, once it has 2 KB or has ended, and sends what is
		 * held.
		 */
		private void decide() throws IOException {
			if (this.sink != null) {
				return;
			}
			if (this.head.size() >= MIN_SIZE && compressible(this)) {
				super.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
				this.gzip = new GZIPOutputStream(super.getOutputStream(), 8192, true) {
					{
						this.def.setLevel(Deflater.BEST_SPEED);
					}
				};
				this.sink = this.gzip;
			}
			else {
				if (this.declaredLength >= 0) {
					super.setContentLengthLong(this.declaredLength);
				}
				this.sink = super.getOutputStream();
			}
			this.head.writeTo(this.sink);
			this.head = null;
		}

		/**
		 * Ends the answer when a servlet closes it, as Tomcat does after forwarding (the
		 * welcome page is index.html forwarded): what is held goes out first.
		 */
		private void close() throws IOException {
			decide();
			this.sink.close();
		}

		/**
		 * Ends the answer once the handler is done: sends what is held, and ends the gzip
		 * and the answer with it (closing frees its deflater's native memory at once).
		 */
		void finish() throws IOException {
			if (this.writer != null) {
				this.writer.flush();
			}
			if (isCommitted() && this.sink == null) {
				return;
			}
			decide();
			if (this.gzip != null) {
				this.gzip.close();
			}
		}

	}

}
