package ir.cadastre.web;

import java.nio.charset.StandardCharsets;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number or a day in a query or a path, typed as people in Iran type it (Persian or
 * Arabic-Indic digits, the Persian decimal separator, a direction mark pasted with it),
 * is read as the same number or day typed in Latin digits.
 */
@CadastreTest
class DigitsTests extends ApiTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					/api/v1/inquiries/by-agency?from=۲۰۲۵-۰۱-۰۱&to=٢٠٢٦-٠١-٠١  | /api/v1/inquiries/by-agency?from=2025-01-01&to=2026-01-01
					/api/v1/layers/forests/features?bbox=۴۴,۲۵,۶۳٫۵,۴۰         | /api/v1/layers/forests/features?bbox=44,25,63.5,40
					/api/v1/applications?pageSize=\u200F۵                      | /api/v1/applications?pageSize=5
					/api/v1/licences?page=۱\u200E&pageSize=۲                   | /api/v1/licences?page=1&pageSize=2
					/api/v1/layers/forests/features?limit=۲\u200F              | /api/v1/layers/forests/features?limit=2
					/api/v1/inquiries?dueWithinDays=\u200F۳۰                   | /api/v1/inquiries?dueWithinDays=30
					/api/v1/notifications?limit=۵\u200F                        | /api/v1/notifications?limit=5
					/api/v1/applications/by-receipt/۱۰۴۲\u200F                 | /api/v1/applications/by-receipt/1042
					/api/v1/licences/by-number/\u200F۷                         | /api/v1/licences/by-number/7
					""")
	void aNumberTypedInPersianIsReadAsTheSameNumber(String typed, String latin) {
		Api.Response expected = this.api.get(latin, Fixtures.OFFICER);
		Api.Response response = this.api.get(encoded(typed), Fixtures.OFFICER);
		assertThat(response.status()).as("%s", response).isEqualTo(expected.status());
		if (expected.isProblem()) {
			assertThat(response.json().get("type")).isEqualTo(expected.json().get("type"));
		}
		else {
			assertThat(response.body()).isEqualTo(expected.body());
		}
	}

	/**
	 * The path with every character outside ASCII percent-encoded, as a browser sends it.
	 */
	private static String encoded(String path) {
		StringBuilder encoded = new StringBuilder();
		path.codePoints().forEach((c) -> {
			if (c < 128) {
				encoded.appendCodePoint(c);
			}
			else {
				for (byte b : new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8)) {
					encoded.append('%').append(String.format("%02X", b & 0xFF));
				}
			}
		});
		return encoded.toString();
	}

}
