package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A zipped Shapefile: the chosen {@code .shp} and its sidecars, extracted into the
 * scratch folder and read in step, shape record n with attribute record n. Records whose
 * {@code .dbf} row is marked deleted are skipped, as GDAL does; numbering still counts
 * them, so a number is always the record's own.
 */
final class ShapefileSource implements LayerSource {

	private static final long MAX_SIDECAR_BYTES = 1 << 20;

	private final String layerName;

	private final Path shp;

	private final Path dbf;

	private final Charset charset;

	private final int srid;

	private final List<String> names;

	private final GeometryFactory factory;

	private ShapefileSource(String layerName, Path shp, Path dbf, Charset charset, int srid, List<String> names) {
		this.layerName = layerName;
		this.shp = shp;
		this.dbf = dbf;
		this.charset = charset;
		this.srid = srid;
		this.names = names;
		this.factory = new GeometryFactory(new PrecisionModel(), srid);
	}

	/**
	 * Extracts and checks the Shapefile named {@code wanted} (its base name; the first in
	 * the zip when null).
	 */
	static ShapefileSource extract(UploadedZip zip, Path scratch, String wanted, Integer sourceSrid)
			throws IOException {
		String shpEntry = choose(zip, wanted);
		String shown = UploadedZip.fileName(shpEntry);
		String layer = UploadedZip.fileName(UploadedZip.base(shpEntry));
		String dbfEntry = zip.sibling(shpEntry, ".dbf");
		if (dbfEntry == null) {
			throw new LayerFileException(Text.of(
					"The zip has {0} but no {1}.dbf: a Shapefile needs its attribute table (.dbf) beside the .shp.",
					shown, layer));
		}
		Path shp = scratch.resolve("layer.shp");
		Path dbf = scratch.resolve("layer.dbf");
		zip.extract(shpEntry, shp);
		zip.extract(dbfEntry, dbf);
		Path shx = extractSidecar(zip, shpEntry, ".shx", scratch, Long.MAX_VALUE);
		Path prj = extractSidecar(zip, shpEntry, ".prj", scratch, MAX_SIDECAR_BYTES);
		Path cpg = extractSidecar(zip, shpEntry, ".cpg", scratch, MAX_SIDECAR_BYTES);
		int srid = (sourceSrid != null) ? sourceSrid : srid(prj, layer);
		Charset charset = DbaseEncoding.of(cpg, dbf);
		List<String> names;
		try (DbaseTable table = DbaseTable.open(dbf, charset);
				ShapeReader shapes = ShapeReader.open(shp, new GeometryFactory())) {
			names = table.names();
			if (shx != null) {
				long shapeCount = (Files.size(shx) - 100) / 8;
				if (shapeCount != table.recordCount()) {
					throw new LayerFileException(
							Text.of("The Shapefile's parts disagree: {0}.shx lists {1} shapes but {0}.dbf has {2} "
									+ "records.", layer, shapeCount, table.recordCount()));
				}
			}
		}
		return new ShapefileSource(layer, shp, dbf, charset, srid, names);
	}

	private static String choose(UploadedZip zip, String wanted) {
		List<String> shapefiles = zip.withExtension(".shp");
		if (shapefiles.isEmpty()) {
			throw new LayerFileException(Text
				.of("The zip holds no .shp file. A zipped Shapefile needs its .shp, .shx, .dbf and .prj files."));
		}
		if (wanted == null) {
			return shapefiles.get(0);
		}
		return shapefiles.stream()
			.filter((name) -> UploadedZip.fileName(UploadedZip.base(name)).equalsIgnoreCase(wanted))
			.findFirst()
			.orElseThrow(() -> new LayerFileException(Text.of("The zip has no Shapefile named '{0}'; it has {1}.",
					wanted, String.join(", ", shapefiles.stream().map(UploadedZip::fileName).toList()))));
	}

	private static Path extractSidecar(UploadedZip zip, String shpEntry, String extension, Path scratch, long maxBytes)
			throws IOException {
		String entry = zip.sibling(shpEntry, extension);
		if (entry == null) {
			return null;
		}
		Path target = scratch.resolve("layer" + extension);
		zip.extract(entry, target);
		if (Files.size(target) > maxBytes) {
			throw new LayerFileException(
					Text.of("The {0} file is {1} bytes; a real one is a few hundred.", extension, Files.size(target)));
		}
		return target;
	}

	private static int srid(Path prj, String layer) throws IOException {
		if (prj == null) {
			throw new LayerFileException(Text.of(
					"The Shapefile has no {0}.prj, so its coordinate system is unknown. "
							+ "Add the .prj to the zip, or give the source SRID (e.g. 32639 for UTM zone 39N).",
					layer));
		}
		String wkt = Files.readString(prj, StandardCharsets.ISO_8859_1);
		WktNode root = WktNode.parse(wkt.replace("\uFEFF", ""));
		if (root == null) {
			throw new LayerFileException(
					Text.of("The .prj is not a readable coordinate system (WKT). Give the source SRID instead."));
		}
		OptionalInt srid = KnownCrs.sridOf(wkt);
		if (srid.isEmpty()) {
			Text projection = KnownCrs.unsupportedProjection(wkt);
			if (projection != null) {
				throw new LayerFileException(projection);
			}
			throw new LayerFileException(
					Text.of("The .prj describes a coordinate system that is not recognised ('{0}'). "
							+ "Give the source SRID, e.g. 4326 or 32638–32641 for UTM zones 38N–41N.", root.name()));
		}
		return srid.getAsInt();
	}

	@Override
	public LayerFormat format() {
		return LayerFormat.SHAPEFILE;
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
		return this.names;
	}

	@Override
	public FeatureCursor cursor() throws IOException {
		ShapeReader shapes = ShapeReader.open(this.shp, this.factory);
		try {
			return new ShapefileCursor(shapes, DbaseTable.open(this.dbf, this.charset));
		}
		catch (RuntimeException ex) {
			shapes.close();
			throw ex;
		}
	}

	@Override
	public void close() {
		// The extracted files go with the scratch folder.
	}

	private static final class ShapefileCursor implements FeatureCursor {

		private final ShapeReader shapes;

		private final DbaseTable table;

		private int number;

		ShapefileCursor(ShapeReader shapes, DbaseTable table) {
			this.shapes = shapes;
			this.table = table;
		}

		@Override
		public SourceFeature next() throws IOException {
			while (true) {
				ShapeRecord shape = this.shapes.next();
				if (shape == null) {
					return null;
				}
				this.number++;
				DbaseTable.Row row = this.table.next(this.number);
				if (row == null) {
					throw new LayerFileException(
							Text.of("The .dbf has fewer records than the .shp has shapes: record {0} "
									+ "has a shape but no attributes.", this.number));
				}
				if (!row.deleted()) {
					return new SourceFeature(this.number, row.attributes(), shape.geometry(), shape.fault());
				}
			}
		}

		@Override
		public void close() throws IOException {
			try {
				this.table.close();
			}
			finally {
				this.shapes.close();
			}
		}

	}

}
