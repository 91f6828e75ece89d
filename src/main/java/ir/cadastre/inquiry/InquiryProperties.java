package ir.cadastre.inquiry;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cadastre.inquiries.*}.
 *
 * @param warningDays reviewers are warned when a window has this many days left or fewer
 * @param sweepInterval how often the job stores deemed consents and warnings
 * @param sweepBatch applications claimed per transaction by the job
 */
@ConfigurationProperties("cadastre.inquiries")
public record InquiryProperties(int warningDays, Duration sweepInterval, int sweepBatch) {

	public InquiryProperties {
		warningDays = (warningDays > 0) ? warningDays : 14;
		sweepInterval = (sweepInterval != null) ? sweepInterval : Duration.ofMinutes(1);
		sweepBatch = (sweepBatch > 0) ? sweepBatch : 200;
	}

}
