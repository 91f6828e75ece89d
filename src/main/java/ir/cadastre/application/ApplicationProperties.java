package ir.cadastre.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Applications, under {@code cadastre.applications.*}.
 *
 * @param claimLocks take claim locks before checking for earlier claims; only the race
 * tests turn this off, to show that the race is then lost
 * @param withdrawalPermitMaxMonths the longest a withdrawal permit is granted for (Art.
 * 13: a limited permit; the law leaves the limit to the ministry)
 */
@ConfigurationProperties("cadastre.applications")
record ApplicationProperties(@DefaultValue("true") boolean claimLocks,
		@DefaultValue("24") int withdrawalPermitMaxMonths) {

}
