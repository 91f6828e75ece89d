package ir.cadastre.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.stereotype.Component;

/**
 * How a scheduled job's failure is logged (the sweeping job, tile truncation, e-mail,
 * audit anchors). Each runs again at its next time by itself, so a database out of reach
 * is one warning line a run, not a stack trace a minute for as long as the outage lasts;
 * any other failure is logged whole, as before.
 */
@Component
class JobFailures implements ThreadPoolTaskSchedulerCustomizer {

	private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

	@Override
	public void customize(ThreadPoolTaskScheduler scheduler) {
		scheduler.setErrorHandler((failure) -> {
			if (DatabaseOutage.caused(failure)) {
				log.warn("A scheduled job could not reach the database and runs again at its next time: {}",
						failure.getMessage());
			}
			else {
				log.error("A scheduled job failed", failure);
			}
		});
	}

}
