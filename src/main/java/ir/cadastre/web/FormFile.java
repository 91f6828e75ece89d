package ir.cadastre.web;

import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * The one file a form's field holds. A form may send several files under one name (a
 * browser's {@code multiple} input, a script's repeated {@code -F file=@…}); Spring then
 * hands a single-file parameter the first and drops the rest without a word, so the user
 * would believe every file was read. Endpoints that take one file take the list and ask
 * here for it.
 */
public final class FormFile {

	private FormFile() {
	}

	/**
	 * @param field the form field, as the refusal names it
	 * @param files what the field holds: never empty, as Spring refuses a missing part
	 * @return its only file
	 * @throws CadastreProblem 400 {@code invalid-parameter} naming the field when it
	 * holds more than one
	 */
	public static MultipartFile only(String field, List<MultipartFile> files) {
		if (files.size() != 1) {
			throw CadastreProblem.invalidParameter(field,
					Text.of("The form sends {0} files in '{1}'; it takes one file there: send each file on its own.",
							files.size(), field));
		}
		return files.get(0);
	}

}
