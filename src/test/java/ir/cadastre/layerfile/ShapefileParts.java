package ir.cadastre.layerfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.linuxense.javadbf.DBFDataType;
import com.linuxense.javadbf.DBFField;
import com.linuxense.javadbf.DBFWriter;
import org.locationtech.jts.geom.Coordinate;

/**
 * Builds Shapefile parts byte by byte, so that tests can make what the writers never do:
 * rings in any order and winding, points and lines, null shapes, other code pages, and
 * every kind of damage.
 */
final class ShapefileParts {

	static final String WGS84_PRJ = KnownCrs.esriWkt(4326);

	private final List<byte[]> records = new ArrayList<>();

	private int fileShapeType = 5;

	ShapefileParts shapeType(int type) {
		this.fileShapeType = type;
		return this;
	}

	/** A polygon or polyline record (type 5 or 3) with these rings or parts, as given. */
	ShapefileParts parts(int type, Coordinate[]... parts) {
		int points = 0;
		for (Coordinate[] part : parts) {
			points += part.length;
		}
		ByteBuffer content = little(44 + 4 * parts.length + 16 * points);
		content.putInt(type).put(new byte[32]).putInt(parts.length).putInt(points);
		int start = 0;
		for (Coordinate[] part : parts) {
			content.putInt(start);
			start += part.length;
		}
		for (Coordinate[] part : parts) {
			for (Coordinate point : part) {
				content.putDouble(point.x).putDouble(point.y);
			}
		}
		return record(content.array());
	}

	/** A polygon Z record (type 15): XY, then the Z range and one Z per point, no M. */
	ShapefileParts polygonZ(Coordinate[] ring) {
		ByteBuffer content = little(44 + 4 + 16 * ring.length + 16 + 8 * ring.length);
		content.putInt(15).put(new byte[32]).putInt(1).putInt(ring.length).putInt(0);
		for (Coordinate point : ring) {
			content.putDouble(point.x).putDouble(point.y);
		}
		content.putDouble(0).putDouble(0);
		for (Coordinate point : ring) {
			content.putDouble(point.getZ());
		}
		return record(content.array());
	}

	ShapefileParts point(double x, double y) {
		return record(little(20).putInt(1).putDouble(x).putDouble(y).array());
	}

	ShapefileParts nullShape() {
		return record(little(4).putInt(0).array());
	}

	ShapefileParts record(byte[] content) {
		this.records.add(content);
		return this;
	}

	byte[] shp() {
		return file(true);
	}

	byte[] shx() {
		return file(false);
	}

	private byte[] file(boolean shapes) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int offset = 100;
		for (int i = 0; i < this.records.size(); i++) {
			byte[] content = this.records.get(i);
			ByteBuffer header = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
			if (shapes) {
				header.putInt(i + 1).putInt(content.length / 2);
				body.writeBytes(header.array());
				body.writeBytes(content);
			}
			else {
				header.putInt(offset / 2).putInt(content.length / 2);
				body.writeBytes(header.array());
			}
			offset += 8 + content.length;
		}
		ByteBuffer header = ByteBuffer.allocate(100);
		header.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (100 + body.size()) / 2);
		header.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, this.fileShapeType);
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		file.writeBytes(header.array());
		file.writeBytes(body.toByteArray());
		return file.toByteArray();
	}

	/**
	 * A {@code .dbf} with one text field {@code name}, written by JavaDBF in a code page.
	 */
	static byte[] dbf(Charset charset, String... names) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		DBFWriter writer = new DBFWriter(out, charset);
		DBFField field = new DBFField("name", DBFDataType.CHARACTER, 60);
		writer.setFields(new DBFField[] { field });
		for (String name : names) {
			writer.addRecord(new Object[] { name });
		}
		writer.close();
		return out.toByteArray();
	}

	/** Parts named {@code <base>.<extension>}; a null value leaves the part out. */
	static Map<String, byte[]> named(String base, byte[] shp, byte[] shx, byte[] dbf, String prj) {
		Map<String, byte[]> parts = new LinkedHashMap<>();
		putIfPresent(parts, base + ".shp", shp);
		putIfPresent(parts, base + ".shx", shx);
		putIfPresent(parts, base + ".dbf", dbf);
		putIfPresent(parts, base + ".prj", (prj != null) ? prj.getBytes(StandardCharsets.US_ASCII) : null);
		return parts;
	}

	private static void putIfPresent(Map<String, byte[]> parts, String name, byte[] bytes) {
		if (bytes != null) {
			parts.put(name, bytes);
		}
	}

	static Path zip(Path file, Map<String, byte[]> entries) {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	static Coordinate[] ring(double... xy) {
		Coordinate[] ring = new Coordinate[xy.length / 2];
		for (int i = 0; i < ring.length; i++) {
			ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
		}
		return ring;
	}

	private static ByteBuffer little(int size) {
		return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
	}

}
