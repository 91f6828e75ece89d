package ir.cadastre.web.map;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import ir.cadastre.geometry.AcceptedArea;
import ir.cadastre.geometry.GeometryIntake;
import ir.cadastre.layerfile.LayerFiles;
import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.FormFile;
import ir.cadastre.web.Text;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/areas}: reads an applicant's area, typed as a UTM or DMS vertex
 * list (or GeoJSON), or uploaded as a GeoJSON, KML/KMZ, zipped Shapefile or GeoPackage
 * file, and returns it as GeoJSON in lon/lat after the same intake as {@code POST
 * /api/v1/overlaps} and {@code POST /api/v1/applications}. Stores nothing. The web map
 * draws what it returns, so the applicant sees, and may then edit, exactly the area that
 * will be checked.
 */
@RestController
class AreaController {

	/** An applicant's boundary file; a boundary within intake's limits is far smaller. */
	static final long MAX_FILE_BYTES = DataSize.ofMegabytes(10).toBytes();

	private static final String AS_GEOJSON = "SELECT ST_AsGeoJSON(ST_GeomFromWKB(:wkb, 4326))";

	private final GeometryIntake intake;

	private final AreaFiles files;

	private final JdbcClient db;

	AreaController(GeometryIntake intake, AreaFiles files, JdbcClient db) {
		this.intake = intake;
		this.files = files;
		this.db = db;
	}

	@PostMapping(path = "/api/v1/areas", consumes = { MediaType.APPLICATION_JSON_VALUE, "application/*+json" })
	Area read(@RequestBody AreaRequest request) {
		return view(this.intake.accept(request.geometry(), request.vertices()));
	}

	/**
	 * @param sourceSrid the file's coordinate system when it does not say (a Shapefile
	 * without {@code .prj}); one of {@link LayerFiles#SOURCE_SRIDS}
	 */
	@PostMapping(path = "/api/v1/areas", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	Area readFile(@RequestPart("file") List<MultipartFile> files, @RequestParam(required = false) Integer sourceSrid)
			throws IOException {
		MultipartFile file = FormFile.only("file", files);
		if (file.getSize() > MAX_FILE_BYTES) {
			throw new CadastreProblem(HttpStatus.CONTENT_TOO_LARGE, "file-too-large", "File too large",
					Text.of("A boundary file is at most {0} MB; upload the application's boundary only.",
							MAX_FILE_BYTES / (1024 * 1024)));
		}
		LayerFiles.checkSourceSrid(sourceSrid);
		Path upload = Files.createTempFile("cadastre-area-", ".upload");
		try {
			try (InputStream in = file.getInputStream()) {
				Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
			}
			JsonNode geometry = this.files.read(upload, file.getOriginalFilename(), sourceSrid);
			return view(this.intake.accept(geometry, null));
		}
		finally {
			Files.deleteIfExists(upload);
		}
	}

	private Area view(AcceptedArea area) {
		String geoJson = this.db.sql(AS_GEOJSON).param("wkb", area.wkb()).query(String.class).single();
		return new Area(geoJson, area.areaM2(), area.geometry().getNumPoints());
	}

	/**
	 * @param geometry a GeoJSON area, or
	 * @param vertices a UTM or DMS vertex list (as {@code POST /api/v1/overlaps} takes)
	 */
	record AreaRequest(JsonNode geometry, JsonNode vertices) {
	}

	/**
	 * @param geometry the area as a GeoJSON MultiPolygon, lon/lat, shells
	 * counter-clockwise
	 * @param areaM2 its area in m² on the WGS 84 ellipsoid
	 * @param vertexCount its positions, closing ones included
	 */
	record Area(@JsonRawValue String geometry, @JsonProperty("area_m2") double areaM2, int vertexCount) {
	}

}
