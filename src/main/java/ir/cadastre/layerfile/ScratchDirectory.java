package ir.cadastre.layerfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A private temporary folder for what is extracted from an uploaded zip or staged by a
 * writer, deleted with everything in it when the work is done.
 */
final class ScratchDirectory {

	private ScratchDirectory() {
	}

	static Path create(Path near) throws IOException {
		Path parent = (near != null) ? near.toAbsolutePath().getParent() : null;
		if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
			return Files.createTempDirectory(parent, ".layerfile-");
		}
		return Files.createTempDirectory("layerfile-");
	}

	static void delete(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		List<Path> paths;
		try (Stream<Path> walk = Files.walk(directory)) {
			paths = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : paths) {
			Files.deleteIfExists(path);
		}
	}

}
