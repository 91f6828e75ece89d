package ir.cadastre.inquiry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cadastre.inquiries.*}; {@code cadastre.inquiries.sweep-interval} (how often the
 * job stores deemed consents and warnings) is read by the job's schedule itself.
 *
 * @param warningDays reviewers are warned when a window has this many days left or fewer
 * @param sweepBatch applications claimed per transaction by the job (both at least 1:
 * {@code SettingRanges} refuses to start otherwise)
 */
@ConfigurationProperties("cadastre.inquiries")
public record InquiryProperties(@DefaultValue("14") int warningDays, @DefaultValue("200") int sweepBatch) {

}
