package ir.cadastre.layerfile;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import ir.cadastre.web.Text;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Walks a KML document with StAX, one {@code Placemark} at a time, wherever it sits
 * (Document, Folder, nested folders). Elements are matched by local name, so KML 2.0–2.2
 * and Google's extension namespace read alike. DTDs and external entities are off: an
 * upload can neither make the server fetch a URL nor expand an entity bomb.
 */
final class KmlReader implements Closeable {

	private final InputStream in;

	private final XMLStreamReader xml;

	private final KmlGeometryReader geometries;

	private String documentName;

	private KmlReader(InputStream in, XMLStreamReader xml, GeometryFactory factory) {
		this.in = in;
		this.xml = xml;
		this.geometries = (factory != null) ? new KmlGeometryReader(xml, factory) : null;
	}

	/**
	 * Opens a KML file and checks that its root is {@code <kml>}.
	 * @param factory builds the geometries; {@code null} to skip them (reading names
	 * only)
	 */
	static KmlReader open(Path file, GeometryFactory factory) throws IOException {
		InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
		try {
			XMLStreamReader xml = secureFactory().createXMLStreamReader(in);
			KmlReader reader = new KmlReader(in, xml, factory);
			reader.requireKmlRoot();
			return reader;
		}
		catch (XMLStreamException ex) {
			in.close();
			throw notXml(ex);
		}
		catch (RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	private static XMLInputFactory secureFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private void requireKmlRoot() throws XMLStreamException {
		while (this.xml.hasNext() && this.xml.next() != XMLStreamConstants.START_ELEMENT) {
			// prolog, comments
		}
		if (!this.xml.isStartElement() || !this.xml.getLocalName().equalsIgnoreCase("kml")) {
			throw new LayerFileException(this.xml.isStartElement()
					? Text.of("The file is XML but not KML: its root element is <{0}>, not <kml>.",
							this.xml.getLocalName())
					: Text.of("The file is XML but not KML: its root element is nothing, not <kml>."));
		}
	}

	/** The {@code <name>} of the {@code <Document>}, once the reader has passed it. */
	String documentName() {
		return this.documentName;
	}

	/**
	 * The next Placemark, or {@code null} at the end of the document.
	 * @throws LayerFileException when the XML turns out not to be well-formed
	 */
	Placemark next() {
		try {
			while (this.xml.hasNext()) {
				int event = this.xml.next();
				if (event != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = this.xml.getLocalName();
				if (element.equals("Placemark")) {
					return placemark();
				}
				if (element.equals("name") && this.documentName == null) {
					this.documentName = KmlElements.text(this.xml);
				}
			}
			return null;
		}
		catch (XMLStreamException ex) {
			throw notXml(ex);
		}
	}

	private Placemark placemark() throws XMLStreamException {
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("name", null);
		attributes.put("description", null);
		Geometry geometry = null;
		Text fault = null;
		while (KmlElements.nextChild(this.xml)) {
			String element = this.xml.getLocalName();
			if (element.equals("name") || element.equals("description")) {
				attributes.put(element, KmlElements.text(this.xml));
			}
			else if (element.equals("ExtendedData")) {
				KmlExtendedData.read(this.xml, attributes);
			}
			else if (KmlGeometryReader.isGeometry(element) && this.geometries != null && geometry == null
					&& fault == null) {
				try {
					geometry = this.geometries.read();
				}
				catch (GeometryFault ex) {
					fault = ex.reason();
				}
			}
			else {
				KmlElements.skip(this.xml);
			}
		}
		return new Placemark(attributes, geometry, fault);
	}

	static LayerFileException notXml(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int detail = message.indexOf("Message: ");
		message = ((detail >= 0) ? message.substring(detail + 9) : message).strip();
		message = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
		Text line = (ex.getLocation() != null && ex.getLocation().getLineNumber() > 0)
				? Text.of(" (line {0})", ex.getLocation().getLineNumber()) : Text.of("");
		return new LayerFileException(Text.of("The KML is not well-formed XML: {0}{1}.", message, line), ex);
	}

	@Override
	public void close() throws IOException {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// The stream below is closed next either way.
		}
		this.in.close();
	}

	/** A Placemark's attributes and geometry, or why its geometry could not be built. */
	record Placemark(Map<String, Object> attributes, Geometry geometry, Text fault) {

	}

}
