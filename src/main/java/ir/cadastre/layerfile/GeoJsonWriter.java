package ir.cadastre.layerfile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a GeoJSON FeatureCollection, streaming, one feature at a time. For SRID 4326 the
 * file is RFC 7946; for any other SRID it carries the 2008 {@code "crs"} member
 * ({@code urn:ogc:def:crs:EPSG::32639}) that QGIS, GDAL and {@link LayerFiles} read.
 */
public final class GeoJsonWriter implements LayerFileWriter {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Path file;

	private final JsonGenerator json;

	private long count;

	private boolean failed;

	private boolean closed;

	private GeoJsonWriter(Path file, JsonGenerator json) {
		this.file = file;
		this.json = json;
	}

	/**
	 * Starts a FeatureCollection.
	 * @param file the {@code .geojson} to write (replaced if it exists)
	 * @param layerName written as the collection's {@code name}, as GDAL does; may be
	 * null
	 * @param srid the SRID of the geometries to be written
	 */
	public static GeoJsonWriter create(Path file, String layerName, int srid) {
		try {
			OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
			JsonGenerator json = MAPPER.createGenerator(out);
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			if (layerName != null) {
				json.writeStringProperty("name", layerName);
			}
			if (srid != KnownCrs.WGS84) {
				json.writeName("crs");
				json.writeStartObject();
				json.writeStringProperty("type", "name");
				json.writeName("properties");
				json.writeStartObject();
				json.writeStringProperty("name", "urn:ogc:def:crs:EPSG::" + srid);
				json.writeEndObject();
				json.writeEndObject();
			}
			json.writeName("features");
			json.writeStartArray();
			return new GeoJsonWriter(file, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void write(Map<String, ?> attributes, Geometry geometry) {
		if (this.closed) {
			throw new IllegalStateException("The GeoJSON writer is closed");
		}
		attributes.values().forEach(GeoJsonWriter::checkFinite);
		try {
			this.json.writeStartObject();
			this.json.writeStringProperty("type", "Feature");
			this.json.writeName("properties");
			value(attributes);
			this.json.writeName("geometry");
			GeoJsonGeometryWriter.write(this.json, geometry);
			this.json.writeEndObject();
			this.count++;
		}
		catch (JacksonException ex) {
			this.failed = true;
			throw ex;
		}
	}

	/** Refuses NaN and infinities, which JSON cannot hold, before anything is written. */
	private static void checkFinite(Object value) {
		if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
			throw new IllegalArgumentException("GeoJSON cannot hold the number " + value);
		}
		if (value instanceof Map<?, ?> map) {
			map.values().forEach(GeoJsonWriter::checkFinite);
		}
		if (value instanceof Collection<?> list) {
			list.forEach(GeoJsonWriter::checkFinite);
		}
	}

	/**
	 * Strings, numbers, booleans, maps and collections as JSON; anything else as its
	 * text.
	 */
	private void value(Object value) {
		if (value == null) {
			this.json.writeNull();
		}
		else if (value instanceof String text) {
			this.json.writeString(text);
		}
		else if (value instanceof Boolean bool) {
			this.json.writeBoolean(bool);
		}
		else if (value instanceof Double || value instanceof Float) {
			this.json.writeNumber(((Number) value).doubleValue());
		}
		else if (value instanceof BigDecimal number) {
			this.json.writeNumber(number);
		}
		else if (value instanceof BigInteger number) {
			this.json.writeNumber(number);
		}
		else if (value instanceof Number number) {
			this.json.writeNumber(number.longValue());
		}
		else if (value instanceof Map<?, ?> map) {
			this.json.writeStartObject();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				this.json.writeName(String.valueOf(entry.getKey()));
				value(entry.getValue());
			}
			this.json.writeEndObject();
		}
		else if (value instanceof Collection<?> list) {
			this.json.writeStartArray();
			for (Object element : list) {
				value(element);
			}
			this.json.writeEndArray();
		}
		else {
			this.json.writeString(value.toString());
		}
	}

	@Override
	public long count() {
		return this.count;
	}

	@Override
	public void close() {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			if (!this.failed) {
				this.json.writeEndArray();
				this.json.writeEndObject();
			}
			this.json.close();
			if (this.failed) {
				Files.deleteIfExists(this.file);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
