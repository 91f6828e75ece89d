package ir.cadastre.layer;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Csv;
import ir.cadastre.web.Text;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of a layer: every load of it, newest first.
 */
@Component
class LayerVersions {

	/** The findings spreadsheet's header row. */
	static final List<String> FINDINGS = List.of("number", "id", "finding", "reason");

	private final JdbcClient db;

	private final JsonMapper json;

	/** How long an import's findings are kept ({@link FindingRetention}). */
	private final int findingsKeptDays;

	LayerVersions(JdbcClient db, JsonMapper json, LayerProperties properties) {
		this.findingsKeptDays = properties.findingsKeptDays();
		this.db = db;
		this.json = json;
	}

	List<Version> of(Layer layer) {
		return this.db.sql("""
				SELECT v.id, v.created_at, v.created_by, v.source, v.checksum, v.mode, v.feature_count,
				       v.id = (SELECT max(id) FROM layer_version WHERE layer_id = v.layer_id) AS latest,
				       v.report IS NOT NULL AS reported, v.findings_kept
				FROM layer_version v WHERE v.layer_id = :layer ORDER BY v.id DESC
				""")
			.param("layer", layer.id())
			.query((rs, n) -> new Version(rs.getLong("id"), rs.getTimestamp("created_at").toInstant(),
					rs.getString("created_by"), rs.getString("source"), rs.getString("checksum"), rs.getString("mode"),
					rs.getLong("feature_count"), rs.getBoolean("latest"),
					rs.getBoolean("reported") ? path(layer, rs.getLong("id"), "report") : null,
					rs.getBoolean("findings_kept") ? path(layer, rs.getLong("id"), "findings") : null))
			.list();
	}

	/**
	 * The report of the import that made the version, its reasons in the reader's
	 * language (English for imports older than the Persian reports).
	 * @throws CadastreProblem 404 when the layer has no such version, or the version was
	 * not imported (the sample data)
	 */
	ImportReport report(Layer layer, long version, Locale locale) {
		check(layer, version);
		String report = this.db
			.sql("SELECT CASE WHEN :persian THEN coalesce(report_fa, report) ELSE report END FROM layer_version "
					+ "WHERE id = :id")
			.param("persian", Text.isPersian(locale))
			.param("id", version)
			.query(String.class)
			.optional()
			.orElseThrow(() -> new CadastreProblem(HttpStatus.NOT_FOUND, "no-import-report", "No import report",
					Text.of("Version {0} of layer {1} was not imported from a file, so it has no import report.",
							version, layer.id())));
		return this.json.readValue(report, ImportReport.class);
	}

	/**
	 * Writes every finding of the import that made the version as a spreadsheet, in the
	 * file's order, with why in the reader's language.
	 * @throws CadastreProblem 404 when the layer has no such version, or its import kept
	 * only the findings its report lists, or they were removed ({@link FindingRetention})
	 */
	@Transactional(readOnly = true)
	public void findings(Layer layer, long version, Locale locale, HttpServletResponse response) throws IOException {
		// The day they were removed is Tehran's, as every day the service shows.
		Kept kept = this.db
			.sql("""
					SELECT report IS NOT NULL, findings_kept, to_char(findings_removed_at AT TIME ZONE 'Asia/Tehran', 'YYYY-MM-DD')
					FROM layer_version WHERE id = :id AND layer_id = :layer
					""")
			.param("id", version)
			.param("layer", layer.id())
			.query((rs, n) -> new Kept(rs.getBoolean(1), rs.getBoolean(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> unknownVersion(layer, version));
		if (kept.removedOn() != null) {
			throw new CadastreProblem(HttpStatus.NOT_FOUND, "no-findings", "No findings kept", Text.of(
					"The findings of version {0} of layer {1} were removed on {2}: an import's are kept for {3} "
							+ "days, and the layer's latest import's for as long as it is the latest; its report lists "
							+ "the first 1,000 of each kind.",
					version, layer.id(), kept.removedOn(), this.findingsKeptDays));
		}
		if (!kept.findings()) {
			throw new CadastreProblem(HttpStatus.NOT_FOUND, "no-findings", "No findings kept", kept.report()
					? Text.of("Version {0} of layer {1} was imported before the service kept every finding; its "
							+ "report lists the first 1,000 of each kind.", version, layer.id())
					: Text.of("Version {0} of layer {1} was not imported from a file, so it has no findings.", version,
							layer.id()));
		}
		String reason = Text.isPersian(locale) ? "reason_fa" : "reason";
		Csv.write(Csv.attachment(response, layer.id() + "-" + version + "-findings.csv"), FINDINGS,
				this.db
					.sql("SELECT number, external_id, kind, " + reason
							+ " FROM import_finding WHERE version_id = :id ORDER BY number, kind")
					.param("id", version),
				(rs) -> Arrays.asList(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
	}

	private static String path(Layer layer, long version, String what) {
		return "/api/v1/layers/" + layer.id() + "/versions/" + version + "/" + what;
	}

	/**
	 * @throws CadastreProblem 404 when the layer has no such version
	 */
	long check(Layer layer, long version) {
		boolean known = this.db.sql("SELECT EXISTS (SELECT 1 FROM layer_version WHERE id = :id AND layer_id = :layer)")
			.param("id", version)
			.param("layer", layer.id())
			.query(Boolean.class)
			.single();
		if (!known) {
			throw unknownVersion(layer, version);
		}
		return version;
	}

	private static CadastreProblem unknownVersion(Layer layer, long version) {
		return new CadastreProblem(HttpStatus.NOT_FOUND, "unknown-version", "Unknown version", Text
			.of("Layer {0} has no version {1}; GET /api/v1/layers/{0}/versions lists them.", layer.id(), version));
	}

	/** What a version's import kept: its report, every finding. */
	private record Kept(boolean report, boolean findings, String removedOn) {

	}

	/**
	 * @param version the version number
	 * @param createdAt when it was loaded
	 * @param createdBy who loaded it
	 * @param source the file name
	 * @param checksum the file's SHA-256
	 * @param mode replace or append (null for the sample data)
	 * @param featureCount features it added
	 * @param latest whether it is the layer's latest load
	 * @param report where its import report is read, or {@code null} when it was not
	 * imported from a file (the sample data)
	 * @param findings where every finding of its import is taken away as a spreadsheet,
	 * or {@code null} when it was not imported, or imported before the service kept them
	 */
	record Version(long version, Instant createdAt, String createdBy, String source, String checksum, String mode,
			long featureCount, boolean latest, String report, String findings) {

	}

}
