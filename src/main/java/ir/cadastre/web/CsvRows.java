package ir.cadastre.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * The rows of an uploaded spreadsheet saved as CSV (RFC 4180): UTF-8, with or without a
 * byte order mark, or else Windows-1256, the code page Excel's plain "CSV" is written in
 * on a Persian Windows (as a {@code .dbf} without a {@code .cpg} is read: Windows-1256
 * Persian is almost never valid UTF-8); cells separated by commas, or by semicolons or
 * tabs where the first line has those and no comma (spreadsheets in some languages save
 * so); cells quoted when they hold a separator, a quote or a line break. A row is
 * numbered as the spreadsheet numbers it, the first 1: a line with nothing written is a
 * row with no cells.
 */
public final class CsvRows {

	private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	private CsvRows() {
	}

	/**
	 * Reads every row.
	 * @param file the file's bytes
	 * @return each row's cells, in order (no cells for an empty row); none for an empty
	 * file
	 * @throws CadastreProblem 422 {@code unreadable-file} when the file is not text (it
	 * holds U+0000: no text holds it, and PostgreSQL cannot store it) or a quoted cell is
	 * never closed
	 */
	public static List<List<String>> read(byte[] file) {
		String text = text(file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		char separator = separator(text);
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				end(rows, row, cell);
				row = new ArrayList<>();
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw invalid(Text.of("A quoted cell of row {0} is never closed.", rows.size() + 1));
		}
		end(rows, row, cell);
		while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
			rows.remove(rows.size() - 1);
		}
		return rows;
	}

	private static String text(byte[] file) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			text = new String(file, WINDOWS_1256);
		}
		if (text.indexOf('\0') >= 0) {
			throw invalid(Text.of("The file is not text: it holds the character U+0000 (NUL); save the spreadsheet "
					+ "as CSV UTF-8."));
		}
		return text;
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = (end < 0) ? text : text.substring(0, end);
		if (first.indexOf(',') >= 0) {
			return ',';
		}
		return (first.indexOf(';') >= 0) ? ';' : (first.indexOf('\t') >= 0) ? '\t' : ',';
	}

	private static void end(List<List<String>> rows, List<String> row, StringBuilder cell) {
		row.add(cell.toString());
		cell.setLength(0);
		rows.add(row.stream().allMatch(String::isBlank) ? List.of() : row);
	}

	private static CadastreProblem invalid(Text detail) {
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "File cannot be read", detail);
	}

}
