package ir.cadastre.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps JSON request bodies before they are parsed (DESIGN §3, intake step 1): a declared
 * length over the cap is refused at once, an undeclared one is cut off while it is read.
 * A Content-Type that is not a media type at all is refused (415) before anything reads
 * the body.
 */
@Component
class BodyLimitFilter extends OncePerRequestFilter {

	static final long JSON_BODY_LIMIT = DataSize.ofMegabytes(1).toBytes();

	private final ProblemWriter problems;

	BodyLimitFilter(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		MediaType type = mediaType(request.getContentType());
		return type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		if (type != null && mediaType(type) == null) {
			// Refused here, once: every reader of the body would fail on it alike.
			this.problems.write(request, response,
					new CadastreProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
							"Unsupported Media Type",
							Text.of("The Content-Type '{0}' is not a media type; send application/json, or "
									+ "multipart/form-data for a file.", type)));
			return;
		}
		if (request.getContentLengthLong() > JSON_BODY_LIMIT) {
			this.problems.write(request, response, new CadastreProblem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
					"Request body too large", Text.of("The request body exceeds {0} bytes.", JSON_BODY_LIMIT)));
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	/**
	 * The media type of a Content-Type header; null when there is none or it is not one.
	 */
	private static MediaType mediaType(String contentType) {
		if (contentType == null) {
			return null;
		}
		try {
			return MediaType.parseMediaType(contentType);
		}
		catch (InvalidMediaTypeException ex) {
			return null;
		}
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedInputStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = this.in.read();
			count((b < 0) ? 0 : 1);
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = this.in.read(buffer, offset, length);
			count(Math.max(n, 0));
			return n;
		}

		private void count(int n) throws BodyTooLargeException {
			this.read += n;
			if (this.read > JSON_BODY_LIMIT) {
				throw new BodyTooLargeException(JSON_BODY_LIMIT);
			}
		}

		@Override
		public boolean isFinished() {
			return this.in.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.in.setReadListener(listener);
		}

	}

}
