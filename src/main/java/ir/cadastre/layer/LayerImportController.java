package ir.cadastre.layer;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.security.CadastreUser;
import ir.cadastre.security.Role;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Csv;
import ir.cadastre.web.FormFile;
import ir.cadastre.web.Text;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/layers/{layer}/imports}, {@code GET
 * /api/v1/layers/{layer}/versions} and each import's report, {@code GET
 * /api/v1/layers/{layer}/versions/{version}/report} and every finding of it, {@code
 * .../findings}; with {@code dryRun=true} an import is checked only: its report, and
 * nothing changed. GIS staff import into any layer but the applications (those are
 * submitted); an agency's reviewer imports into the layers its agency owns (Art. 24:
 * agencies notify their boundaries), never into a layer of claims, which blocks land.
 */
@RestController
class LayerImportController {

	/**
	 * The longest file name kept, in characters: a name is for people, and the temporary
	 * file named after it must stay within the file system's 255 bytes.
	 */
	static final int MAX_NAME = 100;

	private final LayerCatalog catalog;

	private final LayerImporter importer;

	private final LayerVersions versions;

	LayerImportController(LayerCatalog catalog, LayerImporter importer, LayerVersions versions) {
		this.catalog = catalog;
		this.importer = importer;
		this.versions = versions;
	}

	@PostMapping(path = "/api/v1/layers/{layer}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importFile(@PathVariable String layer, @RequestPart("file") List<MultipartFile> files,
			@RequestParam(required = false) String mode, @RequestParam(required = false) Integer sourceSrid,
			@RequestParam(required = false) String idField, @RequestParam(required = false) String nameField,
			@RequestParam(required = false) String dryRun, @AuthenticationPrincipal CadastreUser user, Locale locale)
			throws IOException {
		MultipartFile file = FormFile.only("file", files);
		Layer target = this.catalog.get(layer);
		checkAllowed(target, user);
		// No default: a form that forgot it must not retire an agency's whole layer.
		if (!"replace".equals(mode) && !"append".equals(mode)) {
			throw CadastreProblem.invalidParameter("mode", Text.of("mode is replace (the file becomes the whole layer) "
					+ "or append (its features join the layer's)."));
		}
		boolean checkOnly = Boolean.TRUE.equals(BooleanFilter.of("dryRun", dryRun));
		LayerFiles.checkSourceSrid(sourceSrid);
		String name = uploadName(file.getOriginalFilename());
		Path upload = Files.createTempFile("cadastre-import-", "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
		try {
			String checksum = copy(file, upload);
			ImportReport report = this.importer.importFile(new LayerImporter.ImportRequest(target, user.username(),
					(user.role() == Role.AGENCY_REVIEWER) ? user.agency() : null, upload, name, checksum, mode,
					sourceSrid, idField, nameField, locale, checkOnly));
			if (checkOnly) {
				return ResponseEntity.ok(report);
			}
			// The version made has no path of its own: its report is where it is read.
			return ResponseEntity
				.created(URI.create("/api/v1/layers/" + target.id() + "/versions/" + report.version() + "/report"))
				.body(report);
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	@GetMapping("/api/v1/layers/{layer}/versions")
	List<LayerVersions.Version> versions(@PathVariable String layer) {
		return this.versions.of(this.catalog.get(layer));
	}

	/**
	 * The report of the import that made the version, its reasons in the reader's
	 * language (so it varies with Accept-Language, as the findings do).
	 */
	@GetMapping("/api/v1/layers/{layer}/versions/{version}/report")
	ResponseEntity<ImportReport> report(@PathVariable String layer, @PathVariable long version, Locale locale) {
		return ResponseEntity.ok()
			.varyBy(HttpHeaders.ACCEPT_LANGUAGE)
			.body(this.versions.report(this.catalog.get(layer), version, locale));
	}

	/**
	 * Every finding of the import that made the version (its report lists the first 1,000
	 * of each kind), as a spreadsheet to take away, with why in the reader's language.
	 */
	@GetMapping(path = "/api/v1/layers/{layer}/versions/{version}/findings", produces = Csv.MEDIA_TYPE)
	void findings(@PathVariable String layer, @PathVariable long version, Locale locale, HttpServletResponse response)
			throws IOException {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		this.versions.findings(this.catalog.get(layer), version, locale, response);
	}

	/**
	 * The uploaded file's own name, as the report and the version keep it: the last
	 * segment of whatever path the browser sent (slashes of either kind), without NUL,
	 * its last {@value #MAX_NAME} characters (the extension tells the format); "upload"
	 * when nothing is left, as for a name of "/".
	 */
	static String uploadName(String original) {
		String name = (original != null) ? original.replace("\0", "") : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			name = name.substring(name.offsetByCodePoints(name.length(), -MAX_NAME));
		}
		return name.isBlank() ? "upload" : name;
	}

	private static void checkAllowed(Layer layer, CadastreUser user) {
		boolean allowed = switch (user.role()) {
			case GIS_ADMIN -> true;
			case AGENCY_REVIEWER -> user.agency().equals(layer.ownerAgency()) && !layer.blocks();
			default -> false;
		};
		if (!allowed) {
			Text reason = layer.blocks()
					? Text.of("Only GIS staff import into {0}: its areas are claims, which block applications.",
							layer.id())
					: Text.of("Only GIS staff, or reviewers of the agency that owns {0}, import into it.", layer.id());
			throw new CadastreProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", reason);
		}
		if (layer.id().equals("applications")) {
			throw new CadastreProblem(HttpStatus.CONFLICT, "layer-not-importable", "Layer not importable",
					Text.of("The applications layer holds submitted applications only."));
		}
	}

	/** Copies the upload to disk and returns its SHA-256. */
	private static String copy(MultipartFile file, Path to) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			try (InputStream in = new DigestInputStream(file.getInputStream(), digest)) {
				Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
