package ir.cadastre.sample.national;

import java.util.BitSet;

import org.locationtech.jts.geom.Envelope;

/**
 * Cells of a quarter kilometre over Iran's envelope that licences take in blocks. A
 * licence is drawn inside its block with a margin, so licences never overlap however
 * densely they pack, and no overlay is needed to check. A block is inside Iran when every
 * cell corner in it is inside the boundary shrunk by a kilometre: every point of a cell
 * is nearer than that to one of its corners.
 */
final class LicenceGrid {

	static final double CELL_KM = 0.25;

	private final NationalBoundary iran;

	private final double west;

	private final double south;

	private final double cellLon;

	private final double cellLat;

	private final int columns;

	private final int rows;

	private final BitSet taken;

	/** Corners tested so far, and of those the ones inside: two bits a corner. */
	private final BitSet tested;

	private final BitSet inside;

	LicenceGrid(NationalBoundary iran) {
		this.iran = iran;
		Envelope envelope = iran.envelope();
		this.west = envelope.getMinX();
		this.south = envelope.getMinY();
		this.cellLat = CELL_KM / LocalFrame.KM_PER_DEGREE_LAT;
		// square at Iran's middle latitude; a little narrower to the north, wider south
		this.cellLon = CELL_KM / LocalFrame.kmPerDegreeLon(32.5);
		this.columns = (int) Math.ceil(envelope.getWidth() / this.cellLon);
		this.rows = (int) Math.ceil(envelope.getHeight() / this.cellLat);
		this.taken = new BitSet(this.columns * this.rows);
		this.tested = new BitSet((this.columns + 1) * (this.rows + 1));
		this.inside = new BitSet((this.columns + 1) * (this.rows + 1));
	}

	double cellLon() {
		return this.cellLon;
	}

	double cellLat() {
		return this.cellLat;
	}

	/**
	 * Takes the block of cells centred nearest to a point, if all of it is free and
	 * inside Iran.
	 * @return the block's envelope, or {@code null} when it cannot be taken
	 */
	Envelope take(double lon, double lat, int width, int height) {
		int column = (int) Math.round((lon - this.west) / this.cellLon - width / 2.0);
		int row = (int) Math.round((lat - this.south) / this.cellLat - height / 2.0);
		if (column < 0 || row < 0 || column + width > this.columns || row + height > this.rows) {
			return null;
		}
		for (int r = row; r < row + height; r++) {
			int taken = this.taken.nextSetBit(r * this.columns + column);
			if (taken >= 0 && taken < r * this.columns + column + width) {
				return null;
			}
		}
		for (int r = row; r <= row + height; r++) {
			for (int c = column; c <= column + width; c++) {
				if (!cornerInside(c, r)) {
					return null;
				}
			}
		}
		for (int r = row; r < row + height; r++) {
			this.taken.set(r * this.columns + column, r * this.columns + column + width);
		}
		return new Envelope(this.west + column * this.cellLon, this.west + (column + width) * this.cellLon,
				this.south + row * this.cellLat, this.south + (row + height) * this.cellLat);
	}

	private boolean cornerInside(int column, int row) {
		int index = row * (this.columns + 1) + column;
		if (!this.tested.get(index)) {
			this.tested.set(index);
			this.inside.set(index,
					this.iran.inside(this.west + column * this.cellLon, this.south + row * this.cellLat));
		}
		return this.inside.get(index);
	}

}
