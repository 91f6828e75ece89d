package ir.cadastre.layerfile;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.web.Text;

/**
 * Tells the SRID of a coordinate system given as WKT ({@code .prj}, GeoPackage SRS), and
 * writes WKT for the SRIDs the writers produce.
 *
 * <p>
 * Recognised, in this order: an EPSG authority on the root ({@code AUTHORITY["EPSG",…]}
 * in WKT 1, {@code ID["EPSG",…]} in WKT 2), whatever its code; a WGS 84 Transverse
 * Mercator with the UTM parameters (scale 0.9996, false easting 500000, false northing 0
 * or 10000000, central meridian −183 + 6·zone: Iran's zones 38N–41N are 45°, 51°, 57°,
 * 63°) → 326zz/327zz; a WGS 84 UTM zone by name ("WGS_1984_UTM_Zone_39N", "WGS 84 / UTM
 * zone 39N"); WGS 84 Web Mercator → 3857; WGS 84 geographic → 4326.
 *
 * <p>
 * The old Iranian maps' ED50 UTM zones 38N–41N, by the same parameters or name
 * ("ED_1950_UTM_Zone_39N", "ED50 / UTM zone 39N"), → 2058–2061, EPSG's "ED50(ED77) / UTM
 * zone 38N–41N" (ED50 in degrees → 4154, "ED50(ED77)"): the same ellipsoid and
 * projection, and the datum shift measured for Iran (NIMA TR8350.2: −117, −132, −164 m,
 * ±9–12 m), where EPSG's own ED50 zones (23038, and none east of it) shift by Europe's
 * mean, 6–12 m away from it across Iran (measured with PostGIS from Tabriz to Zahedan;
 * read with no shift at all, as WGS 84 UTM, an ED50 map lies 110–130 m off). The codes
 * 23039–23041 that some tools invent for the zones east of 38N are read the same way.
 * Anything else, a national grid without an authority among them, is not guessed: the
 * uploader names the SRID instead, because a wrong guess moves every boundary by up to
 * hundreds of metres.
 */
final class KnownCrs {

	static final int WGS84 = 4326;

	private static final Pattern UTM_NAME = Pattern.compile("WGS(?:19)?84UTMZONE(\\d{1,2})([NS])");

	private static final Pattern ED50_UTM_NAME = Pattern.compile("ED(?:19)?50UTMZONE(\\d{1,2})N");

	/** EPSG's ED50(ED77) in degrees: ED50 with Iran's datum shift. */
	private static final int ED77_DEGREES = 4154;

	/** EPSG's ED50(ED77) / UTM zone 38N; zones 39N–41N follow. */
	private static final int ED77_UTM_38N = 2058;

	private static final String ESRI_GEOGCS = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
			+ "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],"
			+ "UNIT[\"Degree\",0.0174532925199433]]";

	private static final String OGC_GEOGCS = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
			+ "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
			+ "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
			+ "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]";

	private KnownCrs() {
	}

	/** The SRID the WKT describes, or empty when it is not one recognised here. */
	static OptionalInt sridOf(String wkt) {
		WktNode root = WktNode.parse(wkt.replace("\uFEFF", ""));
		if (root == null) {
			return OptionalInt.empty();
		}
		OptionalInt authority = epsgAuthority(root);
		if (authority.isPresent()) {
			return authority;
		}
		if (root.is("PROJCS", "PROJCRS", "PROJECTEDCRS")) {
			return projected(root);
		}
		if (root.is("GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS") && isWgs84(root)) {
			return OptionalInt.of(WGS84);
		}
		if (root.is("GEOGCS", "GEOGCRS", "GEOGRAPHICCRS") && isEd50(root)) {
			return OptionalInt.of(ED77_DEGREES);
		}
		return OptionalInt.empty();
	}

	private static OptionalInt projected(WktNode root) {
		WktNode base = root.child("GEOGCS", "BASEGEOGCRS", "BASEGEODCRS", "GEOGCRS");
		if (base != null && isEd50(base) && metres(root)) {
			return ed50Utm(root);
		}
		if (base == null || !isWgs84(base) || !metres(root)) {
			return OptionalInt.empty();
		}
		String method = method(root);
		String name = WktNode.normalised(root.name());
		if (method.contains("MERCATORAUXILIARYSPHERE") || method.contains("PSEUDOMERCATOR")
				|| name.contains("WEBMERCATOR") || name.contains("PSEUDOMERCATOR")) {
			return OptionalInt.of(3857);
		}
		if (method.contains("TRANSVERSEMERCATOR") && !method.contains("SOUTH")) {
			OptionalInt zone = utmByParameters(root);
			if (zone.isPresent()) {
				return zone;
			}
		}
		Matcher utm = UTM_NAME.matcher(name);
		if (utm.matches() && (method.isEmpty() || method.contains("TRANSVERSEMERCATOR"))) {
			int zone = Integer.parseInt(utm.group(1));
			if (zone >= 1 && zone <= 60) {
				return OptionalInt.of((utm.group(2).equals("N") ? 32600 : 32700) + zone);
			}
		}
		return OptionalInt.empty();
	}

