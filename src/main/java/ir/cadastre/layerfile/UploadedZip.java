package ir.cadastre.layerfile;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import ir.cadastre.web.Text;

/**
 * An uploaded zip, read defensively: entry names are only matched, never used as paths
 * (extracted files get names chosen here, so no entry can escape the scratch folder), and
 * the entry count and the bytes actually inflated are capped, whatever the headers claim.
 */
final class UploadedZip implements AutoCloseable {

	/** Inflated bytes allowed per upload, all entries together. */
	static final long DEFAULT_MAX_EXTRACTED_BYTES = 4L << 30;

	static final int DEFAULT_MAX_ENTRIES = 10_000;

	private final ZipFile zip;

	private final List<String> names;

	private final long maxExtractedBytes;

	private long extracted;

	private UploadedZip(ZipFile zip, long maxExtractedBytes) {
		this.zip = zip;
		this.maxExtractedBytes = maxExtractedBytes;
		List<String> names = new ArrayList<>();
		for (ZipEntry entry : Collections.list(zip.entries())) {
			if (!entry.isDirectory() && !ignored(entry.getName())) {
				names.add(entry.getName());
			}
		}
		this.names = List.copyOf(names);
	}

	static UploadedZip open(Path file, long maxExtractedBytes, int maxEntries) {
		ZipFile zip = openZip(file);
		int entries = zip.size();
		if (entries > maxEntries) {
			closeQuietly(zip);
			throw new LayerFileException(
					Text.of("The zip holds {0} entries; at most {1} are accepted.", entries, maxEntries));
		}
		return new UploadedZip(zip, maxExtractedBytes);
	}

	private static ZipFile openZip(Path file) {
		try {
			return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		}
		catch (ZipException ex) {
			// Entry names that are not UTF-8 fail here: Windows' own zip writes them in
			// the system code page, which on Persian Windows is 1256. Names are matched
			// by extension only; the code page just makes them readable in messages.
			try {
				return new ZipFile(file.toFile(), DbaseEncoding.WINDOWS_1256);
			}
			catch (IOException again) {
				throw new LayerFileException(Text.of("The zip file is truncated or damaged ({0}).", ex.getMessage()),
						ex);
			}
		}
		catch (IOException ex) {
			throw new LayerFileException(Text.of("The zip file cannot be read ({0}).", ex.getMessage()), ex);
		}
	}

	/** Files (not folders) in the zip, less operating-system litter. */
	List<String> names() {
		return this.names;
	}

	/** Names ending with this extension (".shp"), case-insensitive, in zip order. */
	List<String> withExtension(String extension) {
		return this.names.stream().filter((name) -> extension(name).equals(extension)).toList();
	}

	/** The entry beside {@code sibling} with the same base name and this extension. */
	String sibling(String sibling, String extension) {
		String base = base(sibling);
		return this.names.stream()
			.filter((name) -> extension(name).equals(extension) && base(name).equalsIgnoreCase(base))
			.findFirst()
			.orElse(null);
	}

	/**
	 * Copies an entry to {@code target}, counting inflated bytes against the cap.
	 * @throws LayerFileException when the entry is damaged or the cap is passed
	 */
	void extract(String name, Path target) throws IOException {
		ZipEntry entry = this.zip.getEntry(name);
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = this.zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
			int read;
			while ((read = in.read(buffer)) > 0) {
				this.extracted += read;
				if (this.extracted > this.maxExtractedBytes) {
					throw new LayerFileException(
							Text.of("The zip expands to more than {0} MiB; split the layer or upload a GeoPackage.",
									this.maxExtractedBytes >> 20));
				}
				out.write(buffer, 0, read);
			}
		}
		catch (ZipException | EOFException ex) {
			throw new LayerFileException(
					Text.of("The zip file is truncated or damaged: '{0}' cannot be extracted.", fileName(name)), ex);
		}
	}

	/** "parcels/Parcels.SHP" → ".shp". */
	static String extension(String name) {
		String file = fileName(name);
		int dot = file.lastIndexOf('.');
		return (dot < 0) ? "" : file.substring(dot).toLowerCase(Locale.ROOT);
	}

	/** "parcels/Parcels.SHP" → "parcels/Parcels". */
	static String base(String name) {
		int dot = name.lastIndexOf('.');
		int slash = name.lastIndexOf('/');
		return (dot > slash) ? name.substring(0, dot) : name;
	}

	/** "parcels/Parcels.SHP" → "Parcels.SHP": the only part of a name shown to users. */
	static String fileName(String name) {
		return name.substring(name.lastIndexOf('/') + 1);
	}

	private static boolean ignored(String name) {
		return name.startsWith("__MACOSX/") || fileName(name).startsWith("._");
	}

	@Override
	public void close() throws IOException {
		this.zip.close();
	}

	private static void closeQuietly(ZipFile zip) {
		try {
			zip.close();
		}
		catch (IOException ex) {
			// Nothing was read from it; the refusal is what matters.
		}
	}

}
