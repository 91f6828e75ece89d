package ir.cadastre.layer;

import java.util.List;
import java.util.Map;

import ir.cadastre.web.CadastreProblem;
import ir.cadastre.web.Names;
import ir.cadastre.web.Text;

import org.springframework.http.HttpStatus;

/**
 * Which attributes of an uploaded file hold a feature's id, name, Persian name, agency
 * and status. Each is chosen by parameter, or found among the names files commonly use.
 *
 * @param id the id attribute, or {@code null} (the feature's number is used)
 * @param name the name attribute, or {@code null}
 * @param nameFa the Persian name attribute, or {@code null}
 * @param agency the agency attribute (executive boundaries), or {@code null}
 * @param status the status attribute (licences), or {@code null}
 */
record AttributeMapping(String id, String name, String nameFa, String agency, String status) {

	private static final List<String> IDS = List.of("id", "ID", "Id", "external_id", "code", "CODE", "fid", "FID");

	private static final List<String> NAMES = List.of("name", "NAME", "Name", "name_en", "NAME_EN", "title");

	private static final List<String> PERSIAN_NAMES = List.of("name_fa", "NAME_FA", "nam_fa", "name_fa_ir");

	/**
	 * @throws CadastreProblem 400 when a field asked for by parameter is not in the file
	 */
	static AttributeMapping of(List<String> attributes, String idField, String nameField) {
		return new AttributeMapping(chosen(attributes, idField, IDS, "idField"),
				chosen(attributes, nameField, NAMES, "nameField"), chosen(attributes, null, PERSIAN_NAMES, null),
				chosen(attributes, null, List.of("agency", "AGENCY"), null),
				chosen(attributes, null, List.of("status", "STATUS"), null));
	}

	private static String chosen(List<String> attributes, String asked, List<String> usual, String parameter) {
		if (asked != null) {
			if (attributes.contains(asked)) {
				return asked;
			}
			// Typed on another keyboard (كد for کد), it names the one attribute
			// whose name has the same key.
			List<String> named = attributes.stream().filter((a) -> Names.key(a).equals(Names.key(asked))).toList();
			if (named.size() != 1) {
				throw new CadastreProblem(HttpStatus.BAD_REQUEST, "unknown-attribute", "Unknown attribute",
						Text.of("{0}={1} is not an attribute of the file; it has {2}.", parameter, asked, attributes));
			}
			return named.get(0);
		}
		return usual.stream().filter(attributes::contains).findFirst().orElse(null);
	}

	String text(Map<String, Object> attributes, String field) {
		Object value = (field != null) ? attributes.get(field) : null;
		if (value instanceof Double number && number == Math.rint(number)) {
			return Long.toString(number.longValue());
		}
		return (value != null) ? value.toString() : null;
	}

}
