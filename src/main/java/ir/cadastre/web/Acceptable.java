package ir.cadastre.web;

import java.util.List;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * A client's Accept checked by the handler, where a mapping's {@code produces} cannot do
 * it: the answer's type follows a parameter ({@code ?format=}), or a mapping that did not
 * match would hand the request to {@code /{id}} ("'export' is not a valid id").
 */
public final class Acceptable {

	/**
	 * GeoJSON (RFC 7946). A path that answers in it serves a client asking for JSON too,
	 * since GeoJSON is JSON.
	 */
	public static final String GEO_JSON = "application/geo+json";

	private Acceptable() {
	}

	/**
	 * Refuses (406, saying what the path answers in) a client whose Accept admits none of
	 * the types answered, as {@code produces} would; an Accept that is not one is refused
	 * as Spring refuses it.
	 * @param accept the request's Accept header, or {@code null} (anything)
	 * @param answered what the path answers in, the first being what it sends
	 */
	public static void check(String accept, List<MediaType> answered) throws HttpMediaTypeNotAcceptableException {
		if (accept == null || accept.isBlank()) {
			return;
		}
		try {
			if (MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((range) -> range.getQualityValue() > 0 && answered.stream().anyMatch(range::includes))) {
				return;
			}
		}
		catch (InvalidMediaTypeException ex) {
			// Not an Accept header: refused below, saying what the path answers in.
		}
		throw new HttpMediaTypeNotAcceptableException(answered);
	}

}
