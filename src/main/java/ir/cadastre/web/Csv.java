package ir.cadastre.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * A spreadsheet to take away: CSV (RFC 4180) in UTF-8 with a byte order mark, so that a
 * spreadsheet opens the Persian text as such, written while the rows arrive (a cursor,
 * not a list; the caller holds a transaction).
 */
public final class Csv {

	/** What a spreadsheet is sent as, and all a path that sends one answers in. */
	public static final String MEDIA_TYPE = "text/csv";

	private static final MediaType CSV = MediaType.parseMediaType(MEDIA_TYPE);

	private Csv() {
	}

	/**
	 * Refuses (406) a client whose Accept admits no spreadsheet (see {@link Acceptable}).
	 * @param accept the request's Accept header, or {@code null} (anything)
	 */
	public static void checkAccepted(String accept) throws HttpMediaTypeNotAcceptableException {
		Acceptable.check(accept, List.of(CSV));
	}

	/**
	 * Makes the response a CSV file to save.
	 * @param name the file's name
	 * @return where to write it
	 */
	public static OutputStream attachment(HttpServletResponse response, String name) throws IOException {
		response.setContentType(MEDIA_TYPE + "; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(name).build().toString());
		return response.getOutputStream();
	}

	/**
	 * Writes the header and a line for each row of the query.
	 * @param header the columns' names
	 * @param query the rows
	 * @param line a row's cells, in the header's order
	 */
	public static void write(OutputStream out, List<String> header, JdbcClient.StatementSpec query, Line line)
			throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		writer.write('\uFEFF');
		line(writer, header);
		try {
			query.withFetchSize(500).query((rs) -> {
				try {
					line(writer, line.cells(rs));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		writer.flush();
	}

	/**
	 * A cell as RFC 4180 writes it: quoted when it holds a comma, a quote or a line
	 * break. Text that a spreadsheet would read as a formula (it starts with
	 * {@code = + - @}, a tab or a carriage return) is written after an apostrophe, which
	 * shows it as text.
	 * @param value text, a number or a boolean; {@code null} is an empty cell
	 */
	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		for (int i = 0; i < text.length(); i++) {
			if (",\"\r\n".indexOf(text.charAt(i)) >= 0) {
				return '"' + text.replace("\"", "\"\"") + '"';
			}
		}
		return text;
	}

	/** An instant as a cell: ISO 8601 in UTC; {@code null} stays empty. */
	public static String instant(Timestamp at) {
		return (at != null) ? at.toInstant().toString() : null;
	}

	/** Square metres as a cell: two decimals; {@code null} stays empty. */
	public static String area(Number m2) {
		return (m2 != null) ? BigDecimal.valueOf(m2.doubleValue()).setScale(2, RoundingMode.HALF_UP).toPlainString()
				: null;
	}

	private static void line(Writer writer, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				writer.write(',');
			}
			writer.write(cell(cells.get(i)));
		}
		writer.write("\r\n");
	}

	/** A row's cells. */
	@FunctionalInterface
	public interface Line {

		List<?> cells(ResultSet rs) throws SQLException;

	}

}
