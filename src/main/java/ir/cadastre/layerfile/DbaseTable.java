package ir.cadastre.layerfile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFException;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFReader;
import ir.cadastre.web.Text;

/**
 * The attribute table of a Shapefile, read a record at a time with JavaDBF and with the
 * values made plain: text without its padding (blank text is {@code null}: a {@code .dbf}
 * cannot tell the two apart), whole numbers as {@code Long}, other numbers as
 * {@code Double}, dates as {@code LocalDate}.
 */
final class DbaseTable implements Closeable {

	private final DBFReader reader;

	private final List<String> names;

	private final DBFField[] fields;

	private DbaseTable(DBFReader reader) {
		this.reader = reader;
		// Field 0 is the deletion flag that showDeletedRows adds.
		this.fields = new DBFField[reader.getFieldCount() - 1];
		for (int i = 0; i < this.fields.length; i++) {
			this.fields[i] = reader.getField(i + 1);
		}
		this.names = AttributeNames.unique(Arrays.stream(this.fields).map(DBFField::getName).toList());
	}

	static DbaseTable open(Path dbf, Charset charset) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(dbf), 1 << 16);
		try {
			DBFReader reader = new DBFReader(in, charset, true);
			reader.setTrimRightSpaces(true);
			return new DbaseTable(reader);
		}
		catch (DBFException | IllegalArgumentException ex) {
			in.close();
			throw new LayerFileException(Text.of("The .dbf (attribute table) is not readable: {0}", ex.getMessage()),
					ex);
		}
	}

	List<String> names() {
		return this.names;
	}

	/** The record count the header declares, deleted records included. */
	int recordCount() {
		return this.reader.getRecordCount();
	}

	/**
	 * The next record, or {@code null} after the last.
	 * @throws LayerFileException when the table is damaged
	 */
	Row next(int recordNumber) {
		Object[] values;
		try {
			values = this.reader.nextRecord();
		}
		catch (DBFException ex) {
			throw new LayerFileException(
					Text.of("The .dbf (attribute table) is damaged or truncated at record {0}.", recordNumber), ex);
		}
		if (values == null) {
			return null;
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		for (int i = 0; i < this.fields.length; i++) {
			attributes.put(this.names.get(i), plain(values[i + 1], this.fields[i]));
		}
		return new Row(Boolean.TRUE.equals(values[0]), attributes);
	}

	private static Object plain(Object value, DBFField field) {
		if (value instanceof String text) {
			String trimmed = text.replaceAll("[\\s\\x00]+$", "");
			return trimmed.isEmpty() ? null : trimmed;
		}
		if (value instanceof BigDecimal number) {
			boolean whole = field.getDecimalCount() == 0 && number.stripTrailingZeros().scale() <= 0;
			if (whole && number.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
				return number.longValue();
			}
			return number.doubleValue();
		}
		if (value instanceof Integer number) {
			return number.longValue();
		}
		if (value instanceof Date date) {
			// JavaDBF builds dates and timestamps as wall-clock times in the default
			// zone; read them back there.
			LocalDateTime time = LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
			if (time.getYear() < 1) {
				// GDAL and others write a missing date as "00000000", which JavaDBF's
				// lenient calendar turns into 30 November of 2 BC.
				return null;
			}
			return (field.getType() == DBFDataType.DATE) ? time.toLocalDate() : time;
		}
		return value;
	}

	@Override
	public void close() {
		this.reader.close();
	}

	/** One record: whether it is marked deleted, and its attributes. */
	record Row(boolean deleted, Map<String, Object> attributes) {

	}

}
