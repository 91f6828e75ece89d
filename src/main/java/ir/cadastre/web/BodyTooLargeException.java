package ir.cadastre.web;

import java.io.IOException;

/**
 * Raised while reading a request body that grows past the limit; reported as 413.
 */
class BodyTooLargeException extends IOException {

	BodyTooLargeException(long limit) {
		super("The request body exceeds " + limit + " bytes.");
	}

}
