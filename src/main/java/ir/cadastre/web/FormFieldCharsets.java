package ir.cadastre.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;

/**
 * A form's text fields are read as UTF-8, as the pages send them. One whose part declares
 * another charset ({@code Content-Type: text/plain; charset=windows-1256}) would be read
 * as replacement characters, and a Persian attribute name or note with it: it is refused
 * (415 {@code unsupported-media-type}, naming the field) before the handler reads it. A
 * file's own encoding is its reader's to tell.
 */
@Component
class FormFieldCharsets implements WebMvcConfigurer, HandlerInterceptor {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws IOException, ServletException {
		MultipartHttpServletRequest form = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		if (form == null) {
			return true;
		}
		for (Part part : form.getParts()) {
			if (part.getSubmittedFileName() == null && part.getContentType() != null
					&& !readAsUtf8(part.getContentType())) {
				throw new CadastreProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
						"Unsupported Media Type",
						Text.of("The form field {0} is declared as {1}; a form's fields are read as UTF-8: send "
								+ "it in UTF-8.", part.getName(), part.getContentType()));
			}
		}
		return true;
	}

	/** Whether a field of this type is UTF-8 (or ASCII, which is UTF-8 too). */
	private static boolean readAsUtf8(String contentType) {
		try {
			Charset charset = MediaType.parseMediaType(contentType).getCharset();
			return charset == null || charset.equals(StandardCharsets.UTF_8)
					|| charset.equals(StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			// Not a media type, or a charset Java does not know: not readable as
			// declared.
			return false;
		}
	}

}
