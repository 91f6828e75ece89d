package ir.cadastre.layerfile;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.locationtech.jts.geom.Coordinate;

/**
 * Checks the rings of the polygons in WKB (standard, ISO or PostGIS's extended) as
 * {@link RingPoints} checks a Shapefile's, before JTS reads it: JTS closes an unclosed
 * ring, and pads a short one, without a word, where the other formats refuse them (a ring
 * closed by a reader is a boundary nobody drew). Rings are numbered within their polygon,
 * the shell 1, as GeoJSON's are. Damage is left to JTS to report.
 */
final class WkbRings {

	/** Deeper collections are left to JTS, which refuses them on its own. */
	private static final int MAX_DEPTH = 32;

	private final ByteBuffer wkb;

	private WkbRings(byte[] wkb, int offset) {
		this.wkb = ByteBuffer.wrap(wkb);
		this.wkb.position(offset);
	}

	/** Checks the WKB that starts at the offset. */
	static void check(byte[] wkb, int offset) throws GeometryFault {
		try {
			new WkbRings(wkb, offset).geometry(0);
		}
		catch (BufferUnderflowException | IllegalArgumentException ex) {
			// A truncated or damaged blob: JTS says so when it reads it.
		}
	}

	/** Walks one geometry; false when the rest cannot be walked. */
	private boolean geometry(int depth) throws GeometryFault {
		if (depth > MAX_DEPTH) {
			return false;
		}
		this.wkb.order((this.wkb.get() == 0) ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
		int code = this.wkb.getInt();
		boolean z = (code & 0x8000_0000) != 0 || (code & 0xFFFF) / 1000 == 1 || (code & 0xFFFF) / 1000 == 3;
		boolean m = (code & 0x4000_0000) != 0 || (code & 0xFFFF) / 1000 == 2 || (code & 0xFFFF) / 1000 == 3;
		if ((code & 0x2000_0000) != 0) {
			this.wkb.getInt();
		}
		int dimensions = 2 + (z ? 1 : 0) + (m ? 1 : 0);
		switch ((code & 0xFFFF) % 1000) {
			case 1 -> skip(dimensions);
			case 2 -> skip((long) count() * dimensions);
			case 3 -> polygon(dimensions);
			case 4, 5, 6, 7 -> {
				int members = count();
				for (int i = 0; i < members; i++) {
					if (!geometry(depth + 1)) {
						return false;
					}
				}
			}
			default -> {
				return false;
			}
		}
		return true;
	}

	private void polygon(int dimensions) throws GeometryFault {
		int rings = count();
		for (int number = 1; number <= rings; number++) {
			int points = count();
			if ((long) points * dimensions * 8 > this.wkb.remaining()) {
				return;
			}
			Coordinate[] ring = new Coordinate[points];
			for (int i = 0; i < points; i++) {
				ring[i] = new Coordinate(this.wkb.getDouble(), this.wkb.getDouble());
				skip(dimensions - 2);
			}
			RingPoints.check(ring, number);
		}
	}

	private int count() {
		int count = this.wkb.getInt();
		if (count < 0 || count > this.wkb.remaining()) {
			throw new IllegalArgumentException("count " + count);
		}
		return count;
	}

	private void skip(long ordinates) {
		if (ordinates * 8 > this.wkb.remaining()) {
			throw new IllegalArgumentException("short");
		}
		this.wkb.position(this.wkb.position() + (int) ordinates * 8);
	}

}
