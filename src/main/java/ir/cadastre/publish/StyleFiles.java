package ir.cadastre.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The SLD files of {@code cadastre.geoserver.styles-dir} (the repository's
 * {@code styles/}, copied into the Docker image): one {@code <layer>.sld} per layer, read
 * from disk at each publication so that GIS staff can change a style without a new build.
 */
@Component
class StyleFiles {

	private final Path folder;

	StyleFiles(GeoServerProperties properties) {
		this.folder = properties.stylesDir();
	}

	/**
	 * The SLD of a layer, byte for byte.
	 * @throws CadastreProblem 503 when the file is missing or unreadable: the deployment
	 * is incomplete
	 */
	byte[] read(String layerId) {
		Path file = this.folder.resolve(layerId + ".sld");
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new CadastreProblem(HttpStatus.SERVICE_UNAVAILABLE, "style-missing", "Style missing",
					Text.of("The style of layer {0} cannot be read from {1} (cadastre.geoserver.styles-dir); "
							+ "nothing was published.", layerId, file.toAbsolutePath()));
		}
	}

}
