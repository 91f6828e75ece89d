package ir.cadastre.layerfile;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import ir.cadastre.web.Text;

/**
 * Writes a dBase III table ({@code .dbf}) in UTF-8, streaming; the record count in the
 * header is written last. Text is {@code C}, whole numbers {@code N(18,0)}, other numbers
 * {@code N(24,15)} holding the shortest decimal that gives back the same double (GDAL's
 * widths). A value that does not fit is refused rather than cut, since a cut number or
 * name is silently wrong.
 */
final class DbaseWriter implements Closeable {

	/**
	 * JavaDBF, which reads these back, takes record lengths as a signed 16-bit number.
	 */
	static final int MAX_RECORD_BYTES = Short.MAX_VALUE;

	private final long maxFileBytes;

	private final Path file;

	private final List<AttributeField> fields;

	private final OutputStream out;

	private final int recordLength;

	private long length;

	private int records;

	DbaseWriter(Path file, List<AttributeField> fields, long maxFileBytes) throws IOException {
		this.maxFileBytes = maxFileBytes;
		this.file = file;
		this.fields = List.copyOf(fields);
		this.recordLength = 1 + fields.stream().mapToInt(DbaseWriter::width).sum();
		if (this.recordLength > MAX_RECORD_BYTES) {
			throw new IllegalArgumentException("The fields need " + this.recordLength + " bytes a record; a .dbf "
					+ "record holds at most " + MAX_RECORD_BYTES + ". Narrow the text fields.");
		}
		this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
		int headerLength = 32 + 32 * fields.size() + 1;
		ByteBuffer header = ByteBuffer.allocate(headerLength).order(ByteOrder.LITTLE_ENDIAN);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		header.put((byte) 0x03).put((byte) (today.getYear() - 1900)).put((byte) today.getMonthValue());
		header.put((byte) today.getDayOfMonth()).putInt(0).putShort((short) headerLength);
		header.putShort((short) this.recordLength);
		header.position(32);
		for (AttributeField field : fields) {
			byte[] name = Arrays.copyOf(field.name().getBytes(StandardCharsets.US_ASCII), 11);
			header.put(name).put((byte) type(field)).putInt(0);
			header.put((byte) width(field)).put((byte) ((field.type() == AttributeField.Type.REAL) ? 15 : 0));
			header.put(new byte[14]);
		}
		header.put((byte) 0x0D);
		this.out.write(header.array());
		this.length = headerLength;
	}

	/**
	 * Checks a field can be a {@code .dbf} column: 1–10 ASCII letters, digits,
	 * underscores.
	 */
	static void checkName(AttributeField field) {
		if (!field.name().matches("[A-Za-z_][A-Za-z0-9_]{0,9}")) {
			throw new IllegalArgumentException("Shapefile field names are 1–10 ASCII letters, digits or underscores "
					+ "starting with a letter; '" + field.name() + "' is not one");
		}
	}

	/**
	 * Lays out one record, checking every value fits, without writing anything.
	 * @throws IllegalArgumentException for a value the field cannot hold
	 */
	byte[] record(Object[] values) {
		byte[] record = new byte[this.recordLength];
		Arrays.fill(record, (byte) ' ');
		int offset = 1;
		for (int i = 0; i < this.fields.size(); i++) {
			AttributeField field = this.fields.get(i);
			byte[] value = (values[i] != null) ? encode(field, values[i]) : new byte[0];
			int width = width(field);
			if (field.type() == AttributeField.Type.TEXT) {
				System.arraycopy(value, 0, record, offset, value.length);
			}
			else {
				System.arraycopy(value, 0, record, offset + width - value.length, value.length);
			}
			offset += width;
		}
		return record;
	}

	/** Checks that one more record fits in the 2 GB the format allows. */
	void checkRoom() {
		if (this.length + this.recordLength + 1 > this.maxFileBytes) {
			throw new LayerFileException(Text.of("The Shapefile's attribute table would pass the format's 2 GB limit "
					+ "at feature {0}; write a GeoPackage for a layer this large.", this.records + 1));
		}
	}

	void write(byte[] record) throws IOException {
		this.out.write(record);
		this.length += this.recordLength;
		this.records++;
	}

	private static byte[] encode(AttributeField field, Object value) {
		byte[] bytes = switch (field.type()) {
			case TEXT -> value.toString().getBytes(StandardCharsets.UTF_8);
			case INTEGER -> whole(field, value).getBytes(StandardCharsets.US_ASCII);
			case REAL -> real(field, value).getBytes(StandardCharsets.US_ASCII);
		};
		if (bytes.length > width(field)) {
			throw new IllegalArgumentException("The value of '" + field.name() + "' takes " + bytes.length
					+ " bytes; the Shapefile field holds " + width(field));
		}
		return bytes;
	}

	private static String whole(AttributeField field, Object value) {
		BigDecimal number = decimal(field, value);
		try {
			return number.toBigIntegerExact().toString();
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("'" + field.name() + "' is a whole-number field; " + value + " is not");
		}
	}

	/**
	 * The shortest plain decimal for the double, rounded only if it is wider than the
	 * field.
	 */
	private static String real(AttributeField field, Object value) {
		BigDecimal number = decimal(field, value);
		String text = number.toPlainString();
		int width = width(field);
		if (text.length() > width) {
			int integerDigits = number.setScale(0, RoundingMode.DOWN).abs().toPlainString().length();
			int scale = width - integerDigits - 1 - ((number.signum() < 0) ? 1 : 0);
			text = number.setScale(Math.max(0, scale), RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
		}
		return text;
	}

	private static BigDecimal decimal(AttributeField field, Object value) {
		if (value instanceof BigDecimal number) {
			return number;
		}
		if (value instanceof BigInteger number) {
			return new BigDecimal(number);
		}
		if (value instanceof Double || value instanceof Float) {
			double number = ((Number) value).doubleValue();
			if (!Double.isFinite(number)) {
				throw new IllegalArgumentException("'" + field.name() + "' cannot hold " + number);
			}
			return BigDecimal.valueOf(number);
		}
		if (value instanceof Number number) {
			return BigDecimal.valueOf(number.longValue());
		}
		throw new IllegalArgumentException("'" + field.name() + "' is a number field; " + value + " is not a number");
	}

	private static char type(AttributeField field) {
		return (field.type() == AttributeField.Type.TEXT) ? 'C' : 'N';
	}

	private static int width(AttributeField field) {
		return switch (field.type()) {
			case TEXT -> field.width();
			case INTEGER -> 18;
			case REAL -> 24;
		};
	}

	@Override
	public void close() throws IOException {
		try (OutputStream out = this.out) {
			out.write(0x1A);
		}
		ByteBuffer count = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, this.records);
		try (FileChannel channel = FileChannel.open(this.file, StandardOpenOption.WRITE)) {
			channel.write(count, 4);
		}
	}

}
