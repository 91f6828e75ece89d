package ir.cadastre.layerfile;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.web.Text;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes polygon records to a {@code .shp} and their index to a {@code .shx}, streaming:
 * the headers, which need the final length and bounding box, are written last. Outer
 * rings go clockwise and holes counter-clockwise, as the format requires; a MultiPolygon
 * is one record with all its rings as parts.
 */
final class ShapeRecordWriter implements Closeable {

	/** The 2 GB that GDAL and ArcGIS hold a {@code .shp} to. */
	static final long MAX_FILE_BYTES = Integer.MAX_VALUE;

	private static final int POLYGON = 5;

	private final long maxFileBytes;

	private final Path shp;

	private final Path shx;

	private final OutputStream shpOut;

	private final OutputStream shxOut;

	private final Envelope bounds = new Envelope();

	private long shpLength = 100;

	private int records;

	ShapeRecordWriter(Path shp, Path shx, long maxFileBytes) throws IOException {
		this.maxFileBytes = maxFileBytes;
		this.shp = shp;
		this.shx = shx;
		this.shpOut = new BufferedOutputStream(Files.newOutputStream(shp), 1 << 16);
		this.shxOut = new BufferedOutputStream(Files.newOutputStream(shx), 1 << 16);
		this.shpOut.write(new byte[100]);
		this.shxOut.write(new byte[100]);
	}

	/**
	 * Writes one record: a null shape for {@code null} or empty, else the polygon(s).
	 * @throws LayerFileException when the record would take the {@code .shp} past 2 GB
	 */
	void write(Geometry geometry) throws IOException {
		List<CoordinateSequence> rings = new ArrayList<>();
		List<Boolean> outer = new ArrayList<>();
		if (geometry != null && !geometry.isEmpty()) {
			for (int p = 0; p < geometry.getNumGeometries(); p++) {
				Polygon polygon = (Polygon) geometry.getGeometryN(p);
				if (polygon.isEmpty()) {
					continue;
				}
				rings.add(polygon.getExteriorRing().getCoordinateSequence());
				outer.add(true);
				for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
					rings.add(polygon.getInteriorRingN(h).getCoordinateSequence());
					outer.add(false);
				}
			}
		}
		int points = rings.stream().mapToInt(CoordinateSequence::size).sum();
		long contentBytes = rings.isEmpty() ? 4 : 44 + 4L * rings.size() + 16L * points;
		if (this.shpLength + 8 + contentBytes > this.maxFileBytes) {
			throw new LayerFileException(Text.of("The Shapefile would pass the format's 2 GB limit at feature {0}; "
					+ "write a GeoPackage for a layer this large.", this.records + 1));
		}
		ByteBuffer record = ByteBuffer.allocate((int) (8 + contentBytes));
		record.order(ByteOrder.BIG_ENDIAN).putInt(this.records + 1).putInt((int) (contentBytes / 2));
		record.order(ByteOrder.LITTLE_ENDIAN);
		if (rings.isEmpty()) {
			record.putInt(0);
		}
		else {
			Envelope box = geometry.getEnvelopeInternal();
			this.bounds.expandToInclude(box);
			record.putInt(POLYGON);
			putBox(record, box);
			record.putInt(rings.size()).putInt(points);
			int start = 0;
			for (CoordinateSequence ring : rings) {
				record.putInt(start);
				start += ring.size();
			}
			for (int r = 0; r < rings.size(); r++) {
				putRing(record, rings.get(r), outer.get(r));
			}
		}
		this.shpOut.write(record.array());
		ByteBuffer index = ByteBuffer.allocate(8).order(ByteOrder.BIG_ENDIAN);
		index.putInt((int) (this.shpLength / 2)).putInt((int) (contentBytes / 2));
		this.shxOut.write(index.array());
		this.shpLength += 8 + contentBytes;
		this.records++;
	}

	/** Writes the ring clockwise for an outer ring, counter-clockwise for a hole. */
	private static void putRing(ByteBuffer record, CoordinateSequence ring, boolean outer) {
		boolean reverse = Orientation.isCCW(ring) == outer;
		int size = ring.size();
		for (int i = 0; i < size; i++) {
			int v = reverse ? size - 1 - i : i;
			record.putDouble(ring.getX(v)).putDouble(ring.getY(v));
		}
	}

	private static void putBox(ByteBuffer buffer, Envelope box) {
		buffer.putDouble(box.getMinX()).putDouble(box.getMinY()).putDouble(box.getMaxX()).putDouble(box.getMaxY());
	}

	@Override
	public void close() throws IOException {
		try (OutputStream shp = this.shpOut; OutputStream shx = this.shxOut) {
			shp.flush();
			shx.flush();
		}
		writeHeader(this.shp, this.shpLength);
		writeHeader(this.shx, 100 + 8L * this.records);
	}

	private void writeHeader(Path file, long length) throws IOException {
		ByteBuffer header = ByteBuffer.allocate(100);
		header.order(ByteOrder.BIG_ENDIAN).putInt(0, 9994).putInt(24, (int) (length / 2));
		header.order(ByteOrder.LITTLE_ENDIAN).putInt(28, 1000).putInt(32, POLYGON);
		header.position(36);
		if (!this.bounds.isNull()) {
			putBox(header, this.bounds);
		}
		header.rewind();
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.write(header, 0);
		}
	}

}
