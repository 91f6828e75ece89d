package ir.cadastre.licence;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.CsvRows;
import ir.cadastre.web.Digits;
import ir.cadastre.web.InputError;
import ir.cadastre.web.Names;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * The old cadastre's register as a spreadsheet (CSV): a header row naming the fields of a
 * registration ({@link RegistrationRequest}), then a licence per row. Numbers and days
 * may be written with Persian digits, days in the Solar Hijri calendar
 * ({@code 1398/12/11}), kinds and minerals by their Persian names, as the old register
 * keeps them.
 */
final class RegistrationFile {

	/** The most rows a file may have: a national register, several times over. */
	static final int MAX_ROWS = 100_000;

	/** The largest file read: a hundred thousand rows of 640 bytes. */
	static final long MAX_BYTES = 64L << 20;

	static final List<String> COLUMNS = List.of("featureId", "externalId", "holder", "type", "mineral", "issuedOn",
			"lastDay", "termYears", "reserve", "explorationCostRials");

	private static final Locale PERSIAN = Locale.forLanguageTag("fa");

	private static final List<String> REQUIRED = List.of("holder", "type", "mineral", "issuedOn");

	/**
	 * A day: year, month and day, separated by hyphens or slashes. A year before 1700 is
	 * a Solar Hijri one.
	 */
	private static final Pattern DAY = Pattern.compile("([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})");

	private RegistrationFile() {
	}

