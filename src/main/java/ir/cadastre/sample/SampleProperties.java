package ir.cadastre.sample;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sample data, under {@code cadastre.*}.
 *
 * @param sampleData load the sample layers and demo users into an empty database
 * @param sampleDataDir where the sample layers are
 * @param demoPassword the demo users' password (required when sample data is on)
 * @param sampleApplications with the sample data, submit the demo applications and answer
 * some of their inquiries ({@link SampleApplications})
 */
@ConfigurationProperties("cadastre")
record SampleProperties(@DefaultValue("false") boolean sampleData, @DefaultValue("gis-data/sample") Path sampleDataDir,
		String demoPassword, @DefaultValue("true") boolean sampleApplications) {

}
