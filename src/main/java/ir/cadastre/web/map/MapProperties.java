package ir.cadastre.web.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The web map, under {@code cadastre.map.*}. Without a base map the map shows Iran's
 * boundary and the layers on a plain background, and needs nothing from the internet.
 *
 * @param baseUrl an XYZ tile URL template for a base map ({@code {z}/{x}/{y}}), e.g. a
 * tile server inside the ministry's network; {@code null} or blank for none
 * @param baseAttribution the base map's attribution text, shown on the map
 */
@ConfigurationProperties("cadastre.map")
record MapProperties(String baseUrl, String baseAttribution) {

	String baseUrlOrNull() {
		return (this.baseUrl == null || this.baseUrl.isBlank()) ? null : this.baseUrl.strip();
	}

}
