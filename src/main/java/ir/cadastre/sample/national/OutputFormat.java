package ir.cadastre.sample.national;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import ir.cadastre.layerfile.AttributeField;
import ir.cadastre.layerfile.LayerFileWriter;
import ir.cadastre.layerfile.LayerFormat;

/**
 * The file formats the benchmark is written in, one file per layer each: the
 * {@code .geojson}, the zipped Shapefile ({@code .zip}) and the {@code .gpkg}.
 */
enum OutputFormat {

	GEOJSON("geojson", LayerFormat.GEOJSON), SHAPEFILE("shapefile", LayerFormat.SHAPEFILE),
	GEOPACKAGE("geopackage", LayerFormat.GEOPACKAGE);

	private static final int WGS84 = 4326;

	private final String optionName;

	private final LayerFormat format;

	OutputFormat(String optionName, LayerFormat format) {
		this.optionName = optionName;
		this.format = format;
	}

	static OutputFormat named(String name) {
		return Arrays.stream(values())
			.filter((format) -> format.optionName.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"Unknown format '" + name + "'; choose from geojson, shapefile, geopackage"));
	}

	Path file(Path folder, String layer) {
		return folder.resolve(layer + this.format.extension());
	}

	LayerFileWriter open(Path folder, String layer, List<AttributeField> fields) {
		return this.format.create(file(folder, layer), layer, WGS84, fields);
	}

	@Override
	public String toString() {
		return this.optionName;
	}

}
