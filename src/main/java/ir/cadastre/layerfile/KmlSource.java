package ir.cadastre.layerfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A KML document. KML coordinates are always WGS 84 lon/lat (4326). Every Placemark is a
 * feature with the attributes {@code name} and {@code description} and whatever its
 * {@code ExtendedData} holds.
 */
final class KmlSource implements LayerSource {

	private final Path file;

	private final String layerName;

	private final int srid;

	private final GeometryFactory factory;

	private List<String> names;

	private KmlSource(Path file, String layerName, int srid) {
		this.file = file;
		this.layerName = layerName;
		this.srid = srid;
		this.factory = new GeometryFactory(new PrecisionModel(), srid);
	}

	static KmlSource open(Path file, String fallbackName, Integer sourceSrid) throws IOException {
		try (KmlReader reader = KmlReader.open(file, null)) {
			// Reading to the first Placemark finds the document's name and the first
			// well-formedness errors while the request is still being answered.
			reader.next();
			String name = (reader.documentName() != null) ? reader.documentName() : fallbackName;
			return new KmlSource(file, name, (sourceSrid != null) ? sourceSrid : KnownCrs.WGS84);
		}
	}

	@Override
	public LayerFormat format() {
		return LayerFormat.KML;
	}

	@Override
	public String layerName() {
		return this.layerName;
	}

	@Override
	public int srid() {
		return this.srid;
	}

	@Override
	public List<String> attributeNames() {
		if (this.names == null) {
			Set<String> names = new LinkedHashSet<>(List.of("name", "description"));
			try (KmlReader reader = KmlReader.open(this.file, null)) {
				for (KmlReader.Placemark placemark = reader.next(); placemark != null; placemark = reader.next()) {
					names.addAll(placemark.attributes().keySet());
					if (names.size() > AttributeNames.MAX_DISTINCT) {
						throw new LayerFileException(Text.of(
								"The KML has more than {0} different ExtendedData names; a layer has a few dozen.",
								AttributeNames.MAX_DISTINCT));
					}
				}
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
		KmlReader reader = KmlReader.open(this.file, this.factory);
		return new FeatureCursor() {

			private int number;

			@Override
			public SourceFeature next() {
				KmlReader.Placemark placemark = reader.next();
				if (placemark == null) {
					return null;
				}
				return new SourceFeature(++this.number, placemark.attributes(), placemark.geometry(),
						placemark.fault());
			}

			@Override
			public void close() throws IOException {
				reader.close();
			}

		};
	}

	@Override
	public void close() {
		// Each pass opens and closes its own reader.
	}

}
