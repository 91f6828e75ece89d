package ir.cadastre.sample;

/**
 * {@code forests}: the Hyrcanian (Caspian) forests on the northern slopes of the Alborz,
 * elongated east–west between the coast and the crest, and two Zagros oak forests.
 */
final class Forests {

	private Forests() {
	}

	static SampleLayer build(Siting siting) {
		NaturalFeatures forests = new NaturalFeatures(siting);
		hyrcanian(forests, "FO-001", "Asalem", "اسالم", new NaturalArea(48.80, 37.72, 180, 3.0, 80, 900, 0));
		hyrcanian(forests, "FO-002", "Shafarud", "شفارود", new NaturalArea(49.08, 37.33, 160, 2.5, 55, 800, 0));
		hyrcanian(forests, "FO-003", "Siahkal", "سیاهکل", new NaturalArea(49.85, 36.98, 150, 3.0, 10, 1200, 1));
		hyrcanian(forests, "FO-004", "Amlash", "املش", new NaturalArea(50.22, 36.86, 120, 3.0, -5, 700, 0));
		hyrcanian(forests, "FO-005", "Safarud (Ramsar)", "صفارود رامسر",
				new NaturalArea(50.62, 36.74, 140, 3.5, -15, 1500, 0));
		hyrcanian(forests, "FO-006", "Dohezar (Tonekabon)", "دوهزار تنکابن",
				new NaturalArea(50.98, 36.57, 150, 3.5, -10, 1800, 1));
		hyrcanian(forests, "FO-007", "Kheyrud", "خیرود", new NaturalArea(51.52, 36.50, 110, 3.5, 0, 2500, 0));
		hyrcanian(forests, "FO-008", "Chamestan", "چمستان", new NaturalArea(52.02, 36.38, 160, 3.5, 5, 1600, 0));
		hyrcanian(forests, "FO-009", "Vaz", "واز", new NaturalArea(52.58, 36.36, 170, 3.5, 5, 1400, 0));
		hyrcanian(forests, "FO-010", "Darabkola", "دارابکلا", new NaturalArea(53.15, 36.45, 180, 3.5, 5, 2000, 1));
		hyrcanian(forests, "FO-011", "Hezarjarib", "هزارجریب", new NaturalArea(53.70, 36.52, 220, 3.5, 10, 3000, 0));
		hyrcanian(forests, "FO-012", "Shastkola", "شصت‌کلا", new NaturalArea(54.40, 36.72, 200, 3.0, 15, 2200, 0));
		hyrcanian(forests, "FO-013", "Loveh", "لوه", new NaturalArea(55.42, 37.22, 250, 3.0, 20, 2600, 1),
				new NaturalArea(55.10, 37.02, 60, 2.0, 20, 500, 0));
		forests.add("FO-014", "Lorestan oak forest (synthetic)", "جنگل بلوط لرستان (مصنوعی)",
				new NaturalArea(48.05, 33.35, 600, 2.5, -40, 2500, 2));
		forests.add("FO-015", "Kohgiluyeh oak forest (synthetic)", "جنگل بلوط کهگیلویه (مصنوعی)",
				new NaturalArea(50.85, 31.05, 500, 2.5, -40, 2200, 1));
		return new SampleLayer("forests", forests.features());
	}

	private static void hyrcanian(NaturalFeatures forests, String id, String name, String nameFa,
			NaturalArea... parts) {
		forests.add(id, name + " forest (synthetic)", "جنگل " + nameFa + " (مصنوعی)", parts);
	}

}
