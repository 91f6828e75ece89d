package ir.cadastre.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A list's optional {@code page} and {@code pageSize} query parameters. Without them the
 * list is a JSON array of at most its cap, as it always was; with either, it is one page
 * in the list's own order (DESIGN §5: {@code {"items": [...]}} when paged), with the
 * address of the next while more follow, in {@code next} and a {@code Link} header.
 *
 * @param page the page, from 1; 0 when the list is not paged
 * @param pageSize items a page
 * @param cap items in the unpaged list
 */
public record Paging(int page, int pageSize, int cap) {

	/** The largest page, in items. */
	public static final int MAX_PAGE_SIZE = 1000;

	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final int MAX_PAGE = 1_000_000;

	/**
	 * Reads the parameters.
	 * @param page {@code page}, or {@code null}
	 * @param pageSize {@code pageSize}, or {@code null}
	 * @param cap items in the unpaged list
	 * @throws CadastreProblem 400 when either is not a whole number in its range
	 */
	public static Paging of(String page, String pageSize, int cap) {
		if (page == null && pageSize == null) {
			return new Paging(0, 0, cap);
		}
		return new Paging(number("page", page, 1, MAX_PAGE),
				number("pageSize", pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE), cap);
	}

	/**
	 * Rows to ask for: a page and one more, which tells whether another follows; or the
	 * cap.
	 */
	public int limit() {
		return (this.page > 0) ? this.pageSize + 1 : this.cap;
	}

	/** Rows to skip. */
	public long offset() {
		return (this.page > 0) ? (long) (this.page - 1) * this.pageSize : 0;
	}

	/**
	 * The response: the rows as an array, or as a page of them.
	 * @param rows what {@link #limit()} and {@link #offset()} selected
	 */
	public ResponseEntity<Object> respond(List<?> rows) {
		if (this.page == 0) {
			return ResponseEntity.ok(rows);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("items", rows.subList(0, Math.min(rows.size(), this.pageSize)));
		body.put("page", this.page);
		body.put("pageSize", this.pageSize);
		if (rows.size() <= this.pageSize) {
			body.put("next", null);
			return ResponseEntity.ok(body);
		}
		// The same request, one page on, as a reference relative to this one's host.
		UriComponents next = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", this.page + 1)
			.replaceQueryParam("pageSize", this.pageSize)
			.build();
		String address = next.getPath() + "?" + next.getQuery();
		body.put("next", address);
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + address + ">; rel=\"next\"").body(body);
	}

	private static int number(String name, String text, int absent, int max) {
		if (text == null) {
			return absent;
		}
		Text reason = Text.of("{0} is a whole number from 1 to {1}.", name, max);
		int value;
		try {
			value = Integer.parseInt(Digits.latin(text).strip());
		}
		catch (NumberFormatException ex) {
			throw refused(name, reason);
		}
		if (value < 1 || value > max) {
			throw refused(name, reason);
		}
		return value;
	}

	private static CadastreProblem refused(String name, Text reason) {
		return CadastreProblem.invalidParameter(name, reason);
	}

}
