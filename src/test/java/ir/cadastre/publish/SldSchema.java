package ir.cadastre.publish;

import java.io.IOException;
import java.net.URL;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The OGC SLD 1.0.0 schema, with its filter, GML and XLink imports, read from the offline
 * copies on the test classpath ({@code org.jvnet.ogc:ogc-schemas},
 * {@code org.hisrc.w3c:w3c-schemas}): schemas.opengis.net is not reachable from the build
 * machines, and a test must not depend on it. Any import that is not mapped here fails
 * instead of going to the network.
 */
final class SldSchema implements LSResourceResolver {

	/** Where the schemas' absolute imports live on the classpath. */
	private static final Map<String, String> LOCATIONS = Map.of("http://schemas.opengis.net/", "ogc/",
			"http://www.w3.org/", "w3c/");

	private final DOMImplementationLS ls;

	private SldSchema() throws ParserConfigurationException {
		this.ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.getDOMImplementation();
	}

	static Schema load() throws SAXException, ParserConfigurationException {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setResourceResolver(new SldSchema());
		URL sld = resource("ogc/sld/1.0.0/StyledLayerDescriptor.xsd");
		return factory.newSchema(new StreamSource(sld.toExternalForm()));
	}

	static LSResourceResolver resolver() throws ParserConfigurationException {
		return new SldSchema();
	}

	@Override
	public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
		if (systemId == null) {
			return null;
		}
		for (Map.Entry<String, String> location : LOCATIONS.entrySet()) {
			if (systemId.startsWith(location.getKey())) {
				URL copy = resource(location.getValue() + systemId.substring(location.getKey().length()));
				LSInput input = this.ls.createLSInput();
				input.setSystemId(copy.toExternalForm());
				input.setPublicId(publicId);
				try {
					input.setByteStream(copy.openStream());
				}
				catch (IOException ex) {
					throw new IllegalStateException("Cannot read " + copy, ex);
				}
				return input;
			}
		}
		return null;
	}

	private static URL resource(String path) {
		URL url = SldSchema.class.getClassLoader().getResource(path);
		if (url == null) {
			throw new IllegalStateException("No offline copy of " + path + " on the test classpath");
		}
		return url;
	}

}
