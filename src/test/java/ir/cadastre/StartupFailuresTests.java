package ir.cadastre;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
