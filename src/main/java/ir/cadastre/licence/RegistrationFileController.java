package ir.cadastre.licence;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import ir.cadastre.security.CadastreUser;
import ir.cadastre.web.BooleanFilter;
import ir.cadastre.web.FormFile;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/licences/registrations}: the old cadastre's register, a licence per
 * row of a spreadsheet, entered at once (MINISTRY_OFFICER); with {@code dryRun=true}
 * checked only; with {@code newHolders=true} recording the holders who are not yet users
 * as applicants. Either way the answer is 200 with each row's outcome.
 */
@RestController
class RegistrationFileController {

	private final RegistrationFiles files;

	RegistrationFileController(RegistrationFiles files) {
		this.files = files;
	}

	@PostMapping(path = "/api/v1/licences/registrations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	RegistrationReport register(@RequestPart("file") List<MultipartFile> files,
			@RequestParam(required = false) String dryRun, @RequestParam(required = false) String newHolders,
			@AuthenticationPrincipal CadastreUser officer, Locale locale) throws IOException {
		MultipartFile file = FormFile.only("file", files);
		boolean checkOnly = Boolean.TRUE.equals(BooleanFilter.of("dryRun", dryRun));
		boolean recordHolders = Boolean.TRUE.equals(BooleanFilter.of("newHolders", newHolders));
		RegistrationFile.checkSize(file.getSize());
		return this.files.register(file.getBytes(), officer.username(), checkOnly, recordHolders, locale);
	}

}
