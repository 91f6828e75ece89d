package ir.cadastre.layer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages zipped Shapefiles for the corrupt-file tests.
 */
final class Zips {

	private Zips() {
	}

	static byte[] without(byte[] zip, String suffix) {
		return rewrite(zip, suffix, null);
	}

	static byte[] replacing(byte[] zip, String suffix, String content) {
		return rewrite(zip, suffix, content.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] rewrite(byte[] zip, String suffix, byte[] replacement) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
				ZipOutputStream rewritten = new ZipOutputStream(out)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().endsWith(suffix)) {
					if (replacement == null) {
						continue;
					}
					content = replacement;
				}
				rewritten.putNextEntry(new ZipEntry(entry.getName()));
				rewritten.write(content);
				rewritten.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
