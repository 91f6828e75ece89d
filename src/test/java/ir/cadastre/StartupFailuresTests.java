package ir.cadastre;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A mistake of configuration at start is told in Spring Boot's short report, saying what
 * is wrong and what to set, and not in a hundred lines of stack trace.
 */
@ExtendWith({ PostgisRequired.class, OutputCaptureExtension.class })
class StartupFailuresTests {

	@Test
	void aDatabaseOutOfReachIsAShortReportNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--spring.datasource.url=jdbc:postgresql://localhost:1/cadastre"));
		checkShortReport(output);
		assertThat(output).contains("jdbc:postgresql://localhost:1/cadastre")
			.contains("Connection to localhost:1 refused")
			.contains("SPRING_DATASOURCE_URL");
	}

	@Test
	void aWrongPasswordIsAShortReportNamingTheUser(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--spring.datasource.password=not-the-password"));
		checkShortReport(output);
		assertThat(output).contains("password authentication failed").contains("SPRING_DATASOURCE_PASSWORD");
	}

	@Test
	void anIntervalThatIsNoDurationIsAShortReportNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--cadastre.inquiries.sweep-interval=every minute"));
		checkShortReport(output);
		assertThat(output).contains("'every minute' is not a valid duration").contains("PT1M");
	}

	@Test
	void aFixedClockThatIsNoInstantIsAShortReportNamingIt(CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--cadastre.clock.fixed=tomorrow"));
		checkShortReport(output);
		assertThat(output).contains("'tomorrow'").contains("CADASTRE_CLOCK_FIXED").contains("2026-12-07T08:00:00Z");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "cadastre.intake.min-area-m2=-5 | CADASTRE_MIN_AREA_M2",
					"cadastre.overlap.sliver-m2=-1 | CADASTRE_SLIVER_M2",
					"cadastre.inquiries.warning-days=-1 | CADASTRE_WARNING_DAYS",
					"cadastre.inquiries.warning-days=1.5 | CADASTRE_WARNING_DAYS",
					"cadastre.licences.warning-days=-3 | CADASTRE_LICENCE_WARNING_DAYS",
					"cadastre.layers.findings-kept-days=0 | CADASTRE_FINDINGS_KEPT_DAYS",
					"cadastre.applications.withdrawal-permit-max-months=0 | CADASTRE_WITHDRAWAL_PERMIT_MAX_MONTHS",
					"cadastre.intake.min-area-m2=lots | CADASTRE_MIN_AREA_M2", "cadastre.gzip=maybe | CADASTRE_GZIP",
					"cadastre.notifications.email.enabled=yes | CADASTRE_EMAIL_ENABLED" })
	void aSettingOutOfItsRangeIsAShortReportNamingIt(String setting, String variable, CapturedOutput output) {
		assertThatException().isThrownBy(() -> start("--" + setting));
		checkShortReport(output);
		assertThat(output).contains(variable).contains("'" + setting.substring(setting.indexOf('=') + 1) + "'");
	}

	private static void start(String setting) {
		SpringApplication application = new SpringApplication(CadastreApplication.class);
		application.setAdditionalProfiles("test");
		application.run("--server.port=0", "--spring.main.banner-mode=off", setting).close();
	}

	private static void checkShortReport(CapturedOutput output) {
		assertThat(output).contains("APPLICATION FAILED TO START");
		assertThat(output.toString().lines().filter((line) -> line.startsWith("\tat "))).isEmpty();
	}

}
