package ir.cadastre;

import java.util.List;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The numbers and switches of the Configuration table, checked before anything is built:
 * a negative sliver or minimum area, a warning of -1 days or a withdrawal permit of at
 * most 0 months did not stop the service but quietly changed what the rules decide, and
 * {@code CADASTRE_GZIP=maybe} turned compression off. A value out of its range is a
 * {@link Misconfiguration} naming the setting, its variable and the range. (The heavy
 * requests' and GeoServer's settings check themselves as they are bound.)
 */
@Component
class SettingRanges implements BeanFactoryPostProcessor, EnvironmentAware {

	/**
	 * A number setting and the least value it takes.
	 *
	 * @param variable the environment variable that sets it, or {@code null}
	 * @param unit what it counts, as the refusal says it
	 * @param whole whether it is a whole number (read as an {@code int})
	 */
	private record Range(String property, String variable, long least, String unit, boolean whole) {

		boolean holds(String value) {
			try {
				double number = this.whole ? Integer.parseInt(value) : Double.parseDouble(value);
				return number >= this.least && Double.isFinite(number);
			}
			catch (NumberFormatException ex) {
				return false;
			}
		}

	}

	private static final List<Range> NUMBERS = List.of(
			new Range("cadastre.intake.min-area-m2", "CADASTRE_MIN_AREA_M2", 0, "square metres", false),
			new Range("cadastre.intake.max-vertices", null, 4, "vertices", true),
			new Range("cadastre.intake.max-holes", null, 0, "holes", true),
			new Range("cadastre.intake.max-parts", null, 1, "parts", true),
			new Range("cadastre.intake.sliver-width-m", null, 0, "metres", false),
			new Range("cadastre.overlap.sliver-m2", "CADASTRE_SLIVER_M2", 0, "square metres", false),
			new Range("cadastre.inquiries.warning-days", "CADASTRE_WARNING_DAYS", 1, "days", true),
			new Range("cadastre.inquiries.sweep-batch", null, 1, "applications", true),
			new Range("cadastre.licences.warning-days", "CADASTRE_LICENCE_WARNING_DAYS", 1, "days", true),
			new Range("cadastre.layers.findings-kept-days", "CADASTRE_FINDINGS_KEPT_DAYS", 1, "days", true),
			new Range("cadastre.applications.withdrawal-permit-max-months", "CADASTRE_WITHDRAWAL_PERMIT_MAX_MONTHS", 1,
					"months", true));

	/** A setting that is true or false, and the environment variable that sets it. */
	private record Switch(String property, String variable) {

	}

	private static final List<Switch> SWITCHES = List.of(new Switch("cadastre.gzip", "CADASTRE_GZIP"),
			new Switch("cadastre.sample-data", "CADASTRE_SAMPLE_DATA"),
			new Switch("cadastre.sample-applications", "CADASTRE_SAMPLE_APPLICATIONS"),
			new Switch("cadastre.notifications.email.enabled", "CADASTRE_EMAIL_ENABLED"),
			new Switch("cadastre.geoserver.publish-on-start", "CADASTRE_GEOSERVER_PUBLISH_ON_START"));

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		for (Range range : NUMBERS) {
			String value = this.environment.getProperty(range.property());
			if (value != null && !range.holds(value.strip())) {
				throw new Misconfiguration(named(range.property(), range.variable()) + " is '" + value + "'; it is "
						+ (range.whole() ? "a whole number of " : "a number of ") + range.unit() + ", " + range.least()
						+ " or more.");
			}
		}
		for (Switch setting : SWITCHES) {
			String value = this.environment.getProperty(setting.property());
			if (value != null && !value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
				throw new Misconfiguration(
						named(setting.property(), setting.variable()) + " is '" + value + "'; it is true or false.");
			}
		}
	}

	private static String named(String property, String variable) {
		return (variable != null) ? property + " (" + variable + ")" : property;
	}

}
