package ir.cadastre.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A list's optional {@code page}, {@code pageSize} and {@code after} query parameters.
 * Without them the list is a JSON array of at most its cap, as it always was; with any,
 * it is one page in the list's own order (DESIGN §5: {@code {"items": [...]}} when
 * paged), with the address of the next while more follow, in {@code next} and a
 * {@code Link} header.
 * <p>
 * {@code next} carries {@code after}: the place in the list's order of the page's last
 * item, so that the next page starts there in the list's index (keyset paging) rather
 * than counting every item before it, and an item added or removed on a page already read
 * moves no other onto the next or off it. {@code page} alone still counts pages from the
 * start; beside {@code after} it only numbers the page.
 *
 * @param page the page, from 1; 0 when the list is not paged
 * @param pageSize items a page
 * @param cap items in the unpaged list
 * @param after the parts of the place the page starts after, or {@code null} when it is
 * counted from the start
 */
public record Paging(int page, int pageSize, int cap, List<String> after) {

	/** The largest page, in items. */
	public static final int MAX_PAGE_SIZE = 1000;

	private static final int DEFAULT_PAGE_SIZE = 100;

	private static final int MAX_PAGE = 1_000_000;

	private static final int MAX_AFTER_LENGTH = 200;

	/**
	 * Reads the parameters.
	 * @param page {@code page}, or {@code null}
	 * @param pageSize {@code pageSize}, or {@code null}
	 * @param after {@code after}, or {@code null}
	 * @param cap items in the unpaged list
	 * @throws CadastreProblem 400 when {@code page} or {@code pageSize} is not a whole
	 * number in its range, or {@code after} is not a place a list's {@code next} gave
	 */
	public static Paging of(String page, String pageSize, String after, int cap) {
		if (page == null && pageSize == null && after == null) {
			return new Paging(0, 0, cap, null);
		}
		return new Paging(number("page", page, 1, MAX_PAGE),
				number("pageSize", pageSize, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE), cap,
				(after != null) ? place(after) : null);
	}

	/**
	 * Rows to ask for: a page and one more, which tells whether another follows; or the
	 * cap.
	 */
	public int limit() {
		return (this.page > 0) ? this.pageSize + 1 : this.cap;
	}

	/** Rows to skip: none after a place, else the pages before this one. */
	public long offset() {
		return (this.page > 0 && this.after == null) ? (long) (this.page - 1) * this.pageSize : 0;
	}

	/**
	 * A part of the place the page starts after, as the list reads it.
	 * @param index the part's index in what the list's {@code key} gave
	 * @param read reads the part; throws (any runtime exception) when it cannot
	 * @return the part; {@code null} when the page has no place to start after
	 * @throws CadastreProblem 400 naming {@code after} when the part is missing or not
	 * read: the place is not one of this list's
	 */
	public <T> T after(int index, Function<String, T> read) {
		if (this.after == null) {
			return null;
		}
		try {
			return read.apply(this.after.get(index));
		}
		catch (RuntimeException ex) {
			throw refusedPlace();
		}
	}

	/**
	 * Reads the part of a list read in two (0 or 1) from a place, for
	 * {@link #after(int, Function)}.
	 * @throws IllegalArgumentException when it is neither
	 */
	public static int part(String text) {
		int part = Integer.parseInt(text);
		if (part != 0 && part != 1) {
			throw new IllegalArgumentException(text);
		}
		return part;
	}

	/**
	 * The response: the rows as an array, or as a page of them.
	 * @param rows what {@link #limit()}, {@link #offset()} and {@link #after} selected
	 * @param key an item's place in the list's order, in parts, as the list reads them
	 * with {@link #after(int, Function)}
	 */
	public <T> ResponseEntity<Object> respond(List<T> rows, Function<T, List<?>> key) {
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
		// The same request, one page on, after this page's last row, as a reference
		// relative to this one's host.
		UriComponents next = ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("page", this.page + 1)
			.replaceQueryParam("pageSize", this.pageSize)
			.replaceQueryParam("after", place(key.apply(rows.get(this.pageSize - 1))))
			.build();
		String address = next.getPath() + "?" + next.getQuery();
		body.put("next", address);
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + address + ">; rel=\"next\"").body(body);
	}

	/** A place as {@code after} carries it: its parts, URL-safe and opaque. */
	private static String place(List<?> parts) {
		String text = String.join(" ", parts.stream().map(String::valueOf).toList());
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> place(String after) {
		if (after.length() > MAX_AFTER_LENGTH) {
			throw refusedPlace();
		}
		try {
			return List.of(new String(Base64.getUrlDecoder().decode(after.strip()), StandardCharsets.UTF_8).split(" "));
		}
		catch (IllegalArgumentException ex) {
			throw refusedPlace();
		}
	}

	private static CadastreProblem refusedPlace() {
		return refused("after",
				Text.of("after is a place in the list that its next gave; ask for the first page again."));
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
