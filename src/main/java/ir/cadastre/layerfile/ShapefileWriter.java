package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a zipped polygon Shapefile: {@code .shp}, {@code .shx}, {@code .dbf} (UTF-8),
 * {@code .cpg} saying so, and {@code .prj} (ESRI WKT). The parts are staged in a scratch
 * folder beside the zip and zipped on {@link #close()}; memory holds one feature.
 *
 * <p>
 * Limits of the format, refused rather than worked around: field names of at most 10
 * ASCII characters, text of at most 254 bytes, a {@code .shp} or {@code .dbf} of at most
 * 2 GB (a {@link LayerFileException} names the feature where it was reached).
 */
public final class ShapefileWriter implements LayerFileWriter {

	private final Path zip;

	private final String layerName;

	private final int srid;

	private final List<AttributeField> fields;

	private final Path scratch;

	private final ShapeRecordWriter shapes;

	private final DbaseWriter table;

	private long count;

	private boolean failed;

	private boolean closed;

	private ShapefileWriter(Path zip, String layerName, int srid, List<AttributeField> fields, Path scratch,
			long maxFileBytes) throws IOException {
		this.zip = zip;
		this.layerName = layerName;
		this.srid = srid;
		this.fields = List.copyOf(fields);
		this.scratch = scratch;
		this.shapes = new ShapeRecordWriter(scratch.resolve("layer.shp"), scratch.resolve("layer.shx"), maxFileBytes);
		this.table = new DbaseWriter(scratch.resolve("layer.dbf"), fields, maxFileBytes);
	}

	/**
	 * Starts a zipped Shapefile.
	 * @param zip the zip to write (replaced if it exists)
	 * @param layerName the base name of the files in the zip, e.g. {@code parcels}
	 * @param srid 4326 or a WGS 84 UTM zone (32638–32641 for Iran)
	 * @param fields the attribute columns, at least one (the {@code .dbf} needs one)
	 * @throws IllegalArgumentException for a field or SRID the format cannot hold
	 */
	public static ShapefileWriter create(Path zip, String layerName, int srid, List<AttributeField> fields) {
		return create(zip, layerName, srid, fields, ShapeRecordWriter.MAX_FILE_BYTES);
	}

	static ShapefileWriter create(Path zip, String layerName, int srid, List<AttributeField> fields,
			long maxFileBytes) {
		if (!layerName.matches("[\\p{L}\\p{N}_\\-]+")) {
			throw new IllegalArgumentException("The layer name '" + layerName + "' is not a plain file name");
		}
		KnownCrs.esriWkt(srid);
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("A Shapefile needs at least one attribute field");
		}
		Set<String> names = new HashSet<>();
		for (AttributeField field : fields) {
			DbaseWriter.checkName(field);
			if (!names.add(field.name().toLowerCase(Locale.ROOT))) {
				throw new IllegalArgumentException("The field name '" + field.name() + "' is repeated");
			}
		}
		try {
			Path scratch = ScratchDirectory.create(zip);
			try {
				return new ShapefileWriter(zip, layerName, srid, fields, scratch, maxFileBytes);
			}
			catch (IOException | RuntimeException ex) {
				ScratchDirectory.delete(scratch);
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void write(Map<String, ?> attributes, Geometry geometry) {
		if (this.closed) {
			throw new IllegalStateException("The Shapefile writer is closed");
		}
		if (geometry != null && !(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon)) {
			throw new IllegalArgumentException("The Shapefile writer writes polygons; feature " + (this.count + 1)
					+ " is a " + geometry.getGeometryType());
		}
		// Everything that can refuse a feature is checked before either file is touched,
		// so a refused feature leaves the writer usable.
		byte[] record = this.table.record(FieldValues.inOrder(this.fields, attributes));
		try {
			this.table.checkRoom();
			this.shapes.write(geometry);
			this.table.write(record);
			this.count++;
		}
		catch (IOException ex) {
			this.failed = true;
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			this.failed = true;
			throw ex;
		}
	}

	@Override
	public long count() {
		return this.count;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.shapes.close();
			this.table.close();
			if (!this.failed) {
				Files.writeString(this.scratch.resolve("layer.prj"), KnownCrs.esriWkt(this.srid),
						StandardCharsets.US_ASCII);
				Files.writeString(this.scratch.resolve("layer.cpg"), "UTF-8", StandardCharsets.US_ASCII);
				zipParts();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			try {
				ScratchDirectory.delete(this.scratch);
			}
			catch (IOException ex) {
				// The zip is complete; a scratch folder left behind is only litter.
			}
		}
	}

	private void zipParts() throws IOException {
		try (OutputStream file = Files.newOutputStream(this.zip); ZipOutputStream out = new ZipOutputStream(file)) {
			for (String extension : List.of("shp", "shx", "dbf", "prj", "cpg")) {
				out.putNextEntry(new ZipEntry(this.layerName + "." + extension));
				Files.copy(this.scratch.resolve("layer." + extension), out);
				out.closeEntry();
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(this.zip);
			throw ex;
		}
	}

}
