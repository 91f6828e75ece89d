package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;

/**
 * Opens the layer files GIS staff upload: GeoJSON ({@code .geojson}, {@code .json}), a
 * zipped Shapefile ({@code .zip}), a GeoPackage ({@code .gpkg}) and KML ({@code .kml},
 * {@code .kmz}).
 *
 * <p>
 * The format comes from the original file name's extension; a name without a known
 * extension is sniffed from the first bytes (zip, SQLite, JSON, XML). Nothing is read
 * beyond the metadata on opening: features stream from {@link LayerFile#features()}.
 */
public final class LayerFiles {

	/**
	 * The coordinate systems a file may be in: WGS 84 (4326); Iran's UTM zones 38N–41N on
	 * WGS 84 (32638–32641); the same zones on ED50, as the old Iranian maps drew them,
	 * with Iran's datum shift (2058–2061, "ED50(ED77)"), and EPSG's ED50 zone 38N
	 * (23038), with Europe's (see {@link KnownCrs}). PostGIS reprojects them all.
	 */
	public static final Set<Integer> SOURCE_SRIDS = Set.of(4326, 32638, 32639, 32640, 32641, 2058, 2059, 2060, 2061,
			23038, 4154, 4230);

	/**
	 * {@link #SOURCE_SRIDS} in words, to stand in a refusal's sentence ("must be in …").
	 */
	public static final Text SOURCE_SRIDS_NAMED = Text.name(
			"WGS 84 (EPSG:4326), in one of Iran's UTM zones 38N–41N on WGS 84 (EPSG:32638–32641) or on ED50 (EPSG:2058–2061, or 23038), or in ED50 degrees (EPSG:4154, 4230)",
			"WGS 84 (EPSG:4326)، یا در یکی از زون‌های UTM ایران، 38N–41N، بر WGS 84 (EPSG:32638–32641) یا بر ED50 (EPSG:2058–2061، یا 23038)، یا به درجه بر ED50 (EPSG:4154، 4230)");

	private LayerFiles() {
	}

	/**
	 * Refuses a form's {@code sourceSrid} that is not a coordinate system the cadastre
	 * reads (400 {@code invalid-parameter} naming the field): the same for a layer import
	 * and a boundary file. No {@code sourceSrid} is the file's own.
	 */
	public static void checkSourceSrid(Integer sourceSrid) {
		if (sourceSrid != null && !SOURCE_SRIDS.contains(sourceSrid)) {
			throw CadastreProblem.invalidParameter("sourceSrid",
					Text.of("sourceSrid is a coordinate system the cadastre reads: {0}.", SOURCE_SRIDS_NAMED));
		}
	}

	/**
	 * Opens an uploaded layer file.
	 * @param file the uploaded bytes on disk; left in place (the caller deletes it)
	 * @param originalFilename the name the user's file had, for its extension; may be
	 * null
	 * @param sourceSrid the SRID of the file's coordinates when the user gives it: it
	 * wins over what the file says, and is required when the file says nothing
	 * recognisable (a Shapefile without {@code .prj}, or with an unknown one); null to
	 * take the file's
	 * @return the opened file; close it when done
	 * @throws LayerFileException for an unknown, damaged or incomplete file, with a
	 * message for the uploader
	 */
	public static LayerFile open(Path file, String originalFilename, Integer sourceSrid) {
		return open(file, originalFilename, sourceSrid, null);
	}

	/**
	 * Opens an uploaded layer file, choosing the layer inside it.
	 * @param layerName the GeoPackage feature table or the base name of the Shapefile in
	 * the zip to read; null for the first one
	 * @see #open(Path, String, Integer)
	 */
	public static LayerFile open(Path file, String originalFilename, Integer sourceSrid, String layerName) {
		return open(file, originalFilename, sourceSrid, layerName, UploadedZip.DEFAULT_MAX_EXTRACTED_BYTES,
				UploadedZip.DEFAULT_MAX_ENTRIES);
	}

