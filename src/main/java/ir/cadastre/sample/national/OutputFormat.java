package ir.cadastre.sample.national;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.GeoJsonWriter;
import ir.cadastre.layerfile.GeoPackageWriter;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.ShapefileWriter;

/**
 * The file formats the benchmark is written in, one file per layer each: the
 * {@code .geojson}, the zipped Shapefile ({@code .zip}) and the {@code .gpkg}.
 */
enum OutputFormat {

	GEOJSON("geojson", ".geojson"), SHAPEFILE("shapefile", ".zip"), GEOPACKAGE("geopackage", ".gpkg");

	private static final int WGS84 = 4326;

	private final String optionName;

	private final String extension;

	OutputFormat(String optionName, String extension) {
		this.optionName = optionName;
		this.extension = extension;
	}

	static OutputFormat named(String name) {
		return Arrays.stream(values())
			.filter((format) -> format.optionName.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown format '" + name + "'; choose from geojson, shapefile, geopackage"));
	}

	Path file(Path folder, String layer) {
		return folder.resolve(layer + this.extension);
	}

	LayerFileWriter open(Path folder, String layer, List<AttributeField> fields) {
		Path file = file(folder, layer);
		return switch (this) {
			case GEOJSON -> GeoJsonWriter.create(file, layer, WGS84);
			case SHAPEFILE -> ShapefileWriter.create(file, layer, WGS84, fields);
			case GEOPACKAGE -> GeoPackageWriter.create(file, layer, WGS84, fields);
		};
	}

	@Override
	public String toString() {
		return this.optionName;
	}

}
