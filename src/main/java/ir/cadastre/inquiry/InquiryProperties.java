package ir.cadastre.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cadastre.inquiries.*}; {@code cadastre.inquiries.sweep-interval} (how often the
 * job stores deemed consents and warnings) is read by the job's schedule itself.
 *
 * @param warningDays reviewers are warned when a window has this many days left or fewer
 * @param sweepBatch applications claimed per transaction by the job
 */
@ConfigurationProperties("cadastre.inquiries")
public record InquiryProperties(int warningDays, int sweepBatch) {

	public InquiryProperties {
		warningDays = (warningDays > 0) ? warningDays : 14;
		sweepBatch = (sweepBatch > 0) ? sweepBatch : 200;
	}

}
