package ir.cadastre.publish;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What counts as "GeoServer already has it": the held definition says at least what would
 * be sent, in GeoServer's own way of writing it.
 */
class CoveringTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void moreHeldThanWantedIsCovered() {
		assertThat(covers("{\"a\": {\"name\": \"x\", \"href\": \"h\", \"dateCreated\": \"d\"}}",
				"{\"a\": {\"name\": \"x\"}}"))
			.isTrue();
	}

	@Test
	void aDifferentOrMissingValueIsNot() {
		assertThat(covers("{\"a\": {\"title\": \"Edited\"}}", "{\"a\": {\"title\": \"Forests\"}}")).isFalse();
		assertThat(covers("{\"a\": {}}", "{\"a\": {\"title\": \"Forests\"}}")).isFalse();
	}

	@Test
	void geoServersWaysOfWritingCountAsEqual() {
		assertThat(covers("{\"crs\": {\"@class\": \"projected\", \"$\": \"EPSG:4326\"}}", "{\"crs\": \"EPSG:4326\"}"))
			.as("a CRS as an object")
			.isTrue();
		assertThat(covers("{\"minx\": \"44.01\"}", "{\"minx\": 44.01}")).as("a number as text").isTrue();
		assertThat(covers("{\"string\": \"only\"}", "{\"string\": [\"only\"]}")).as("a one-element list").isTrue();
		assertThat(covers("{\"name\": \"cadastre:forests\"}", "{\"name\": \"forests\"}")).as("a workspace prefix")
			.isTrue();
		assertThat(covers("{\"name\": \"other:forests\"}", "{\"name\": \"forests\"}")).as("another workspace")
			.isFalse();
	}

	@Test
	void connectionParametersCompareByKeyWithoutThePassword() {
		String held = "{\"entry\": [{\"@key\": \"passwd\", \"$\": \"crypt1:xyz\"}, {\"@key\": \"port\", \"$\": \"5432\"},"
				+ " {\"@key\": \"namespace\", \"$\": \"http://cadastre\"}, {\"@key\": \"host\", \"$\": \"db\"}]}";
		assertThat(
				covers(held, "{\"entry\": [{\"@key\": \"host\", \"$\": \"db\"}, {\"@key\": \"port\", \"$\": \"5432\"},"
						+ " {\"@key\": \"passwd\", \"$\": \"secret\"}]}"))
			.isTrue();
		assertThat(covers(held, "{\"entry\": [{\"@key\": \"host\", \"$\": \"elsewhere\"}]}")).isFalse();
	}

	@Test
	void listsKeepTheirOrder() {
		assertThat(covers("{\"published\": [{\"name\": \"a\"}, {\"name\": \"b\"}]}",
				"{\"published\": [{\"name\": \"b\"}, {\"name\": \"a\"}]}"))
			.isFalse();
	}

	private static boolean covers(String held, String wanted) {
		JsonNode heldNode = JSON.readTree(held);
		return Covering.covers(heldNode, JSON.readTree(wanted), "cadastre");
	}

}
