package ir.cadastre.layer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import ir.cadastre.SqlFile;
import ir.cadastre.audit.Audit;
import ir.cadastre.layerfile.LayerFile;
import ir.cadastre.layerfile.LayerFileException;
import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.layerfile.SourceFeature;
import ir.cadastre.overlap.OverlapProperties;
import ir.cadastre.publish.LayerChanges;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports an uploaded file as a new version of a layer, in one transaction: a file that
 * cannot be read, or any failure, leaves the layer exactly as it was. A dry run checks
 * the file as the import does and reports the same, but writes no feature: counting what
 * a replacement would retire, instead of retiring it and storing the file's features
 * (their indexes, their parts) only to roll them back.
 */
@Component
class LayerImporter {

	/**
	 * The features a replacement retires: the layer's current ones, but for the
	 * register's licences.
	 */
	private static final String RETIRABLE = """
			f.layer_id = :layer AND f.retired_in IS NULL
			  AND NOT EXISTS (SELECT 1 FROM licence l WHERE l.feature_id = f.id)
			""";

	private final JdbcClient db;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Audit audit;

	private final LayerChanges layerChanges;

	private final String check;

	private final double sliverM2;

	LayerImporter(JdbcClient db, JdbcTemplate jdbc, JsonMapper json, Audit audit, LayerChanges layerChanges,
			OverlapProperties overlap) {
		this.db = db;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.layerChanges = layerChanges;
		this.check = SqlFile.read("sql/layer/check-import.sql");
		this.sliverM2 = overlap.sliverM2();
	}

	@Transactional
	public ImportReport importFile(ImportRequest request) {
		try (LayerFile file = LayerFiles.open(request.file(), request.fileName(), request.sourceSrid())) {
			if (!LayerFiles.SOURCE_SRIDS.contains(file.srid())) {
				throw refused(Text.of("The file is in EPSG:{0}; uploads must be in {1} (give sourceSrid when the file "
						+ "does not say).", file.srid(), LayerFiles.SOURCE_SRIDS_NAMED));
			}
			AttributeMapping mapping = AttributeMapping.of(file.attributeNames(), request.idField(),
					request.nameField());
			ImportStaging staging = new ImportStaging(this.jdbc, this.json, mapping);
			try (Stream<SourceFeature> features = file.features()) {
				features.forEach(staging::add);
			}
			long read = staging.finish();
			this.db.sql("SELECT set_config('cadastre.import_srid', :srid, true)")
				.param("srid", Integer.toString(file.srid()))
				.query()
				.singleRow();
			this.db.sql(this.check).update();
			// A new table has no statistics: planned as a few thousand rows, a national
			// file's million were scanned again for each feature of the layer.
			this.db.sql("ANALYZE import_checked").update();
			ImportReport report = apply(request, file, read);
			if (request.dryRun()) {
				TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
			}
			return report;
		}
		catch (LayerFileException ex) {
			throw refused(ex.text());
		}
	}

