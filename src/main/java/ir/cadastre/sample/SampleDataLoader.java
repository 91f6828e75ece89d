package ir.cadastre.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import ir.cadastre.Misconfiguration;
import ir.cadastre.layer.Layer;
import ir.cadastre.layer.LayerCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the synthetic sample layers ({@code gis-data/sample}) into layers never loaded
 * before, and the demo users, when {@code cadastre.sample-data=true}; the sample licences
 * then enter the register ({@link SampleLicences}), and the demo applications are
 * submitted ({@link SampleApplications}). Never on by default.
 */
@Component
@ConditionalOnBooleanProperty("cadastre.sample-data")
class SampleDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);

	private static final String INSERT = """
			INSERT INTO feature (layer_id, version_id, external_id, name, name_fa, agency_id, status, properties, geom)
			VALUES (:layer, :version, :externalId, :name, :nameFa, :agency, :status, :properties::jsonb,
			        ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(:geometry), 4326)))
			""";

	private final JdbcClient db;

	private final LayerCatalog catalog;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final SampleProperties properties;

	private final DemoUsers demoUsers;

	private final SampleLicences licences;

	private final SampleApplications applications;

	SampleDataLoader(JdbcClient db, LayerCatalog catalog, JsonMapper json, TransactionTemplate transaction,
			SampleProperties properties, DemoUsers demoUsers, SampleLicences licences,
			SampleApplications applications) {
		this.db = db;
		this.catalog = catalog;
		this.json = json;
		this.transaction = transaction;
		this.properties = properties;
		this.demoUsers = demoUsers;
		this.licences = licences;
		this.applications = applications;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		Path folder = this.properties.sampleDataDir();
		if (!Files.isDirectory(folder)) {
			throw new Misconfiguration("cadastre.sample-data=true but the sample folder " + folder.toAbsolutePath()
					+ " does not exist; set CADASTRE_SAMPLE_DATA_DIR (cadastre.sample-data-dir) to the folder "
					+ "of the sample layers, gis-data/sample in the project.");
		}
		boolean licencesLoaded = false;
		for (Layer layer : this.catalog.all()) {
			Path file = folder.resolve(layer.id() + ".geojson");
			if (Files.exists(file) && neverLoaded(layer)) {
				this.transaction.executeWithoutResult((status) -> load(layer, file));
				licencesLoaded |= "licences".equals(layer.id());
			}
		}
		this.demoUsers.ensure();
		if (licencesLoaded) {
			this.transaction.executeWithoutResult((status) -> this.licences.register());
			if (this.properties.sampleApplications()) {
				this.transaction.executeWithoutResult((status) -> this.applications.submit());
			}
		}
	}

	/** A layer that has no version yet; an emptied layer is not loaded again. */
	private boolean neverLoaded(Layer layer) {
		return this.db.sql("SELECT NOT EXISTS (SELECT 1 FROM layer_version WHERE layer_id = :layer)")
			.param("layer", layer.id())
			.query(Boolean.class)
			.single();
	}

	private void load(Layer layer, Path file) {
		long version = this.db.sql("""
				INSERT INTO layer_version (layer_id, created_by, source, checksum)
				VALUES (:layer, 'sample-data', :source, :checksum) RETURNING id
				""")
			.param("layer", layer.id())
			.param("source", file.getFileName().toString())
			.param("checksum", sha256(file))
			.query(Long.class)
			.single();
		int count = 0;
		// Streamed feature by feature: one sample protected area has 120,000 vertices.
		ObjectReader features = this.json.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
		try (JsonParser parser = this.json.createParser(file.toFile())) {
			parser.nextToken();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				boolean isFeatures = "features".equals(parser.currentName());
				parser.nextToken();
				if (!isFeatures) {
					parser.skipChildren();
					continue;
				}
				while (parser.nextToken() == JsonToken.START_OBJECT) {
					insert(layer, version, features.readTree(parser));
					count++;
				}
			}
		}
		this.db.sql("UPDATE layer_version SET feature_count = :count WHERE id = :id")
			.param("count", count)
			.param("id", version)
			.update();
		this.db.sql("SELECT record_layer_count(:version)").param("version", version).query(Long.class).single();
		log.info("Loaded {} sample features into layer {}", count, layer.id());
	}

	private void insert(Layer layer, long version, JsonNode feature) {
		JsonNode p = feature.path("properties");
		this.db.sql(INSERT)
			.param("layer", layer.id())
			.param("version", version)
			.param("externalId", text(p, "id"))
			.param("name", text(p, "name"))
			.param("nameFa", text(p, "name_fa"))
			.param("agency", text(p, "agency"))
			.param("status", text(p, "status"))
			.param("properties", p.toString())
			.param("geometry", feature.get("geometry").toString())
			.update();
	}

	private static String text(JsonNode properties, String name) {
		JsonNode value = properties.get(name);
		return (value != null && value.isString()) ? value.stringValue() : null;
	}

	private static String sha256(Path file) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
				in.transferTo(OutputStream.nullOutputStream());
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException | NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Cannot read " + file, ex);
		}
	}

}
