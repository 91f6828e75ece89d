package ir.cadastre.inquiry;

import ir.cadastre.CadastreTest;
import ir.cadastre.ApiTest;
import ir.cadastre.Fixtures;
import ir.cadastre.Metrics;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operators see each agency's open Article 24 inquiries, those whose window has
 * closed but that the sweeping job has not yet stored, and the job's runs and last
 * success.
 */
@CadastreTest
class OpenInquiriesTests extends ApiTest {

	private static final String SECOND_AREA = "POLYGON((55.3 32.3, 55.32 32.3, 55.32 32.32, 55.3 32.32, 55.3 32.3))";

	private static final String SECOND_PROTECTED = "POLYGON((55.29 32.29, 55.31 32.29, 55.31 32.33, 55.29 32.33, 55.29 32.29))";

	@Autowired
	private DeemedConsents deemedConsents;

	@Test
	@DisplayName("Art. 24: the open inquiries per agency, those left to sweep, and the sweeping job's runs")
	void article24_openAndOverdueInquiriesPerAgencyAndTheSweeps() throws InterruptedException {
		this.fixtures.feature("protected_areas", "Kavir", InquiryTests.PROTECTED);
		this.fixtures.feature("protected_areas", "Bafq", SECOND_PROTECTED);
		this.fixtures.application(this.api, Fixtures.APPLICANT, InquiryTests.AREA);
		String closed = this.fixtures.application(this.api, Fixtures.APPLICANT, SECOND_AREA)
			.get("inquiries")
			.get(0)
			.get("id")
			.stringValue();
		this.db.sql("UPDATE inquiry SET deadline = cadastre_now() - interval '1 day' WHERE id = CAST(:id AS uuid)")
			.param("id", closed)
			.update();
		Thread.sleep(OpenInquiries.FRESH.toMillis() + 500);

		Metrics counted = Metrics.read(this.api);
		assertThat(counted.value("cadastre_inquiries_open", "agency", "doe")).isEqualTo(1);
		assertThat(counted.value("cadastre_inquiries_overdue", "agency", "doe")).isEqualTo(1);
		assertThat(counted.value("cadastre_inquiries_open", "agency", "frwo")).isZero();
		assertThat(counted.samples("cadastre_inquiries_overdue")).as("every agency, with or without inquiries")
			.anyMatch((sample) -> sample.contains("agency=\"agriculture\""));

		double sweeps = counted.value("cadastre_inquiries_sweeps_seconds_count", "outcome", "success");
		double deemed = counted.value("cadastre_inquiries_deemed_total");
		double before = System.currentTimeMillis() / 1000.0;
		assertThat(this.deemedConsents.sweep()).isEqualTo(1);
		double after = System.currentTimeMillis() / 1000.0;

		Metrics swept = Metrics.read(this.api);
		assertThat(swept.value("cadastre_inquiries_sweeps_seconds_count", "outcome", "success")).isEqualTo(sweeps + 1);
		assertThat(swept.value("cadastre_inquiries_deemed_total")).isEqualTo(deemed + 1);
		assertThat(swept.value("cadastre_inquiries_sweep_last_success_seconds")).isBetween(before, after);
	}

}
