package ir.cadastre.layerfile;

import java.util.Locale;

/**
 * An attribute column of a GeoPackage feature table, with its declared type, which tells
 * how to read SQLite's loosely typed values: {@code BOOLEAN} columns hold 0 and 1.
 */
record GeoPackageColumn(String name, String declaredType) {

	Object plain(Object value) {
		if (value instanceof Integer number) {
			value = number.longValue();
		}
		if (value instanceof Long number && declaredType.toUpperCase(Locale.ROOT).startsWith("BOOL")) {
			return number != 0;
		}
		return value;
	}

}
