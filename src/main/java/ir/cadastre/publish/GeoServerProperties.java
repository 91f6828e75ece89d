package ir.cadastre.publish;

import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Publication to GeoServer, under {@code cadastre.geoserver.*}.
 *
 * @param url GeoServer's base URL as the service reaches it, e.g.
 * {@code http://geoserver:8080/geoserver}; blank when no GeoServer is configured
 * @param publicUrl GeoServer's base URL as GIS clients reach it (for the capabilities
 * link in the publication report); blank means {@code url}
 * @param user a GeoServer administrator
 * @param password that administrator's password
 * @param workspace the workspace that holds everything published
 * @param layerGroup the layer group of all layers, in drawing order
 * @param stylesDir the folder of SLD files, one {@code <layer>.sld} per layer
 * @param publishOnStart publish once the service has started
 * @param timeout longest wait for one GeoServer answer
 * @param datastore the PostGIS database as GeoServer reaches it
 * @param truncation the drainer that truncates GeoWebCache tiles after a change
 * @param applicationTiles how long GeoWebCache keeps the applications layer's tiles, and
 * clients theirs (whole seconds, at least one)
 */
@ConfigurationProperties("cadastre.geoserver")
record GeoServerProperties(String url, String publicUrl, @DefaultValue("admin") String user, String password,
		@DefaultValue("cadastre") String workspace, @DefaultValue("mining_cadastre") String layerGroup,
		@DefaultValue("styles") Path stylesDir, @DefaultValue("false") boolean publishOnStart,
		@DefaultValue("PT60S") Duration timeout, @DefaultValue Datastore datastore, @DefaultValue Truncation truncation,
		@DefaultValue("PT60S") Duration applicationTiles) {

	/** Names that go into GeoServer paths: letters, digits, underscores and hyphens. */
	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,62}");

	GeoServerProperties {
		url = trimSlash(url);
		publicUrl = trimSlash(publicUrl);
		password = (password != null) ? password : "";
		checkName("cadastre.geoserver.workspace", workspace);
		checkName("cadastre.geoserver.layer-group", layerGroup);
		checkName("cadastre.geoserver.datastore.name", datastore.name());
		if (applicationTiles.toSeconds() < 1) {
			// GeoWebCache reads 0 as no expiry: the tiles would show withdrawn and
			// decided applications for good.
			throw new IllegalArgumentException(
					"cadastre.geoserver.application-tiles must be at least one second; was " + applicationTiles);
		}
	}

	/** Whether a GeoServer is configured at all. */
	boolean configured() {
		return !this.url.isEmpty();
	}

	/** Where GIS clients find the WMS capabilities of the workspace. */
	String capabilities() {
		String base = this.publicUrl.isEmpty() ? this.url : this.publicUrl;
		return base + "/" + this.workspace + "/wms?service=WMS&version=1.3.0&request=GetCapabilities";
	}

	private static String trimSlash(String url) {
		String trimmed = (url != null) ? url.strip() : "";
		return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static void checkName(String property, String value) {
		if (value == null || !NAME.matcher(value).matches()) {
			throw new IllegalArgumentException(
					property + " must be a letter then letters, digits, _ or -; was '" + value + "'");
		}
	}

	/**
	 * The PostGIS datastore GeoServer reads the {@code publish} views from.
	 *
	 * @param name the datastore's name in GeoServer
	 * @param host the database host as GeoServer reaches it
	 * @param port its port
	 * @param database the database name
	 * @param user GeoServer's read-only database role
	 * @param password that role's password
	 */
	record Datastore(@DefaultValue("cadastre_db") String name, @DefaultValue("localhost") String host,
			@DefaultValue("5432") int port, @DefaultValue("cadastre") String database,
			@DefaultValue("cadastre_geoserver") String user, @DefaultValue("") String password) {

	}

	/**
	 * The drainer of {@code layer_change}.
	 *
	 * @param interval pause between two runs
	 * @param retryBase wait before the first retry; doubled at each further failure
	 * @param retryMax longest wait between retries
	 */
	record Truncation(@DefaultValue("PT10S") Duration interval, @DefaultValue("PT30S") Duration retryBase,
			@DefaultValue("PT1H") Duration retryMax) {

	}

}
