package ir.cadastre.layerfile;

import java.util.Objects;

/**
 * A column the writers create: its name, its type and, for text in a Shapefile, its width
 * in bytes of UTF-8 (a Persian letter takes two).
 *
 * @param name the column name; a Shapefile allows at most 10 ASCII characters
 * @param type what the column holds
 * @param width the Shapefile text width in bytes, 1–254; ignored for numbers and by the
 * other formats
 */
public record AttributeField(String name, Type type, int width) {

	/** The widest text a {@code .dbf} character field holds. */
	public static final int MAX_TEXT_WIDTH = 254;

	public AttributeField {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		if (name.isBlank()) {
			throw new IllegalArgumentException("A field needs a name");
		}
		if (type == Type.TEXT && (width < 1 || width > MAX_TEXT_WIDTH)) {
			throw new IllegalArgumentException("Text width must be 1–" + MAX_TEXT_WIDTH + " bytes, not " + width);
		}
	}

	/**
	 * Text up to 254 bytes of UTF-8 in a Shapefile (127 Persian letters), unbounded
	 * elsewhere.
	 */
	public static AttributeField text(String name) {
		return new AttributeField(name, Type.TEXT, MAX_TEXT_WIDTH);
	}

	public static AttributeField text(String name, int width) {
		return new AttributeField(name, Type.TEXT, width);
	}

	/** Whole numbers; a Shapefile holds up to 18 digits. */
	public static AttributeField integer(String name) {
		return new AttributeField(name, Type.INTEGER, 18);
	}

	/** Floating-point numbers (areas, lengths). */
	public static AttributeField real(String name) {
		return new AttributeField(name, Type.REAL, 24);
	}

	/** What a column holds. */
	public enum Type {

		TEXT, INTEGER, REAL

	}

}