	static LayerFile open(Path file, String originalFilename, Integer sourceSrid, String layerName,
			long maxExtractedBytes, int maxZipEntries) {
		if (sourceSrid != null && sourceSrid <= 0) {
			throw new LayerFileException(Text.of("The source SRID must be a positive EPSG code, e.g. 32639."));
		}
		try {
			if (Files.size(file) == 0) {
				throw new LayerFileException(Text.of("The file is empty."));
			}
			String name = (originalFilename != null) ? UploadedZip.fileName(originalFilename.replace('\\', '/')) : "";
			String baseName = UploadedZip.fileName(UploadedZip.base(name));
			return switch (detect(file, name)) {
				case GEOJSON -> new LayerFile(GeoJsonSource.open(file, baseName, sourceSrid), null);
				case GEOPACKAGE -> new LayerFile(GeoPackageSource.open(file, layerName, sourceSrid), null);
				case KML -> new LayerFile(KmlSource.open(file, baseName, sourceSrid), null);
				case ZIP -> openZip(file, baseName, sourceSrid, layerName, maxExtractedBytes, maxZipEntries);
				case SHAPEFILE_PART -> throw new LayerFileException(Text.of(
						"Upload a Shapefile as one .zip holding its .shp, .shx, .dbf and .prj files, not the {0} alone.",
						UploadedZip.extension(name)));
				case UNKNOWN -> throw new LayerFileException(name.isEmpty()
						? Text.of("The file's type is not supported: upload GeoJSON (.geojson, .json), a zipped "
								+ "Shapefile (.zip), a GeoPackage (.gpkg) or KML (.kml, .kmz).")
						: Text.of("The file type of '{0}' is not supported: upload GeoJSON (.geojson, .json), a zipped "
								+ "Shapefile (.zip), a GeoPackage (.gpkg) or KML (.kml, .kmz).", name));
			};
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Kind detect(Path file, String name) throws IOException {
		return switch (UploadedZip.extension(name)) {
			case ".geojson", ".json" -> Kind.GEOJSON;
			case ".gpkg" -> Kind.GEOPACKAGE;
			case ".kml" -> Kind.KML;
			case ".zip", ".kmz" -> Kind.ZIP;
			case ".shp", ".shx", ".dbf", ".prj", ".cpg" -> Kind.SHAPEFILE_PART;
			default -> sniff(file);
		};
	}

	/** The format from the first bytes, for names without a known extension. */
	private static Kind sniff(Path file) throws IOException {
		byte[] head = new byte[64];
		int read;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		String text = new String(head, 0, read, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "")
			.stripLeading();
		if (text.startsWith("PK\u0003\u0004")) {
			return Kind.ZIP;
		}
		if (text.startsWith("SQLite format 3")) {
			return Kind.GEOPACKAGE;
		}
		if (text.startsWith("{")) {
			return Kind.GEOJSON;
		}
		return text.startsWith("<") ? Kind.KML : Kind.UNKNOWN;
	}

	private static LayerFile openZip(Path file, String baseName, Integer sourceSrid, String layerName,
			long maxExtractedBytes, int maxEntries) throws IOException {
		Path scratch = ScratchDirectory.create(null);
		try (UploadedZip zip = UploadedZip.open(file, maxExtractedBytes, maxEntries)) {
			if (zip.withExtension(".shp").isEmpty() && !zip.withExtension(".kml").isEmpty()) {
				return new LayerFile(KmlSource.open(extractKml(zip, scratch), baseName, sourceSrid), scratch);
			}
			return new LayerFile(ShapefileSource.extract(zip, scratch, layerName, sourceSrid), scratch);
		}
		catch (IOException | RuntimeException ex) {
			ScratchDirectory.delete(scratch);
			throw ex;
		}
	}

	/** The KML of a KMZ: {@code doc.kml} by convention, else the first {@code .kml}. */
	private static Path extractKml(UploadedZip zip, Path scratch) throws IOException {
		List<String> kml = zip.withExtension(".kml");
		String entry = kml.stream()
			.filter((name) -> UploadedZip.fileName(name).equalsIgnoreCase("doc.kml"))
			.findFirst()
			.orElse(kml.get(0));
		Path target = scratch.resolve("doc.kml");
		zip.extract(entry, target);
		return target;
	}

	/** What an upload looks like before it is opened; a zip is a Shapefile or a KMZ. */
	private enum Kind {

		GEOJSON, GEOPACKAGE, KML, ZIP, SHAPEFILE_PART, UNKNOWN

	}

}
