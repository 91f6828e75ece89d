package ir.cadastre.layerfile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Reads a {@code .shp} one record at a time (ESRI Shapefile Technical Description, 1998).
 * The 100-byte file header and each record header are big-endian; record contents are
 * little-endian. Only the record in hand is held in memory, at most
 * {@link #MAX_RECORD_BYTES}.
 */
final class ShapeReader implements Closeable {

	/** A record beyond this (16 million vertices) is taken as damage, not as a parcel. */
	static final int MAX_RECORD_BYTES = 256 << 20;

	private static final int FILE_CODE = 9994;

	private final DataInputStream in;

	private final long end;

	private final ShapeDecoder decoder;

	private final int shapeType;

	private long position;

	private int records;

	private ShapeReader(DataInputStream in, long end, int shapeType, GeometryFactory factory) {
		this.in = in;
		this.end = end;
		this.shapeType = shapeType;
		this.decoder = new ShapeDecoder(factory);
		this.position = 100;
	}

	/**
	 * Opens a {@code .shp} and checks its header.
	 * @throws LayerFileException when it is not a {@code .shp} or is shorter than its
	 * header says
	 */
	static ShapeReader open(Path shp, GeometryFactory factory) throws IOException {
		long size = Files.size(shp);
		DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(shp), 1 << 16));
		try {
			if (size < 100) {
				throw new LayerFileException(Text.of("The .shp is too short to be a Shapefile ({0} bytes).", size));
			}
			byte[] header = new byte[100];
			in.readFully(header);
			ByteBuffer big = ByteBuffer.wrap(header).order(ByteOrder.BIG_ENDIAN);
			ByteBuffer little = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
			if (big.getInt(0) != FILE_CODE || little.getInt(28) != 1000) {
				throw new LayerFileException(Text.of("The .shp is not a Shapefile: its header does not start as one."));
			}
			long declared = Integer.toUnsignedLong(big.getInt(24)) * 2;
			if (declared > size) {
				throw new LayerFileException(Text.of(
						"The .shp is truncated: its header says {0} bytes but the file has {1}. Upload the complete file.",
						declared, size));
			}
			return new ShapeReader(in, declared, little.getInt(32), factory);
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/** The shape type in the file header: 5 polygon, 15 polygon Z, 25 polygon M, … */
	int shapeType() {
		return this.shapeType;
	}

	/**
	 * The next record, or {@code null} after the last.
	 * @throws LayerFileException when a record's framing is damaged, after which nothing
	 * further can be read
	 */
	ShapeRecord next() throws IOException {
		if (this.position + 8 > this.end) {
			return null;
		}
		int recordNumber = this.records + 1;
		int contentBytes;
		byte[] content;
		try {
			this.in.readInt();
			long words = Integer.toUnsignedLong(this.in.readInt());
			if (words * 2 < 4 || words * 2 > MAX_RECORD_BYTES || this.position + 8 + words * 2 > this.end) {
				Text message = Text.of("The .shp is damaged at record {0}: its length runs past the end of the file.",
						recordNumber);
				throw new LayerFileException(message);
			}
			contentBytes = (int) (words * 2);
			content = new byte[contentBytes];
			this.in.readFully(content);
		}
		catch (EOFException ex) {
			throw new LayerFileException(Text.of("The .shp is truncated at record {0}.", recordNumber), ex);
		}
		this.position += 8 + contentBytes;
		this.records++;
		return this.decoder.decode(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN));
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