	private ImportReport apply(ImportRequest request, LayerFile file, long read) {
		if (!request.dryRun()) {
			// One import of a layer at a time: another one's replacement, still
			// uncommitted, would be invisible to this one's retiring, and the layer would
			// end as both files; an append would count from the version before it.
			this.db.sql("SELECT 1 FROM layer WHERE id = :layer FOR NO KEY UPDATE")
				.param("layer", request.layer().id())
				.query()
				.singleRow();
		}
		if (request.layer().blocks() && !request.dryRun()) {
			// Submissions in flight commit first; later ones wait, then meet these
			// claims. A check that imports nothing holds none of them off.
			this.db.sql("SELECT lock_all_claims()").query().singleRow();
		}
		// A licence of the register (issued by the service, or registered from an
		// earlier import) is the register's, not the file's: a replacement of the
		// licences layer keeps it, so that it goes on blocking its land, and a row of
		// the file with its id is refused rather than stored beside it.
		this.db.sql("""
				UPDATE import_checked c SET refused = 'register-licence', refused_value = l.number::text
				FROM feature k JOIN licence l ON l.feature_id = k.id
				WHERE c.refused IS NULL AND k.layer_id = :layer AND k.retired_in IS NULL
				  AND name_key(k.external_id) = name_key(c.external_id)
				""").param("layer", request.layer().id()).update();
		if (request.agency() != null) {
			// A reviewer notifies its own agency's areas (Art. 24): a feature in another
			// agency's name would send that agency inquiries it never notified.
			this.db.sql("""
					UPDATE import_checked c SET refused = 'other-agency', refused_value = c.agency
					FROM agency a WHERE c.refused IS NULL AND a.id = c.agency AND c.agency <> :agency
					""").param("agency", request.agency()).update();
		}
		if (request.layer().ownerAgency() == null && request.layer().consequences().contains("INQUIRY")) {
			// Each executive body notifies its own boundaries and is consulted on them
			// (Art. 24): a boundary naming no body of the cadastre would be an inquiry to
			// no one, and every application over it would fail.
			this.db.sql("""
					UPDATE import_checked c SET refused = 'no-agency', refused_value = coalesce(c.agency, '')
					WHERE c.refused IS NULL AND NOT EXISTS (SELECT 1 FROM agency a WHERE a.id = c.agency)
					""").update();
		}
		// repaired, rejected, outside Iran, accepted: one scan of the checked features
		long[] counts = this.db.sql("""
				SELECT count(*) FILTER (WHERE repair IS NOT NULL AND refused IS NULL),
				       count(*) FILTER (WHERE refused IS NOT NULL),
				       count(*) FILTER (WHERE refused = 'outside-jurisdiction'),
				       count(*) FILTER (WHERE refused IS NULL)
				FROM import_checked
				""")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
		boolean dryRun = request.dryRun();
		boolean replace = request.mode().equals("replace");
		if (replace && !dryRun && counts[3] == 0 && retirable(request) > 0) {
			// An empty export, or one in the wrong coordinate system, would empty the
			// layer: its land would stop blocking, or being consulted on.
			throw new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "empty-replacement",
					"Replacement imports nothing",
					Text.of("None of the file's {0} features can be imported ({1} refused), and a replacement would "
							+ "retire every feature of the layer: nothing was changed. A dry run (dryRun=true) lists "
							+ "why each feature is refused.", read, counts[1]));
		}
		Long version = dryRun ? null : newVersion(request);
		long retired = !replace ? 0 : dryRun ? retirable(request) : retire(request, version);
		long imported = dryRun ? counts[3] : insert(request, version);
		// A dry run keeps no findings: it has no version to keep them for.
		ImportFindings findings = new ImportFindings(this.db, this.jdbc, version, file.srid(), request.layer().blocks(),
				this.sliverM2);
		Function<Locale, ImportReport> report = (language) -> new ImportReport(request.layer().id(), version,
				request.mode(), request.fileName(), file.format().title(), file.srid(), request.checksum(), read,
				imported, counts[0], counts[1], counts[2], retired, findings.repairs(language),
				findings.rejections(language), findings.pendingOverlaps(language), dryRun);
		ImportReport english = report.apply(Locale.ENGLISH);
		ImportReport persian = report.apply(ImportFindings.PERSIAN);
		if (!dryRun) {
			record(request, version, imported, english, persian);
		}
		return Text.isPersian(request.language()) ? persian : english;
	}

	private long newVersion(ImportRequest request) {
		return this.db.sql("""
				INSERT INTO layer_version (layer_id, created_by, source, checksum, mode)
				VALUES (:layer, :user, :source, :checksum, :mode) RETURNING id
				""")
			.param("layer", request.layer().id())
			.param("user", request.user())
			.param("source", request.fileName())
			.param("checksum", request.checksum())
			.param("mode", request.mode())
			.query(Long.class)
			.single();
	}

	/** Retires the layer's current features, but for the register's licences. */
	private long retire(ImportRequest request, long version) {
		return this.db.sql("UPDATE feature f SET retired_in = :version WHERE " + RETIRABLE)
			.param("version", version)
			.param("layer", request.layer().id())
			.update();
	}

	/** How many features a replacement would retire. */
	private long retirable(ImportRequest request) {
		return this.db.sql("SELECT count(*) FROM feature f WHERE " + RETIRABLE)
			.param("layer", request.layer().id())
			.query(Long.class)
			.single();
	}

	private long insert(ImportRequest request, long version) {
		return this.db
			.sql("""
					INSERT INTO feature (layer_id, version_id, external_id, name, name_fa, agency_id, status, properties, geom)
					SELECT :layer, :version, c.external_id, c.name, c.name_fa, a.id, c.status, c.properties, c.geom
					FROM import_checked c LEFT JOIN agency a ON a.id = c.agency
					WHERE c.refused IS NULL ORDER BY c.number
					""")
			.param("layer", request.layer().id())
			.param("version", version)
			.update();
	}

	/** The version's count, its reports, the tiles to truncate and the audit event. */
	private void record(ImportRequest request, long version, long imported, ImportReport english,
			ImportReport persian) {
		this.db.sql("SELECT record_layer_count(:version)").param("version", version).query(Long.class).single();
		this.db.sql(
				"UPDATE layer_version SET feature_count = :count, report = :report::jsonb, report_fa = :persian::jsonb, "
						+ "findings_kept = true WHERE id = :id")
			.param("count", imported)
			.param("report", this.json.writeValueAsString(english))
			.param("persian", this.json.writeValueAsString(persian))
			.param("id", version)
			.update();
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("version", version);
		details.put("mode", request.mode());
		details.put("file", request.fileName());
		details.put("checksum", request.checksum());
		details.put("read", english.read());
		details.put("imported", imported);
		details.put("rejected", english.rejected());
		details.put("pendingOverlaps", english.pendingOverlaps().size());
		this.layerChanges.record(request.layer().id());
		this.audit.record(request.user(), "layer.import", "layer:" + request.layer().id(), details, request.checksum());
	}

	private static CadastreProblem refused(Text reason) {
		return new CadastreProblem(HttpStatus.UNPROCESSABLE_CONTENT, "unreadable-file", "File cannot be imported",
				reason);
	}

	/**
	 * @param layer the layer imported into
	 * @param user who imports
	 * @param agency the agency a reviewer imports for, whose name alone its features may
	 * carry; {@code null} for GIS staff
	 * @param file the uploaded file, on disk
	 * @param fileName its name as uploaded
	 * @param checksum its SHA-256
	 * @param mode {@code replace} or {@code append}
	 * @param sourceSrid the coordinate system, when the file does not say
	 * @param idField the id attribute, or {@code null} for the usual names
	 * @param nameField the name attribute, or {@code null} for the usual names
	 * @param language the reader's, for the report's reasons
	 * @param dryRun whether to check the file only: reported, and nothing written
	 */
	record ImportRequest(Layer layer, String user, String agency, Path file, String fileName, String checksum,
			String mode, Integer sourceSrid, String idField, String nameField, Locale language, boolean dryRun) {

	}

}
