package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code licences}: active licences, certificates and permits near real mining districts.
 * Their outlines are what a cadastre holds: quadrilaterals and a few notched polygons of
 * 1–50 km², never overlapping each other (first come, first served).
 */
final class Licences {

	private Licences() {
	}

	static SampleLayer build(Siting siting) {
		Licence[] licences = {
				new Licence("Sarcheshmeh", "سرچشمه", 55.87, 29.95, "EXPLOITATION_LICENCE", "copper", 6.0, 5.0, 10),
				new Licence("Sarcheshmeh north", "شمال سرچشمه", 55.86, 30.03, "EXPLORATION_LICENCE", "copper", 5.0, 3.0,
						-5),
				new Licence("Sarcheshmeh east", "شرق سرچشمه", 55.95, 29.94, "DISCOVERY_CERTIFICATE", "copper", 2.5, 2.0,
						0),
				new Licence("Gol-e-Gohar", "گل‌گهر", 55.30, 29.10, "EXPLOITATION_LICENCE", "iron_ore", 7.0, 4.0, 20),
				new Licence("Gol-e-Gohar west", "غرب گل‌گهر", 55.21, 29.09, "EXPLORATION_LICENCE", "iron_ore", 4.0, 6.0,
						0),
				new Licence("Gol-e-Gohar south", "جنوب گل‌گهر", 55.31, 29.04, "WITHDRAWAL_PERMIT", "iron_ore", 1.2, 1.0,
						0),
				new Licence("Chadormalu", "چادرملو", 55.50, 32.30, "EXPLOITATION_LICENCE", "iron_ore", 4.0, 3.0, -15),
				new Licence("Chadormalu south", "جنوب چادرملو", 55.52, 32.22, "EXPLORATION_LICENCE", "iron_ore", 6.0,
						4.0, 0),
				new Licence("Angouran", "انگوران", 47.40, 36.60, "EXPLOITATION_LICENCE", "lead_zinc", 3.0, 2.5, 30),
				new Licence("Angouran east", "شرق انگوران", 47.46, 36.61, "DISCOVERY_CERTIFICATE", "lead_zinc", 2.0,
						1.5, 0),
				new Licence("Sungun", "سونگون", 46.70, 38.70, "EXPLOITATION_LICENCE", "copper", 4.0, 3.0, 0),
				new Licence("Sungun south", "جنوب سونگون", 46.71, 38.64, "EXPLORATION_LICENCE", "copper", 5.0, 3.5, 10),
				new Licence("Mouteh", "موته", 50.60, 33.60, "EXPLOITATION_LICENCE", "gold", 3.5, 3.0, -20),
				new Licence("Mouteh north", "شمال موته", 50.58, 33.67, "EXPLORATION_LICENCE", "gold", 6.0, 4.0, 0),
				new Licence("Zarshuran", "زرشوران", 47.13, 36.72, "EXPLORATION_LICENCE", "gold", 3.0, 2.0, 15) };
		List<SampleFeature> features = new ArrayList<>();
		for (Licence licence : licences) {
			String id = String.format("LIC-%03d", features.size() + 1);
			Random random = NaturalFeatures.random(id);
			Optional<MultiPolygon> sited = siting.fit(licence.outline(random, siting.factory()));
			if (sited.isEmpty()) {
				throw new IllegalStateException(id + " does not fit");
			}
			Map<String, String> attributes = new LinkedHashMap<>();
			attributes.put("status", "ACTIVE");
			attributes.put("kind", licence.kind());
			attributes.put("mineral", licence.mineral());
			features.add(new SampleFeature(id, licence.nameEn(), licence.nameFaFull(), attributes, sited.get()));
		}
		return new SampleLayer("licences", features);
	}

	private record Licence(String place, String placeFa, double lon, double lat, String kind, String mineral,
			double widthKm, double heightKm, double rotationDegrees) {

		String nameEn() {
			String title = switch (this.kind) {
				case "EXPLORATION_LICENCE" -> "exploration licence";
				case "DISCOVERY_CERTIFICATE" -> "discovery certificate";
				case "EXPLOITATION_LICENCE" -> "exploitation licence";
				default -> "withdrawal permit";
			};
			String mineralEn = switch (this.mineral) {
				case "iron_ore" -> "iron ore";
				case "lead_zinc" -> "lead-zinc";
				default -> this.mineral;
			};
			return this.place + " " + mineralEn + " " + title + " (synthetic)";
		}

		String nameFaFull() {
			String title = switch (this.kind) {
				case "EXPLORATION_LICENCE" -> "پروانه اکتشاف";
				case "DISCOVERY_CERTIFICATE" -> "گواهی کشف";
				case "EXPLOITATION_LICENCE" -> "پروانه بهره‌برداری";
				default -> "مجوز برداشت";
			};
			String mineralFa = switch (this.mineral) {
				case "copper" -> "مس";
				case "iron_ore" -> "سنگ آهن";
				case "gold" -> "طلا";
				default -> "سرب و روی";
			};
			return title + " " + mineralFa + " " + this.placeFa + " (مصنوعی)";
		}

		/**
		 * A rotated rectangle with corners moved a little; the larger ones lose a corner
		 * notch.
		 */
		Polygon outline(Random random, GeometryFactory factory) {
			double w = this.widthKm / 2;
			double h = this.heightKm / 2;
			List<Coordinate> corners = new ArrayList<>(List.of(new Coordinate(-w, -h), new Coordinate(w, -h),
					new Coordinate(w, h), new Coordinate(-w, h)));
			if (this.widthKm * this.heightKm > 15) {
				corners.set(2, new Coordinate(w, 0.3 * h));
				corners.add(3, new Coordinate(0.4 * w, 0.3 * h));
				corners.add(4, new Coordinate(0.4 * w, h));
			}
			double angle = StrictMath.toRadians(this.rotationDegrees);
			Coordinate[] ring = new Coordinate[corners.size() + 1];
			for (int i = 0; i < corners.size(); i++) {
				double x = corners.get(i).x + 0.08 * w * (2 * random.nextDouble() - 1);
				double y = corners.get(i).y + 0.08 * h * (2 * random.nextDouble() - 1);
				ring[i] = new Coordinate(x * StrictMath.cos(angle) - y * StrictMath.sin(angle),
						x * StrictMath.sin(angle) + y * StrictMath.cos(angle));
			}
			ring[corners.size()] = ring[0].copy();
			return (Polygon) new LocalFrame(this.lon, this.lat).toDegrees(factory.createPolygon(ring));
		}

	}

}
