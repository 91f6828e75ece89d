package ir.cadastre.overlap;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The overlap rules, under {@code cadastre.overlap.*}.
 *
 * @param sliverM2 an overlap of this many m² or fewer is a sliver of drawing, not a
 * collision (DESIGN §3); the overlap check, an inquiry's answer, an activity report and a
 * layer import's findings all judge by it (0 or more: {@code SettingRanges} refuses to
 * start otherwise)
 */
@ConfigurationProperties("cadastre.overlap")
public record OverlapProperties(@DefaultValue("1.0") double sliverM2) {

}
