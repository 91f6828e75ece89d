package ir.cadastre.layer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ir.cadastre.layerfile.SourceFeature;
import ir.cadastre.web.Text;
import org.locationtech.jts.io.WKBWriter;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Copies an uploaded file's features into a temporary table in batches, so an import
 * holds at most one batch in memory whatever the file's size; PostGIS then checks them
 * all at once. A feature whose geometry could not be read is staged with why, in English
 * and in Persian.
 */
final class ImportStaging {

	static final int BATCH = 500;

	private static final String INSERT = """
			INSERT INTO import_staging (number, external_id, name, name_fa, agency, status, properties, wkb, fault, fault_fa)
			VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
			""";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AttributeMapping mapping;

	private final List<Object[]> batch = new ArrayList<>(BATCH);

	private final WKBWriter wkb = new WKBWriter(2);

	private long staged;

	ImportStaging(JdbcTemplate jdbc, JsonMapper json, AttributeMapping mapping) {
		this.jdbc = jdbc;
		this.json = json;
		this.mapping = mapping;
		jdbc.execute("""
				CREATE TEMPORARY TABLE import_staging (
				    number int, external_id text, name text, name_fa text, agency text, status text,
				    properties jsonb, wkb bytea, fault text, fault_fa text
				) ON COMMIT DROP
				""");
	}

	void add(SourceFeature feature) {
		Map<String, Object> attributes = feature.attributes();
		Text fault = feature.geometryFault();
		String id = text(attributes, this.mapping.id());
		this.batch.add(new Object[] { feature.number(), (id != null) ? id : Integer.toString(feature.number()),
				text(attributes, this.mapping.name()), text(attributes, this.mapping.nameFa()),
				text(attributes, this.mapping.agency()), text(attributes, this.mapping.status()),
				this.json.writeValueAsString(jsonSafe(attributes)),
				(feature.geometry() != null) ? this.wkb.write(feature.geometry()) : null, in(fault, Locale.ENGLISH),
				in(fault, ImportFindings.PERSIAN) });
		if (this.batch.size() == BATCH) {
			flush();
		}
	}

	/** Sends what is left; returns the number of features staged. */
	long finish() {
		flush();
		return this.staged;
	}

	private void flush() {
		if (!this.batch.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, this.batch);
			this.staged += this.batch.size();
			this.batch.clear();
		}
	}

	private String text(Map<String, Object> attributes, String attribute) {
		return withoutNul(this.mapping.text(attributes, attribute));
	}

	/**
	 * Text as PostgreSQL can keep it: without U+0000, which no text column nor jsonb
	 * holds, and which some writers of .dbf files pad their fields with.
	 */
	private static String withoutNul(String text) {
		return (text != null && text.indexOf('\0') >= 0) ? text.replace("\0", "") : text;
	}

	private static String in(Text fault, Locale language) {
		return (fault != null) ? fault.in(language) : null;
	}

	/**
	 * Attribute values as JSON can hold them: numbers and booleans as they are, the rest
	 * as text ({@link #withoutNul}, as their names).
	 */
	private static Map<String, Object> jsonSafe(Map<String, Object> attributes) {
		Map<String, Object> safe = new LinkedHashMap<>();
		attributes.forEach((name, value) -> safe.put(withoutNul(name),
				(value == null || value instanceof Number || value instanceof Boolean) ? value
						: withoutNul(value.toString())));
		return safe;
	}

}
