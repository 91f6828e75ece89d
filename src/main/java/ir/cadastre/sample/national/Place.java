package ir.cadastre.sample.national;

import java.util.List;
import java.util.Random;

/**
 * A real town that synthetic features cluster around and are named after: the provincial
 * capitals and a few mining towns, at their approximate positions.
 *
 * @param name the English name
 * @param nameFa the Persian name
 * @param lon degrees east
 * @param lat degrees north
 */
record Place(String name, String nameFa, double lon, double lat) {

	static final List<Place> ALL = List.of(new Place("Tehran", "تهران", 51.39, 35.69),
			new Place("Mashhad", "مشهد", 59.60, 36.30), new Place("Isfahan", "اصفهان", 51.67, 32.65),
			new Place("Tabriz", "تبریز", 46.29, 38.08), new Place("Shiraz", "شیراز", 52.53, 29.59),
			new Place("Ahvaz", "اهواز", 48.67, 31.32), new Place("Kerman", "کرمان", 57.08, 30.28),
			new Place("Yazd", "یزد", 54.37, 31.90), new Place("Kermanshah", "کرمانشاه", 47.07, 34.31),
			new Place("Urmia", "ارومیه", 45.07, 37.55), new Place("Rasht", "رشت", 49.58, 37.28),
			new Place("Zahedan", "زاهدان", 60.86, 29.50), new Place("Hamadan", "همدان", 48.51, 34.80),
			new Place("Arak", "اراک", 49.69, 34.09), new Place("Ardabil", "اردبیل", 48.29, 38.25),
			new Place("Bandar Abbas", "بندرعباس", 56.27, 27.18), new Place("Qazvin", "قزوین", 50.00, 36.27),
			new Place("Zanjan", "زنجان", 48.48, 36.67), new Place("Sanandaj", "سنندج", 47.00, 35.31),
			new Place("Khorramabad", "خرم‌آباد", 48.36, 33.49), new Place("Gorgan", "گرگان", 54.43, 36.84),
			new Place("Sari", "ساری", 53.06, 36.56), new Place("Bushehr", "بوشهر", 50.84, 28.97),
			new Place("Birjand", "بیرجند", 59.21, 32.87), new Place("Bojnurd", "بجنورد", 57.33, 37.47),
			new Place("Semnan", "سمنان", 53.39, 35.58), new Place("Ilam", "ایلام", 46.42, 33.64),
			new Place("Yasuj", "یاسوج", 51.59, 30.67), new Place("Shahrekord", "شهرکرد", 50.86, 32.33),
			new Place("Qom", "قم", 50.88, 34.64), new Place("Karaj", "کرج", 50.99, 35.83),
			new Place("Bafq", "بافق", 55.40, 31.60), new Place("Sirjan", "سیرجان", 55.68, 29.45),
			new Place("Tabas", "طبس", 56.92, 33.60), new Place("Anarak", "انارک", 53.70, 33.31));

	/** A place drawn at random, each as likely as the others. */
	static Place any(Random random) {
		return ALL.get(random.nextInt(ALL.size()));
	}

	/** The place nearest to a point, for naming a feature there. */
	static Place nearest(double lon, double lat) {
		Place nearest = ALL.get(0);
		double best = Double.MAX_VALUE;
		for (Place place : ALL) {
			double distance = LocalFrame.distanceKm(lon, lat, place.lon, place.lat);
			if (distance < best) {
				best = distance;
				nearest = place;
			}
		}
		return nearest;
	}

}