	/** An ED50 UTM zone of Iran's, 38N–41N, by its parameters or else by its name. */
	private static OptionalInt ed50Utm(WktNode root) {
		String method = method(root);
		OptionalInt zone = OptionalInt.empty();
		if (method.contains("TRANSVERSEMERCATOR") && !method.contains("SOUTH")) {
			zone = utmByParameters(root);
		}
		if (zone.isEmpty() && method.isEmpty()) {
			Matcher utm = ED50_UTM_NAME.matcher(WktNode.normalised(root.name()));
			zone = utm.matches() ? OptionalInt.of(32600 + Integer.parseInt(utm.group(1))) : zone;
		}
		int number = zone.orElse(0) - 32600;
		return (number >= 38 && number <= 41) ? OptionalInt.of(ED77_UTM_38N + number - 38) : OptionalInt.empty();
	}

	private static OptionalInt utmByParameters(WktNode root) {
		double centralMeridian = parameter(root, "CENTRALMERIDIAN", "LONGITUDEOFNATURALORIGIN", "LONGITUDEOFORIGIN");
		double scale = parameter(root, "SCALEFACTOR", "SCALEFACTORATNATURALORIGIN");
		double falseEasting = parameter(root, "FALSEEASTING");
		double falseNorthing = parameter(root, "FALSENORTHING");
		double latitudeOfOrigin = parameter(root, "LATITUDEOFORIGIN", "LATITUDEOFNATURALORIGIN");
		double zone = (centralMeridian + 183) / 6;
		boolean utm = close(scale, 0.9996) && close(falseEasting, 500000) && close(latitudeOfOrigin, 0)
				&& close(zone, Math.rint(zone)) && zone >= 1 && zone <= 60;
		if (utm && close(falseNorthing, 0)) {
			return OptionalInt.of(32600 + (int) Math.rint(zone));
		}
		if (utm && close(falseNorthing, 10_000_000)) {
			return OptionalInt.of(32700 + (int) Math.rint(zone));
		}
		return OptionalInt.empty();
	}

	private static boolean close(double value, double expected) {
		return Math.abs(value - expected) < 1e-7 * Math.max(1, Math.abs(expected));
	}

	/** A parameter of the projection (WKT 1) or conversion (WKT 2); NaN when absent. */
	private static double parameter(WktNode root, String... names) {
		WktNode conversion = root.child("CONVERSION");
		WktNode holder = (conversion != null) ? conversion : root;
		for (WktNode parameter : holder.children("PARAMETER")) {
			String name = WktNode.normalised(parameter.name());
			for (String wanted : names) {
				if (name.equals(wanted)) {
					return parameter.number(1);
				}
			}
		}
		return Double.NaN;
	}

	private static String method(WktNode root) {
		return WktNode.normalised(methodName(root));
	}

	private static String methodName(WktNode root) {
		WktNode projection = root.child("PROJECTION");
		if (projection == null) {
			WktNode conversion = root.child("CONVERSION");
			projection = (conversion != null) ? conversion.child("METHOD", "PROJECTION") : null;
		}
		return (projection != null) ? projection.name() : "";
	}

	private static boolean isWgs84(WktNode crs) {
		WktNode datum = crs.child("DATUM", "GEODETICDATUM", "TRF", "ENSEMBLE");
		if (datum == null) {
			return false;
		}
		String name = WktNode.normalised(datum.name());
		return name.equals("WGS84") || name.equals("WGS1984") || name.equals("DWGS1984")
				|| name.startsWith("WORLDGEODETICSYSTEM1984");
	}

	private static boolean isEd50(WktNode crs) {
		WktNode datum = crs.child("DATUM", "GEODETICDATUM", "TRF", "ENSEMBLE");
		String name = WktNode.normalised((datum != null) ? datum.name() : crs.name());
		return name.startsWith("EUROPEANDATUM1950") || name.startsWith("EUROPEAN1950")
				|| name.startsWith("DEUROPEAN1950") || name.startsWith("ED50");
	}

