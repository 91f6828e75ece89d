package ir.cadastre.layerfile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * GeoPackage binary geometry (OGC 12-128r18, §2.1.3): the magic "GP", a version byte, a
 * flags byte (bit 0 byte order, bits 1–3 envelope contents, bit 4 empty, bit 5 extended
 * type), the SRS id, an optional envelope, then standard or ISO WKB.
 */
final class GeoPackageBinary {

	private static final int[] ENVELOPE_BYTES = { 0, 32, 48, 48, 64 };

	private GeoPackageBinary() {
	}

	/**
	 * Decodes a blob.
	 * @return the geometry, or {@code null} for a SQL NULL
	 * @throws GeometryFault when the blob is not GeoPackage binary or its WKB is damaged
	 */
	static Geometry decode(byte[] blob, GeometryFactory factory) throws GeometryFault {
		if (blob == null) {
			return null;
		}
		if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
			throw new GeometryFault(Text.of("the geometry is not GeoPackage binary (no 'GP' header)"));
		}
		int flags = blob[3];
		if ((flags & 0b10_0000) != 0) {
			throw new GeometryFault(Text.of("the geometry uses an extension type this reader does not know"));
		}
		int envelope = (flags >> 1) & 0b111;
		if (envelope >= ENVELOPE_BYTES.length) {
			throw new GeometryFault(Text.of("the geometry header has an invalid envelope code {0}", envelope));
		}
		int offset = 8 + ENVELOPE_BYTES[envelope];
		if (blob.length <= offset) {
			if ((flags & 0b1_0000) != 0) {
				return factory.createGeometryCollection();
			}
			throw new GeometryFault(Text.of("the geometry is truncated after its header"));
		}
		WkbRings.check(blob, offset);
		try {
			return new WKBReader(factory).read(Arrays.copyOfRange(blob, offset, blob.length));
		}
		catch (ParseException | RuntimeException ex) {
			throw new GeometryFault(Text.of("the geometry's WKB is damaged ({0})", ex.getMessage()));
		}
		catch (StackOverflowError ex) {
			// JTS reads a collection by recursion, one frame per level: a blob of a few
			// hundred kilobytes nesting collections thousands deep ends the stack. The
			// reader holds nothing but the blob, so the feature is refused and reading
			// goes on.
			throw new GeometryFault(Text.of("the geometry nests collections too deeply to be read"));
		}
	}

	/**
	 * Encodes a 2D geometry as little-endian GeoPackage binary with an XY envelope (none
	 * for an empty geometry, which is flagged empty instead).
	 */
	static byte[] encode(Geometry geometry, int srid) {
		byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
		boolean empty = geometry.isEmpty();
		ByteBuffer blob = ByteBuffer.allocate(8 + (empty ? 0 : 32) + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
		blob.put((byte) 'G').put((byte) 'P').put((byte) 0);
		blob.put((byte) (empty ? 0b1_0001 : 0b0011));
		blob.putInt(srid);
		if (!empty) {
			Envelope envelope = geometry.getEnvelopeInternal();
			blob.putDouble(envelope.getMinX()).putDouble(envelope.getMaxX());
			blob.putDouble(envelope.getMinY()).putDouble(envelope.getMaxY());
		}
		blob.put(wkb);
		return blob.array();
	}

}
