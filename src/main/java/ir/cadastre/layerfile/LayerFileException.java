package ir.cadastre.layerfile;

/**
 * A layer file that cannot be read: unknown format, damaged container, missing part, or a
 * coordinate system that cannot be told. The message is written for the person who
 * uploaded the file and never contains a server path; the import endpoint returns it as a
 * 4xx problem.
 *
 * <p>
 * Unchecked, because it can arise in the middle of a feature stream (a Shapefile that
 * ends inside a record) as well as on opening.
 */
public class LayerFileException extends RuntimeException {

	public LayerFileException(String message) {
		super(message);
	}

	public LayerFileException(String message, Throwable cause) {
		super(message, cause);
	}

}
