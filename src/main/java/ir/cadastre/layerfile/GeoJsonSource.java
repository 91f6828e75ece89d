package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;

/**
 * A GeoJSON file. RFC 7946 coordinates are WGS 84 (4326); the 2008 {@code "crs"} member
 * that QGIS and GDAL still write for other systems
 * ({@code "urn:ogc:def:crs:EPSG::32639"}) is honoured wherever it is. GDAL writes it
 * before the features; a writer that puts it after them (JSON's members have no order) is
 * honoured too: the pass that gathers the property names, which reads every feature
 * anyway, reads it, and the features are read only after that pass. A file that names one
 * system before its features and another after them is refused.
 */
final class GeoJsonSource implements LayerSource {

	private static final Pattern EPSG = Pattern.compile("EPSG:(?:[0-9.]*:)?(\\d+)$", Pattern.CASE_INSENSITIVE);

	private final Path file;

	private final String layerName;

	/** The uploader's SRID, which stands in for whatever the file says. */
	private final Integer sourceSrid;

	/** The {@code crs} before the features, or {@code null}. */
	private final JsonNode leadingCrs;

	/** The SRID, once known: at once unless the crs may follow the features. */
	private Integer srid;

	private List<String> names;

	private GeoJsonSource(Path file, String layerName, Integer sourceSrid, JsonNode leadingCrs, Integer srid) {
		this.file = file;
		this.layerName = layerName;
		this.sourceSrid = sourceSrid;
		this.leadingCrs = leadingCrs;
		this.srid = srid;
	}

	static GeoJsonSource open(Path file, String fallbackName, Integer sourceSrid) throws IOException {
		try (GeoJsonDocument document = GeoJsonDocument.open(file)) {
			JsonNode name = document.member("name");
			String layerName = (name != null && name.isString()) ? name.stringValue() : fallbackName;
			JsonNode crs = document.member("crs");
			Integer srid = (sourceSrid != null) ? sourceSrid
					: (crs != null || !document.isCollection()) ? Integer.valueOf(srid(crs)) : null;
			return new GeoJsonSource(file, layerName, sourceSrid, crs, srid);
		}
	}

	/**
	 * Checks the {@code crs} read after the features against the one before them, and
	 * gives the SRID both name (4326 when neither is there).
	 */
	private int sridAfterFeatures(JsonNode trailingCrs) {
		if (this.sourceSrid != null) {
			return this.sourceSrid;
		}
		if (trailingCrs != null && this.leadingCrs != null && srid(trailingCrs) != srid(this.leadingCrs)) {
			throw new LayerFileException(Text.of("The GeoJSON names two coordinate systems, one before its features "
					+ "and another after them; give the source SRID."));
		}
		return srid((trailingCrs != null) ? trailingCrs : this.leadingCrs);
	}

	private static int srid(JsonNode crs) {
		if (crs == null || crs.isNull()) {
			return KnownCrs.WGS84;
		}
		JsonNode properties = crs.get("properties");
		JsonNode name = (properties != null) ? properties.get("name") : null;
		String text = (name != null && name.isString()) ? name.stringValue().strip() : "";
		if (text.endsWith("CRS84") || text.endsWith("CRS:84")) {
			return KnownCrs.WGS84;
		}
		Matcher epsg = EPSG.matcher(text);
		if (epsg.find()) {
			return Integer.parseInt(epsg.group(1));
		}
		throw new LayerFileException(
				Text.of("The GeoJSON names a coordinate system that is not recognised ('{0}'). Give the source SRID.",
						(text.length() > 80) ? text.substring(0, 80) + "…" : text));
	}

	@Override
	public LayerFormat format() {
		return LayerFormat.GEOJSON;
	}

	@Override
	public String layerName() {
		return this.layerName;
	}

	@Override
	public int srid() {
		if (this.srid == null) {
			attributeNames();
		}
		return this.srid;
	}

	@Override
	public List<String> attributeNames() {
		if (this.names == null) {
			LinkedHashSet<String> names = new LinkedHashSet<>();
			try (GeoJsonDocument document = GeoJsonDocument.open(this.file)) {
				for (List<String> feature = document.nextPropertyNames(); feature != null; feature = document
					.nextPropertyNames()) {
					names.addAll(feature);
					if (names.size() > AttributeNames.MAX_DISTINCT) {
						throw new LayerFileException(
								Text.of("The GeoJSON features have more than {0} different property "
										+ "names; a layer has a few dozen.", AttributeNames.MAX_DISTINCT));
					}
				}
				this.srid = sridAfterFeatures(document.trailingCrs());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			this.names = List.copyOf(names);
		}
		return this.names;
	}

	@Override
	public FeatureCursor cursor() throws IOException {
		GeometryFactory factory = new GeometryFactory(new PrecisionModel(), srid());
		GeoJsonDocument document = GeoJsonDocument.open(this.file);
		GeoJsonFeatureReader reader = new GeoJsonFeatureReader(factory);
		return new FeatureCursor() {

			private int number;

			@Override
			public SourceFeature next() {
				JsonNode feature = document.nextFeature();
				if (feature == null) {
					sridAfterFeatures(document.trailingCrs());
					return null;
				}
				return reader.read(++this.number, feature);
			}

			@Override
			public void close() {
				document.close();
			}

		};
	}

	@Override
	public void close() {
		// Each pass opens and closes its own parser.
	}

}
