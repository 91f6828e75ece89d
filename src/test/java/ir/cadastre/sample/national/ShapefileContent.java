package ir.cadastre.sample.national;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What a zipped Shapefile holds, as a digest per part, leaving out what the writer stamps
 * from the clock: the zip entries' times and the {@code .dbf} header's date of last
 * update (bytes 1–3).
 */
final class ShapefileContent {

	private ShapefileContent() {
	}

	static Map<String, String> of(Path zip) throws IOException {
		Map<String, String> parts = new TreeMap<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				parts.put(entry.getName(), digest(in, entry.getName().endsWith(".dbf")));
			}
		}
		return parts;
	}

	private static String digest(InputStream in, boolean dbase) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			long offset = 0;
			for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
				for (int i = 0; dbase && i < read && offset + i < 4; i++) {
					if (offset + i >= 1) {
						buffer[i] = 0;
					}
				}
				digest.update(buffer, 0, read);
				offset += read;
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
