package ir.cadastre.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The styles in {@code styles/}: one per layer, each well-formed, valid SLD 1.0.0, and
 * labelling with the Persian name in a font that has Arabic script.
 */
class StylesTests {

	static final List<String> LAYERS = List.of("licences", "applications", "protected_areas", "forests",
			"national_resources", "agricultural_lands", "executive_boundaries", "property_parcels");

	static final Path STYLES = Path.of("styles");

	static Schema schema;

	@BeforeAll
	static void loadSchema() throws Exception {
		schema = SldSchema.load();
	}

	static Stream<Path> styles() throws IOException {
		try (Stream<Path> files = Files.list(STYLES)) {
			return files.filter((file) -> file.toString().endsWith(".sld")).sorted().toList().stream();
		}
	}

	@Test
	void thereIsOneStylePerLayer() throws IOException {
		assertThat(styles().map((file) -> file.getFileName().toString().replace(".sld", "")))
			.containsExactlyInAnyOrderElementsOf(LAYERS);
	}

	@ParameterizedTest(name = "{0} is valid SLD 1.0.0")
	@MethodSource("styles")
	void isValidSld10(Path file) throws Exception {
		Validator validator = schema.newValidator();
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
		validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		validator.setResourceResolver(SldSchema.resolver());
		List<String> problems = new ArrayList<>();
		validator.setErrorHandler(new ErrorHandler() {
			@Override
			public void warning(SAXParseException ex) {
			}

			@Override
			public void error(SAXParseException ex) {
				problems.add("line " + ex.getLineNumber() + ": " + ex.getMessage());
			}

			@Override
			public void fatalError(SAXParseException ex) {
				problems.add("line " + ex.getLineNumber() + " (not well-formed): " + ex.getMessage());
			}
		});
		validator.validate(new StreamSource(file.toFile()));
		assertThat(problems).isEmpty();
	}

	@ParameterizedTest(name = "{0} names its layer and labels it in Persian")
	@MethodSource("styles")
	void labelsThePersianNameWithinScaleLimits(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(false);
		Document sld = factory.newDocumentBuilder().parse(file.toFile());
		String layer = file.getFileName().toString().replace(".sld", "");
		assertThat(text(sld, "/StyledLayerDescriptor/NamedLayer/Name")).isEqualTo(layer);
		assertThat(text(sld, "/StyledLayerDescriptor/NamedLayer/UserStyle/Name")).isEqualTo(layer);
		assertThat(text(sld, "//TextSymbolizer/Label/PropertyName")).isEqualTo("name_fa");
		NodeList fonts = (NodeList) XPathFactory.newInstance()
			.newXPath()
			.evaluate("//TextSymbolizer/Font/CssParameter[@name='font-family']", sld, XPathConstants.NODESET);
		List<String> families = new ArrayList<>();
		for (int i = 0; i < fonts.getLength(); i++) {
			families.add(fonts.item(i).getTextContent());
		}
		assertThat(families).as("font families with Arabic script").contains("Noto Sans Arabic", "DejaVu Sans");
		assertThat(Double.parseDouble(text(sld, "//Rule[TextSymbolizer]/MaxScaleDenominator")))
			.as("labels only when zoomed in")
			.isBetween(10_000.0, 1_000_000.0);
	}

	private static String text(Document document, String path) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(path, document).strip();
	}

}
