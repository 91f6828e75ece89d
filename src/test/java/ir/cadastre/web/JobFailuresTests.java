package ir.cadastre.web;

import java.sql.SQLTransientConnectionException;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.scheduling.TaskScheduler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scheduled job that finds the database out of reach (the sweeping job during an
 * outage) leaves one warning line in the log, not a stack trace each run.
 */
@CadastreTest
@ExtendWith(OutputCaptureExtension.class)
class JobFailuresTests {

	@Autowired
	private TaskScheduler scheduler;

	@Test
	void aJobWithoutTheDatabaseLogsOneLine(CapturedOutput output) throws InterruptedException {
		CountDownLatch ran = new CountDownLatch(1);
		this.scheduler.schedule(() -> {
			ran.countDown();
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException("HikariPool-1 - Connection is not available", "08001"));
		}, Instant.now());
		assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
		Thread.sleep(500);
		assertThat(output).contains("could not reach the database").contains("Failed to obtain JDBC Connection");
		assertThat(output.toString().lines().filter((line) -> line.startsWith("\tat "))).isEmpty();
	}

}
