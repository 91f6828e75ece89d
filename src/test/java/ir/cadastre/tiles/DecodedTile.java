package ir.cadastre.tiles;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Mapbox Vector Tile decoded by a small protobuf reader written from the MVT 2.1
 * specification ({@code vector_tile.proto}), so the tests read tiles the way a map client
 * does, without trusting the encoder that wrote them.
 */
record DecodedTile(List<Layer> layers) {

	static DecodedTile decode(byte[] bytes) {
		List<Layer> layers = new ArrayList<>();
		Reader tile = new Reader(bytes, 0, bytes.length);
		while (tile.more()) {
			int key = (int) tile.varint();
			if (key == (3 << 3 | 2)) {
				layers.add(Layer.decode(tile.message()));
			}
			else {
				tile.skip(key & 7);
			}
		}
		return new DecodedTile(layers);
	}

	Layer layer(String name) {
		return this.layers.stream()
			.filter((layer) -> layer.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no layer " + name + " in " + this.layers));
	}

	/** A layer of the tile. */
	record Layer(String name, int version, int extent, List<Feature> features) {

		static Layer decode(Reader layer) {
			String name = null;
			int version = 1;
			int extent = 4096;
			List<String> keys = new ArrayList<>();
			List<Object> values = new ArrayList<>();
			List<Reader> features = new ArrayList<>();
			while (layer.more()) {
				int key = (int) layer.varint();
				switch (key) {
					case 1 << 3 | 2 -> name = layer.string();
					case 2 << 3 | 2 -> features.add(layer.message());
					case 3 << 3 | 2 -> keys.add(layer.string());
					case 4 << 3 | 2 -> values.add(value(layer.message()));
					case 5 << 3 -> extent = (int) layer.varint();
					case 15 << 3 -> version = (int) layer.varint();
					default -> layer.skip(key & 7);
				}
			}
			return new Layer(name, version, extent,
					features.stream().map((feature) -> Feature.decode(feature, keys, values)).toList());
		}

		private static Object value(Reader value) {
			Object result = null;
			while (value.more()) {
				int key = (int) value.varint();
				result = switch (key) {
					case 1 << 3 | 2 -> value.string();
					case 2 << 3 | 5 -> Float.intBitsToFloat((int) value.fixed(4));
					case 3 << 3 | 1 -> Double.longBitsToDouble(value.fixed(8));
					case 4 << 3, 5 << 3 -> value.varint();
					case 6 << 3 -> zigzag(value.varint());
					case 7 << 3 -> value.varint() != 0;
					default -> throw new IllegalArgumentException("unknown value field " + key);
				};
			}
			return result;
		}

		List<Long> ids() {
			return this.features.stream().map(Feature::id).toList();
		}

		Feature feature(long id) {
			return this.features.stream()
				.filter((feature) -> feature.id() == id)
				.findFirst()
				.orElseThrow(() -> new AssertionError("no feature " + id + " in layer " + this.name));
		}

	}

	/**
	 * A feature: its id, attributes, geometry type (3 = polygon) and rings in tile
	 * coordinates (exterior rings clockwise in screen coordinates, holes
	 * counter-clockwise).
	 */
	record Feature(long id, Map<String, Object> attributes, int type, List<int[][]> rings) {

		static Feature decode(Reader feature, List<String> keys, List<Object> values) {
			long id = -1;
			int type = 0;
			Map<String, Object> attributes = new LinkedHashMap<>();
			List<int[][]> rings = new ArrayList<>();
			while (feature.more()) {
				int key = (int) feature.varint();
				switch (key) {
					case 1 << 3 -> id = feature.varint();
					case 2 << 3 | 2 -> {
						Reader tags = feature.message();
						while (tags.more()) {
							attributes.put(keys.get((int) tags.varint()), values.get((int) tags.varint()));
						}
					}
					case 3 << 3 -> type = (int) feature.varint();
					case 4 << 3 | 2 -> rings = rings(feature.message());
					default -> feature.skip(key & 7);
				}
			}
			return new Feature(id, attributes, type, rings);
		}

		/** MoveTo (1), LineTo (2) and ClosePath (7) commands with zigzag deltas. */
		private static List<int[][]> rings(Reader geometry) {
			List<int[][]> rings = new ArrayList<>();
			List<int[]> ring = new ArrayList<>();
			int cx = 0;
			int cy = 0;
			while (geometry.more()) {
				int command = (int) geometry.varint();
				int id = command & 7;
				int count = command >>> 3;
				if (id == 7) {
					ring.add(ring.get(0));
					rings.add(ring.toArray(int[][]::new));
					ring = new ArrayList<>();
					continue;
				}
				for (int i = 0; i < count; i++) {
					cx += (int) zigzag(geometry.varint());
					cy += (int) zigzag(geometry.varint());
					ring.add(new int[] { cx, cy });
				}
			}
			return rings;
		}

		Object attribute(String name) {
			return this.attributes.get(name);
		}

		/** Twice the signed area of each ring, positive for exterior rings. */
		long area() {
			long twice = 0;
			for (int[][] ring : this.rings) {
				for (int i = 0; i + 1 < ring.length; i++) {
					twice += (long) ring[i][0] * ring[i + 1][1] - (long) ring[i + 1][0] * ring[i][1];
				}
			}
			return twice / 2;
		}

	}

	private static long zigzag(long n) {
		return (n >>> 1) ^ -(n & 1);
	}

	/** Reads protobuf wire format from a slice of bytes. */
	static final class Reader {

		private final byte[] bytes;

		private int at;

		private final int end;

		Reader(byte[] bytes, int from, int end) {
			this.bytes = bytes;
			this.at = from;
			this.end = end;
		}

		boolean more() {
			return this.at < this.end;
		}

		long varint() {
			long value = 0;
			for (int shift = 0; shift < 64; shift += 7) {
				byte b = this.bytes[this.at++];
				value |= (long) (b & 0x7f) << shift;
				if (b >= 0) {
					return value;
				}
			}
			throw new IllegalArgumentException("varint too long");
		}

		long fixed(int size) {
			long value = 0;
			for (int i = 0; i < size; i++) {
				value |= (long) (this.bytes[this.at++] & 0xff) << (8 * i);
			}
			return value;
		}

		Reader message() {
			int length = (int) varint();
			Reader message = new Reader(this.bytes, this.at, this.at + length);
			this.at += length;
			if (this.at > this.end) {
				throw new IllegalArgumentException("message runs past its parent");
			}
			return message;
		}

		String string() {
			Reader text = message();
			return new String(this.bytes, text.at, text.end - text.at, StandardCharsets.UTF_8);
		}

		void skip(int wireType) {
			switch (wireType) {
				case 0 -> varint();
				case 1 -> this.at += 8;
				case 2 -> message();
				case 5 -> this.at += 4;
				default -> throw new IllegalArgumentException("wire type " + wireType);
			}
		}

	}

}
