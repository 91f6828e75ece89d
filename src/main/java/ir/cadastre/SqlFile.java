package ir.cadastre;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.StreamUtils;

/**
 * Long SQL lives in commented files under {@code src/main/resources/sql/<feature>/}.
 */
public final class SqlFile {

	private SqlFile() {
	}

	/**
	 * The text of a SQL file on the classpath, e.g.
	 * {@code sql/overlap/find-overlaps.sql}.
	 * @throws UncheckedIOException when it is missing: a packaging fault, not an input
	 * fault
	 */
	public static String read(String path) {
		try {
			return StreamUtils.copyToString(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing SQL file " + path, ex);
		}
	}

}
