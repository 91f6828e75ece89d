package ir.cadastre.layerfile;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Moves through KML elements. Every method starts on an element's start tag and leaves
 * the reader on its end tag, so that callers can nest without losing their place.
 */
final class KmlElements {

	private KmlElements() {
	}

	/**
	 * Advances to the next child element of the current element.
	 * @return {@code true} on a child's start tag, {@code false} on the parent's end tag
	 */
	static boolean nextChild(XMLStreamReader xml) throws XMLStreamException {
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				return true;
			}
			if (event == XMLStreamConstants.END_ELEMENT) {
				return false;
			}
			if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("the document ends inside an element", xml.getLocation());
			}
		}
	}

	/** The text of the element and its descendants, stripped; {@code null} when blank. */
	static String text(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> depth++;
				case XMLStreamConstants.END_ELEMENT -> depth--;
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
					text.append(xml.getText());
				case XMLStreamConstants.END_DOCUMENT ->
					throw new XMLStreamException("the document ends inside an element", xml.getLocation());
				default -> {
				}
			}
		}
		String stripped = text.toString().strip();
		return stripped.isEmpty() ? null : stripped;
	}

	/** Skips the element with everything in it. */
	static void skip(XMLStreamReader xml) throws XMLStreamException {
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
			else if (event == XMLStreamConstants.END_DOCUMENT) {
				throw new XMLStreamException("the document ends inside an element", xml.getLocation());
			}
		}
	}

}
