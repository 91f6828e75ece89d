package ir.cadastre.layerfile;

import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A Placemark's {@code <ExtendedData>}: untyped {@code <Data name="…"><value>} pairs and
 * typed {@code <SchemaData><SimpleData name="…">} values, both kept as text (the schema's
 * declared types are advisory and often wrong in exported files).
 */
final class KmlExtendedData {

	private KmlExtendedData() {
	}

	/** Reads the element the reader is on into {@code attributes}. */
	static void read(XMLStreamReader xml, Map<String, Object> attributes) throws XMLStreamException {
		while (KmlElements.nextChild(xml)) {
			String element = xml.getLocalName();
			if (element.equals("Data")) {
				String name = xml.getAttributeValue(null, "name");
				String value = null;
				while (KmlElements.nextChild(xml)) {
					if (xml.getLocalName().equals("value")) {
						value = KmlElements.text(xml);
					}
					else {
						KmlElements.skip(xml);
					}
				}
				if (name != null) {
					attributes.put(name, value);
				}
			}
			else if (element.equals("SchemaData")) {
				while (KmlElements.nextChild(xml)) {
					String name = xml.getLocalName().equals("SimpleData") ? xml.getAttributeValue(null, "name") : null;
					if (name != null) {
						attributes.put(name, KmlElements.text(xml));
					}
					else {
						KmlElements.skip(xml);
					}
				}
			}
			else {
				KmlElements.skip(xml);
			}
		}
	}

}
