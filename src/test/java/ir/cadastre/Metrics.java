package ir.cadastre;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's metrics as the operators' Prometheus reads them
 * ({@code /actuator/prometheus}, as the GIS administrator).
 */
public final class Metrics {

	private final String scrape;

	private Metrics(String scrape) {
		this.scrape = scrape;
	}

	public static Metrics read(Api api) {
		Api.Response scraped = api.get("/actuator/prometheus", Fixtures.GIS_ADMIN);
		assertThat(scraped.status()).as("%s", scraped).isEqualTo(200);
		return new Metrics(scraped.body());
	}

	/**
	 * The value of a series: the sample named so whose labels include these (name, value,
	 * name, value …); 0 when there is none yet.
	 */
	public double value(String name, String... labels) {
		return this.scrape.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.filter((line) -> hasLabels(line, labels))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElse(0);
	}

	/** The samples of a metric, each line as scraped. */
	public List<String> samples(String name) {
		return this.scrape.lines().filter((line) -> line.startsWith(name + "{")).toList();
	}

	private static boolean hasLabels(String line, String... labels) {
		for (int i = 0; i < labels.length; i += 2) {
			if (!line.contains(labels[i] + "=\"" + labels[i + 1] + "\"")) {
				return false;
			}
		}
		return true;
	}

}
