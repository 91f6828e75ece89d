package ir.cadastre.layerfile;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import ir.cadastre.web.Text;

/**
 * The text encoding of a {@code .dbf}: what its {@code .cpg} names, else UTF-8 when every
 * text value is valid UTF-8, else Windows-1256 (Arabic script), the code page Persian
 * Windows and ArcGIS write.
 *
 * <p>
 * The guess without a {@code .cpg} reads the text fields once. Windows-1256 Persian is
 * almost never valid UTF-8, and UTF-8 Persian is always valid, so the guess is safe for
 * Persian; a file in some other code page would need its {@code .cpg}.
 */
final class DbaseEncoding {

	static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

	private DbaseEncoding() {
	}

	static Charset of(Path cpg, Path dbf) throws IOException {
		if (cpg != null) {
			return named(Files.readString(cpg, StandardCharsets.ISO_8859_1));
		}
		return isUtf8(dbf) ? StandardCharsets.UTF_8 : WINDOWS_1256;
	}

	/**
	 * The charset a {@code .cpg} names: a Java or IANA name ("UTF-8", "windows-1256",
	 * "ISO-8859-1"), a Windows code page number ("1256", "ANSI 1256"), or ESRI's ISO
	 * shorthand ("88591").
	 */
	static Charset named(String cpg) {
		String name = cpg.replace("\uFEFF", "").strip();
		String upper = name.toUpperCase(Locale.ROOT);
		if (upper.startsWith("ANSI ")) {
			name = name.substring(5).strip();
		}
		if (name.matches("125[0-8]")) {
			name = "windows-" + name;
		}
		else if (name.matches("8859\\d{1,2}")) {
			name = "ISO-8859-" + name.substring(4);
		}
		else if (name.matches("\\d{3}")) {
			name = "IBM" + name;
		}
		try {
			return Charset.forName(name);
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			Text message = Text.of("The .cpg names an unknown text encoding '{0}'; use e.g. UTF-8 or 1256.",
					abbreviated(cpg));
			throw new LayerFileException(message);
		}
	}

	/** Whether every character field of every record is valid UTF-8. */
	static boolean isUtf8(Path dbf) throws IOException {
		try (InputStream file = Files.newInputStream(dbf);
				DataInputStream in = new DataInputStream(new BufferedInputStream(file, 1 << 16))) {
			byte[] head = new byte[32];
			in.readFully(head);
			ByteBuffer header = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
			long records = Integer.toUnsignedLong(header.getInt(4));
			int headerLength = Short.toUnsignedInt(header.getShort(8));
			int recordLength = Short.toUnsignedInt(header.getShort(10));
			byte[] descriptors = new byte[Math.max(0, headerLength - 32)];
			in.readFully(descriptors);
			CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
			List<int[]> textFields = new ArrayList<>();
			int offset = 1;
			for (int at = 0; at + 32 <= descriptors.length && descriptors[at] != 0x0D; at += 32) {
				int length = Byte.toUnsignedInt(descriptors[at + 16]);
				if (descriptors[at + 11] == 'C') {
					length += Byte.toUnsignedInt(descriptors[at + 17]) << 8;
					textFields.add(new int[] { offset, length });
				}
				int nameLength = 0;
				while (nameLength < 11 && descriptors[at + nameLength] != 0) {
					nameLength++;
				}
				if (!valid(decoder, descriptors, at, nameLength)) {
					return false;
				}
				offset += length;
			}
			byte[] record = new byte[recordLength];
			for (long r = 0; r < records && recordLength > 0; r++) {
				in.readFully(record);
				for (int[] field : textFields) {
					if (field[0] + field[1] <= record.length && !valid(decoder, record, field[0], field[1])) {
						return false;
					}
				}
			}
			return true;
		}
		catch (EOFException ex) {
			throw new LayerFileException(Text.of("The .dbf is truncated: it ends before its last record."), ex);
		}
	}

	/**
	 * Whether the bytes, less trailing spaces and NULs, are UTF-8. A sequence cut short
	 * at the very end counts as valid: some writers cut text at the field width
	 * mid-letter.
	 */
	private static boolean valid(CharsetDecoder decoder, byte[] bytes, int offset, int length) {
		int end = offset + length;
		while (end > offset && (bytes[end - 1] == ' ' || bytes[end - 1] == 0)) {
			end--;
		}
		boolean ascii = true;
		for (int i = offset; i < end && ascii; i++) {
			ascii = bytes[i] >= 0;
		}
		if (ascii) {
			return true;
		}
		decoder.reset();
		CharBuffer out = CharBuffer.allocate(end - offset);
		CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, end - offset), out, false);
		return !result.isError();
	}

	private static String abbreviated(String text) {
		String stripped = text.strip();
		return (stripped.length() > 40) ? stripped.substring(0, 40) + "…" : stripped;
	}

}