	/** A linear unit of one metre, or none given (UTM's metre is then implied). */
	private static boolean metres(WktNode root) {
		WktNode unit = root.child("UNIT", "LENGTHUNIT");
		return unit == null || close(unit.number(1), 1);
	}

	private static OptionalInt epsgAuthority(WktNode root) {
		WktNode authority = root.child("AUTHORITY", "ID");
		if (authority == null || !authority.name().equalsIgnoreCase("EPSG")) {
			return OptionalInt.empty();
		}
		double code = authority.number(1);
		if (Double.isNaN(code)) {
			try {
				code = Double.parseDouble(authority.text(1).strip());
			}
			catch (NumberFormatException ex) {
				return OptionalInt.empty();
			}
		}
		if (code >= 23039 && code <= 23041) {
			return OptionalInt.of(ED77_UTM_38N + (int) code - 23038);
		}
		return (code > 0 && code == Math.rint(code) && code < Integer.MAX_VALUE) ? OptionalInt.of((int) code)
				: OptionalInt.empty();
	}

	/**
	 * Why a projected system is refused, when it is one whose projection is not UTM's
	 * (the national atlas's Lambert conformal conic, say); {@code null} for anything
	 * else, whose refusal is the reader's.
	 */
	static Text unsupportedProjection(String wkt) {
		WktNode root = WktNode.parse(wkt.replace("\uFEFF", ""));
		if (root == null || !root.is("PROJCS", "PROJCRS", "PROJECTEDCRS") || sridOf(wkt).isPresent()) {
			return null;
		}
		String method = method(root);
		if (method.isEmpty() || method.contains("TRANSVERSEMERCATOR")) {
			return null;
		}
		String projection = method.contains("LAMBERTCONFORMALCONIC") ? "Lambert conformal conic"
				: methodName(root).replace('_', ' ');
		return Text.of("The file's coordinate system ('{0}') is a {1} projection, which the cadastre does not "
				+ "reproject: export the layer in WGS 84 (EPSG:4326), or in UTM zones 38N–41N on WGS 84 "
				+ "(EPSG:32638–32641) or on ED50 (EPSG:2058–2061).", root.name(), projection);
	}

	/** Whether the writers can describe this SRID: WGS 84 and its UTM zones. */
	static boolean writable(int srid) {
		return srid == WGS84 || (srid > 32600 && srid <= 32660) || (srid > 32700 && srid <= 32760);
	}

	/** The ESRI flavour of WKT that {@code .prj} files carry. */
	static String esriWkt(int srid) {
		requireWritable(srid);
		if (srid == WGS84) {
			return ESRI_GEOGCS;
		}
		int zone = srid % 100;
		String hemisphere = (srid < 32700) ? "N" : "S";
		return "PROJCS[\"WGS_1984_UTM_Zone_" + zone + hemisphere + "\"," + ESRI_GEOGCS
				+ ",PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
				+ "PARAMETER[\"False_Northing\"," + ((srid < 32700) ? "0.0" : "10000000.0") + "],"
				+ "PARAMETER[\"Central_Meridian\"," + (-183.0 + 6 * zone) + "],PARAMETER[\"Scale_Factor\",0.9996],"
				+ "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
	}

	/**
	 * OGC WKT 1 with EPSG authorities, as GeoPackage's {@code gpkg_spatial_ref_sys}
	 * holds.
	 */
	static String ogcWkt(int srid) {
		requireWritable(srid);
		if (srid == WGS84) {
			return OGC_GEOGCS + ",AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";
		}
		int zone = srid % 100;
		return "PROJCS[\"" + name(srid) + "\"," + OGC_GEOGCS + ",AUTHORITY[\"EPSG\",\"4326\"]],"
				+ "PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
				+ "PARAMETER[\"central_meridian\"," + (-183 + 6 * zone) + "],PARAMETER[\"scale_factor\",0.9996],"
				+ "PARAMETER[\"false_easting\",500000],PARAMETER[\"false_northing\","
				+ ((srid < 32700) ? "0" : "10000000") + "],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],"
				+ "AXIS[\"Easting\",EAST],AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"" + srid + "\"]]";
	}

	/** The EPSG name, e.g. "WGS 84 / UTM zone 39N". */
	static String name(int srid) {
		requireWritable(srid);
		return (srid == WGS84) ? "WGS 84" : "WGS 84 / UTM zone " + (srid % 100) + ((srid < 32700) ? "N" : "S");
	}

	private static void requireWritable(int srid) {
		if (!writable(srid)) {
			throw new IllegalArgumentException(
					"SRID " + srid + " cannot be written: use 4326 or a WGS 84 UTM zone (32601–32660, 32701–32760)");
		}
	}

}