	/**
	 * Refuses a file too large to be read whole, before it is.
	 * @throws CadastreProblem 413 {@code file-too-large} above {@link #MAX_BYTES}, as a
	 * boundary file or a JSON body too large is refused
	 */
	static void checkSize(long bytes) {
		if (bytes > MAX_BYTES) {
			throw new CadastreProblem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
					Text.of("The file has {0} bytes; a register file has at most {1}.", bytes, MAX_BYTES));
		}
	}

	/**
	 * The file's rows, each a registration or the reason it cannot be one.
	 * @param mineral the catalogue's code of a mineral as the file names it
	 * @param newHolders whether each registration records a holder who is not yet a user
	 * @throws CadastreProblem 422 {@code unreadable-file}: not UTF-8, no rows, a column
	 * named twice or not a field, a required column missing, more than {@value #MAX_ROWS}
	 * rows
	 */
	static List<Row> read(byte[] file, UnaryOperator<String> mineral, boolean newHolders) {
		List<List<String>> rows = CsvRows.read(file);
		if (rows.size() < 2) {
			String columns = String.join(", ", COLUMNS);
			throw invalid(
					Text.of("The file has no licences: a header row naming the columns ({0}), then a licence per row.",
							columns));
		}
		if (rows.size() - 1 > MAX_ROWS) {
			throw invalid(Text.of("The file has {0} rows; a file registers at most {1}.", rows.size() - 1, MAX_ROWS));
		}
		Map<String, Integer> columns = columns(rows.get(0));
		List<Row> read = new ArrayList<>();
		for (int i = 1; i < rows.size(); i++) {
			if (!rows.get(i).isEmpty()) {
				read.add(row(i + 1, rows.get(i), rows.get(0).size(), columns, mineral, newHolders));
			}
		}
		return read;
	}

	private static Map<String, Integer> columns(List<String> header) {
		Map<String, Integer> columns = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip();
			String field = COLUMNS.stream().filter((c) -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
			if (field == null && !name.isEmpty()) {
				throw invalid(Text.of("Column {0}, {1}, is not a field of a registration; the columns are {2}.", i + 1,
						name, String.join(", ", COLUMNS)));
			}
			if (field != null && columns.put(field, i) != null) {
				throw invalid(Text.of("The column {0} is named twice.", field));
			}
		}
		List<String> missing = new ArrayList<>(REQUIRED.stream().filter((c) -> !columns.containsKey(c)).toList());
		if (!columns.containsKey("featureId") && !columns.containsKey("externalId")) {
			missing.add("externalId");
		}
		if (!missing.isEmpty()) {
			throw invalid(Text.of("The file has no column {0}: every row needs it.", String.join(", ", missing)));
		}
		return columns;
	}

	/** Row {@code number}, of a file whose header has {@code width} cells. */
	private static Row row(int number, List<String> cells, int width, Map<String, Integer> columns,
			UnaryOperator<String> mineral, boolean newHolders) {
		Map<String, String> cell = new HashMap<>();
		columns.forEach((field, i) -> {
			String text = (i < cells.size()) ? cells.get(i).strip() : "";
			cell.put(field, text.isEmpty() ? null : text);
		});
		List<InputError> errors = new ArrayList<>();
		if (cells.size() > width && cells.subList(width, cells.size()).stream().anyMatch((c) -> !c.isBlank())) {
			errors.add(InputError.of(null, Text.of("the row has {0} cells, the header {1}", cells.size(), width)));
		}
		Long featureId = number(errors, "featureId", cell.get("featureId"), Long::valueOf);
		Integer termYears = number(errors, "termYears", cell.get("termYears"), Integer::valueOf);
		BigDecimal cost = number(errors, "explorationCostRials", cell.get("explorationCostRials"), BigDecimal::new);
		String issuedOn = day(errors, "issuedOn", cell.get("issuedOn"));
		String lastDay = day(errors, "lastDay", cell.get("lastDay"));
		String type = (cell.get("type") != null) ? kind(cell.get("type")) : null;
		String named = (cell.get("mineral") != null) ? mineral.apply(cell.get("mineral")) : null;
		RegistrationRequest request = new RegistrationRequest(featureId, cell.get("externalId"), cell.get("holder"),
				type, named, issuedOn, lastDay, termYears, cell.get("reserve"), cost, newHolders);
		CadastreProblem refused = errors.isEmpty() ? null : new CadastreProblem(HttpStatus.BAD_REQUEST,
				"invalid-request", "Invalid request", Text.of("Row {0} cannot be read.", number), errors, Map.of());
		return new Row(number, request, refused);
	}

	private static <T> T number(List<InputError> errors, String field, String text, Function<String, T> parse) {
		if (text == null) {
			return null;
		}
		try {
			return parse.apply(Digits.latin(text).replace(",", "").replace("٬", ""));
		}
		catch (NumberFormatException ex) {
			errors.add(InputError.of(field, Text.of("'{0}' is not a number", text)));
			return null;
		}
	}

	/**
	 * The code of the kind of licence named by its code or by its name on the Persian or
	 * the English pages ({@code پروانه بهره‌برداری}, {@code Exploitation licence}),
	 * however typed ({@link Names}); the text itself when no kind is named so.
	 */
	private static String kind(String named) {
		String key = Names.key(named);
		return RegistrationChecks.TYPES.stream()
			.filter((type) -> Names.key(type).equals(key)
					|| Names.key(Text.state("licenceType", type).in(PERSIAN)).equals(key)
					|| Names.key(Text.englishName("licenceType", type)).equals(key))
			.findFirst()
			.orElse(named);
	}

	/** The day as ISO 8601 on the Gregorian calendar, as the registration takes it. */
	private static String day(List<InputError> errors, String field, String text) {
		if (text == null) {
			return null;
		}
		Matcher day = DAY.matcher(Digits.latin(text));
		if (!day.matches()) {
			Text reason = Text.of("'{0}' is not a day: yyyy-MM-dd, or yyyy/MM/dd in the Solar Hijri calendar", text);
			errors.add(InputError.of(field, reason));
			return null;
		}
		int year = Integer.parseInt(day.group(1));
		int month = Integer.parseInt(day.group(2));
		int dayOfMonth = Integer.parseInt(day.group(3));
		if (year >= 1700) {
			try {
				return LocalDate.of(year, month, dayOfMonth).toString();
			}
			catch (DateTimeException ex) {
				errors.add(InputError.of(field, Text.of("'{0}' is not a day of the Gregorian calendar", text)));
				return null;
			}
		}
		LocalDate gregorian = SolarHijri.date(year, month, dayOfMonth);
		if (!SolarHijri.format(gregorian).equals("%04d-%02d-%02d".formatted(year, month, dayOfMonth))) {
			errors.add(InputError.of(field, Text.of("'{0}' is not a day of the Solar Hijri calendar", text)));
			return null;
		}
		return gregorian.toString();
	}

	private static CadastreProblem invalid(Text detail) {
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "File cannot be read", detail);
	}

	/**
	 * A row of the file.
	 *
	 * @param number its number in the spreadsheet (the header is row 1)
	 * @param request the registration it asks for
	 * @param refused why it cannot be read, or {@code null}
	 */
	record Row(int number, RegistrationRequest request, CadastreProblem refused) {
	}

}
