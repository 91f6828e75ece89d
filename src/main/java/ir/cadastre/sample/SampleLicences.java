package ir.cadastre.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ir.cadastre.calendar.SolarHijri;
import ir.cadastre.licence.LicenceRegistrations;
import ir.cadastre.licence.LicenceView;
import ir.cadastre.licence.LicenceWarnings;
import ir.cadastre.licence.RegistrationRequest;
import ir.cadastre.licence.WarningRequest;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sample licences enter the register as the old cadastre's licences would: the demo
 * officer registers each, held in turn by the two demo applicants, with terms that run
 * from the day the sample is loaded (a certificate with two months of priority left, an
 * exploitation licence in its seventh year of twenty, a permit with nine months to go),
 * and one exploitation licence's holder is warned to fulfil an obligation (Art. 20).
 */
@Component
class SampleLicences {

	/** The sample's {@code kind} property, as the register's licence types. */
	private static final Map<String, String> TYPES = Map.of("EXPLORATION_LICENCE", "EXPLORATION",
			"DISCOVERY_CERTIFICATE", "DISCOVERY_CERTIFICATE", "EXPLOITATION_LICENCE", "EXPLOITATION",
			"WITHDRAWAL_PERMIT", "WITHDRAWAL_PERMIT");

	private static final List<String> HOLDERS = List.of("applicant1", "applicant2");

	private final JdbcClient db;

	private final LicenceRegistrations registrations;

	private final LicenceWarnings warnings;

	SampleLicences(JdbcClient db, LicenceRegistrations registrations, LicenceWarnings warnings) {
		this.db = db;
		this.registrations = registrations;
		this.warnings = warnings;
	}

	/**
	 * Registers every sample licence not yet in the register; the first time, the demo
	 * officer also warns the holder of one exploitation licence (Art. 20).
	 */
	void register() {
		LocalDate today = this.db.sql("SELECT (cadastre_now() AT TIME ZONE 'Asia/Tehran')::date")
			.query(LocalDate.class)
			.single();
		List<Map<String, Object>> features = this.db.sql("""
				SELECT f.id, f.properties->>'kind' AS kind, f.properties->>'mineral' AS mineral
				FROM feature f
				WHERE f.layer_id = 'licences' AND f.retired_in IS NULL AND f.properties->>'synthetic' = 'true'
				  AND NOT EXISTS (SELECT FROM licence l WHERE l.feature_id = f.id)
				ORDER BY f.external_id
				""").query().listOfRows();
		LicenceView warned = null;
		for (int i = 0; i < features.size(); i++) {
			Map<String, Object> feature = features.get(i);
			String type = TYPES.get((String) feature.get("kind"));
			LicenceView registered = this.registrations.register(request(((Number) feature.get("id")).longValue(),
					HOLDERS.get(i % 2), type, (String) feature.get("mineral"), today), "officer");
			if (warned == null && "EXPLOITATION".equals(type) && "applicant1".equals(registered.holder())) {
				warned = registered;
			}
		}
		if (warned != null) {
			this.warnings.warn(warned.id(),
					new WarningRequest(
							"Submit the production report of the past year, with the tonnage extracted and its grade",
							30),
					"officer");
		}
	}

	private static RegistrationRequest request(long feature, String holder, String type, String mineral,
			LocalDate today) {
		return switch (type) {
			case "DISCOVERY_CERTIFICATE" -> {
				LocalDate issued = SolarHijri.monthsAfter(today, -10);
				yield new RegistrationRequest(feature, null, holder, type, mineral, issued.toString(),
						SolarHijri.monthsAfter(issued, 12).toString(), null, "synthetic reserve", null, null);
			}
			case "EXPLOITATION" -> {
				LocalDate issued = SolarHijri.monthsAfter(today, -12 * 6);
				yield new RegistrationRequest(feature, null, holder, type, mineral, issued.toString(),
						SolarHijri.monthsAfter(issued, 12 * 20).toString(), 20, null, null, null);
			}
			case "WITHDRAWAL_PERMIT" -> {
				LocalDate issued = SolarHijri.monthsAfter(today, -3);
				yield new RegistrationRequest(feature, null, holder, type, mineral, issued.toString(),
						SolarHijri.monthsAfter(issued, 12).toString(), null, null, null, null);
			}
			default -> new RegistrationRequest(feature, null, holder, type, mineral,
					SolarHijri.monthsAfter(today, -12).toString(), null, null, null, null, null);
		};
	}

}
