package ir.cadastre.layer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Layers, under {@code cadastre.layers.*};
 * {@code cadastre.layers.findings-sweep-interval} is read by {@link FindingRetention}'s
 * schedule itself.
 *
 * @param findingsKeptDays how long an import's findings are kept after it (at least 1:
 * {@code SettingRanges} refuses to start otherwise)
 */
@ConfigurationProperties("cadastre.layers")
record LayerProperties(@DefaultValue("365") int findingsKeptDays) {

}
