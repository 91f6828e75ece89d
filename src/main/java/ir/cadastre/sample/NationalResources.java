package ir.cadastre.sample;

/**
 * {@code national_resources}: large rangelands on the plateau (Article 25's national and
 * natural resources). Some border or overlap protected areas and forests, as they do on
 * the ground; within this layer they never overlap.
 */
final class NationalResources {

	private NationalResources() {
	}

	static SampleLayer build(Siting siting) {
		NaturalFeatures rangelands = new NaturalFeatures(siting);
		rangeland(rangelands, "NR-001", "Semnan", "سمنان", new NaturalArea(53.45, 35.35, 3000, 2.0, 20, 4000, 2));
		// reaches into the east of Kavir National Park
		rangeland(rangelands, "NR-002", "Kavir fringe", "حاشیه کویر",
				new NaturalArea(52.62, 34.55, 2200, 1.8, -20, 3500, 1));
		rangeland(rangelands, "NR-003", "Touran", "توران", new NaturalArea(56.75, 35.45, 3500, 1.6, 10, 4500, 2));
		rangeland(rangelands, "NR-004", "Kerman", "کرمان", new NaturalArea(57.45, 30.75, 2800, 1.5, 60, 3000, 1));
		rangeland(rangelands, "NR-005", "Anar", "انار", new NaturalArea(55.20, 30.90, 2000, 2.2, 30, 2500, 0));
		rangeland(rangelands, "NR-006", "Torbat-e Heydarieh", "تربت حیدریه",
				new NaturalArea(59.30, 35.00, 4000, 1.7, 0, 5000, 3));
		rangeland(rangelands, "NR-007", "Birjand", "بیرجند", new NaturalArea(59.00, 32.60, 3500, 1.5, 80, 4000, 1));
		rangeland(rangelands, "NR-008", "Abadeh", "آباده", new NaturalArea(52.80, 31.15, 2500, 2.5, -45, 3000, 1));
		rangeland(rangelands, "NR-009", "Larestan", "لارستان", new NaturalArea(54.05, 27.80, 2400, 2.5, 10, 2500, 0));
		rangeland(rangelands, "NR-010", "Khash", "خاش", new NaturalArea(61.00, 28.30, 3000, 1.4, -30, 3500, 2),
				new NaturalArea(61.75, 27.95, 600, 1.5, 0, 1200, 0));
		return new SampleLayer("national_resources", rangelands.features());
	}

	private static void rangeland(NaturalFeatures rangelands, String id, String name, String nameFa,
			NaturalArea... parts) {
		rangelands.add(id, name + " rangeland (synthetic)", "مرتع " + nameFa + " (مصنوعی)", parts);
	}

}
