package ir.cadastre.layerfile;

import ir.cadastre.web.Text;

/**
 * A layer file that cannot be read: unknown format, damaged container, missing part, or a
 * coordinate system that cannot be told. The message is written for the person who
 * uploaded the file and never contains a server path; the import endpoint returns it as a
 * 4xx problem, in the reader's language.
 *
 * <p>
 * Unchecked, because it can arise in the middle of a feature stream (a Shapefile that
 * ends inside a record) as well as on opening.
 */
public class LayerFileException extends RuntimeException {

	private final Text text;

	public LayerFileException(Text text) {
		super(text.toString());
		this.text = text;
	}

	public LayerFileException(Text text, Throwable cause) {
		super(text.toString(), cause);
		this.text = text;
	}

	/** The message, for a problem to give in its reader's language. */
	public Text text() {
		return this.text;
	}

}
