package ir.cadastre.publish;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * How long GeoWebCache keeps a tile layer's tiles: {@code expireCache} (refetched from
 * GeoServer once older) and {@code expireClients} (the HTTP expiry sent to clients), in
 * seconds, in the layer's XML definition ({@code gwclayers.yaml}). Everything else in the
 * definition is kept as GeoWebCache wrote it.
 */
final class TileExpiry {

	private static final String[] FIELDS = { "expireCache", "expireClients" };

	private TileExpiry() {
	}

	/**
	 * The definition with its tiles expiring after these seconds, or empty when it
	 * already says so.
	 */
	static Optional<String> expiring(String definition, long seconds) {
		Document document = read(definition);
		Element layer = document.getDocumentElement();
		boolean changed = false;
		for (String field : FIELDS) {
			Element held = child(layer, field);
			if (held == null) {
				held = (Element) layer.appendChild(document.createElement(field));
			}
			if (!held.getTextContent().strip().equals(Long.toString(seconds))) {
				held.setTextContent(Long.toString(seconds));
				changed = true;
			}
		}
		if (!changed) {
			return Optional.empty();
		}
		try {
			StringWriter text = new StringWriter();
			TransformerFactory.newInstance()
				.newTransformer()
				.transform(new DOMSource(document), new StreamResult(text));
			return Optional.of(text.toString());
		}
		catch (TransformerException ex) {
			throw new IllegalStateException("A parsed XML document could not be written again", ex);
		}
	}

	private static Element child(Element parent, String name) {
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && element.getTagName().equals(name)) {
				return element;
			}
		}
		return null;
	}

	/**
	 * Parses GeoWebCache's answer, refusing document types (and so external entities).
	 */
	private static Document read(String definition) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			Document document = factory.newDocumentBuilder()
				.parse(new ByteArrayInputStream(definition.getBytes(StandardCharsets.UTF_8)));
			if (!document.getDocumentElement().getTagName().equals("GeoServerLayer")) {
				throw new IllegalArgumentException("not a GeoServerLayer");
			}
			return document;
		}
		catch (ParserConfigurationException | SAXException | IOException ex) {
			throw new IllegalArgumentException("not XML: " + ex.getMessage(), ex);
		}
	}

}
