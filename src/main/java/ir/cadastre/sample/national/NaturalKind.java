package ir.cadastre.sample.national;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Envelope;

/**
 * The two layers of natural areas, where their features go and what they are called.
 */
enum NaturalKind {

	PROTECTED_AREAS("protected_areas", "PA-"), FORESTS("forests", "FO-");

	private static final List<String> PROTECTED_CATEGORIES = List.of("national_park", "wildlife_refuge",
			"protected_area", "natural_monument");

	private static final Map<String, String[]> NAMES = Map.of("national_park",
			new String[] { "national park", "پارک ملی" }, "wildlife_refuge",
			new String[] { "wildlife refuge", "پناهگاه حیات وحش" }, "protected_area",
			new String[] { "protected area", "منطقه حفاظت شده" }, "natural_monument",
			new String[] { "natural monument", "اثر طبیعی ملی" }, "hyrcanian",
			new String[] { "Hyrcanian forest", "جنگل هیرکانی" }, "zagros",
			new String[] { "Zagros oak forest", "جنگل بلوط زاگرس" }, "irano_turanian",
			new String[] { "woodland", "جنگل ایرانی-تورانی" });

	private final String layer;

	private final String prefix;

	NaturalKind(String layer, String prefix) {
		this.layer = layer;
		this.prefix = prefix;
	}

	String layer() {
		return this.layer;
	}

	String prefix() {
		return this.prefix;
	}

	/** Where a feature is first tried: forests along the Caspian and in the Zagros. */
	Region region(Random random) {
		if (this == PROTECTED_AREAS) {
			return Region.ANYWHERE;
		}
		double draw = random.nextDouble();
		return (draw < 0.45) ? Region.HYRCANIAN : (draw < 0.9) ? Region.ZAGROS : Region.ANYWHERE;
	}

	/** The {@code category} attribute: a designation, or a forest's region. */
	String category(Region region, int number) {
		if (this == PROTECTED_AREAS) {
			return PROTECTED_CATEGORIES.get(number % PROTECTED_CATEGORIES.size());
		}
		return switch (region) {
			case HYRCANIAN -> "hyrcanian";
			case ZAGROS -> "zagros";
			case ANYWHERE -> "irano_turanian";
		};
	}

	static String english(String category) {
		return NAMES.get(category)[0];
	}

	static String persian(String category) {
		return NAMES.get(category)[1];
	}

	/**
	 * A box features are tried in, and the shape they take there: Hyrcanian forests long
	 * east–west between the Caspian and the Alborz, Zagros forests along the range's
	 * north-west–south-east grain.
	 */
	enum Region {

		ANYWHERE(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 1, 2.5, 0, 180),
		HYRCANIAN(49.0, 56.0, 36.3, 37.6, 2.5, 4, -10, 10), ZAGROS(46.0, 51.5, 30.5, 35.0, 1.5, 3, 125, 145);

		private final double west;

		private final double east;

		private final double south;

		private final double north;

		private final double minAspect;

		private final double maxAspect;

		private final double minRotation;

		private final double maxRotation;

		Region(double west, double east, double south, double north, double minAspect, double maxAspect,
				double minRotation, double maxRotation) {
			this.west = west;
			this.east = east;
			this.south = south;
			this.north = north;
			this.minAspect = minAspect;
			this.maxAspect = maxAspect;
			this.minRotation = minRotation;
			this.maxRotation = maxRotation;
		}

		double aspect(Random random) {
			return this.minAspect + (this.maxAspect - this.minAspect) * random.nextDouble();
		}

		double rotation(Random random) {
			return this.minRotation + (this.maxRotation - this.minRotation) * random.nextDouble();
		}

		/** A longitude in the box, or in Iran's envelope for {@link #ANYWHERE}. */
		double lon(Random random, Envelope iran) {
			double low = (this == ANYWHERE) ? iran.getMinX() : this.west;
			double high = (this == ANYWHERE) ? iran.getMaxX() : this.east;
			return low + (high - low) * random.nextDouble();
		}

		double lat(Random random, Envelope iran) {
			double low = (this == ANYWHERE) ? iran.getMinY() : this.south;
			double high = (this == ANYWHERE) ? iran.getMaxY() : this.north;
			return low + (high - low) * random.nextDouble();
		}

	}

}
