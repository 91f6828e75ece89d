package ir.cadastre.sample;

/**
 * {@code protected_areas}: national parks, wildlife refuges and protected areas of the
 * Department of Environment, drawn near the real ones with thousands of vertices each.
 * <p>
 * Kavir National Park carries over 120,000 vertices on purpose: it is the large polygon
 * of the overlap benchmark (subdivided constraint polygons, DESIGN §3).
 */
final class ProtectedAreas {

	private ProtectedAreas() {
	}

	static SampleLayer build(Siting siting) {
		NaturalFeatures parks = new NaturalFeatures(siting);
		parks.add("PA-001", "Golestan National Park (synthetic)", "پارک ملی گلستان (مصنوعی)",
				new NaturalArea(55.95, 37.38, 900, 2.2, 15, 9000, 2));
		parks.add("PA-002", "Kavir National Park (synthetic)", "پارک ملی کویر (مصنوعی)",
				new NaturalArea(52.0, 34.7, 4000, 1.6, -10, 124_000, 3));
		parks.add("PA-003", "Touran Wildlife Refuge (synthetic)", "پناهگاه حیات وحش توران (مصنوعی)",
				new NaturalArea(56.0, 35.8, 2500, 1.8, 5, 15_000, 3));
		parks.add("PA-004", "Bakhtegan National Park (synthetic)", "پارک ملی بختگان (مصنوعی)",
				new NaturalArea(53.62, 29.45, 320, 2.5, 20, 3500, 0),
				new NaturalArea(53.98, 29.3, 180, 2.0, -15, 2500, 1));
		parks.add("PA-005", "Khojir National Park (synthetic)", "پارک ملی خجیر (مصنوعی)",
				new NaturalArea(51.76, 35.66, 100, 1.4, 30, 2400, 0));
		parks.add("PA-006", "Arasbaran Protected Area (synthetic)", "منطقه حفاظت شده ارسباران (مصنوعی)",
				new NaturalArea(46.85, 38.8, 750, 2.0, 0, 7000, 1));
		parks.add("PA-007", "Dena Protected Area (synthetic)", "منطقه حفاظت شده دنا (مصنوعی)",
				new NaturalArea(51.42, 30.9, 600, 3.0, -35, 6000, 1),
				new NaturalArea(51.72, 30.68, 150, 1.5, 0, 2000, 0));
		parks.add("PA-008", "Geno Protected Area (synthetic)", "منطقه حفاظت شده گنو (مصنوعی)",
				new NaturalArea(56.15, 27.45, 270, 1.3, 0, 3000, 0));
		parks.add("PA-009", "Lar National Park (synthetic)", "پارک ملی لار (مصنوعی)",
				new NaturalArea(52.0, 35.92, 300, 1.7, 10, 4000, 1));
		parks.add("PA-010", "Bamu National Park (synthetic)", "پارک ملی بمو (مصنوعی)",
				new NaturalArea(52.62, 29.78, 480, 2.4, 45, 5000, 2));
		// Hara mangroves: parts on Qeshm island and on the mainland shore of the Khuran
		// strait
		parks.add("PA-011", "Hara Protected Area (synthetic)", "منطقه حفاظت شده حرا (مصنوعی)",
				new NaturalArea(55.78, 26.83, 40, 2.5, 30, 1200, 0), new NaturalArea(55.55, 26.70, 20, 2.0, 20, 800, 0),
				new NaturalArea(55.82, 27.05, 60, 2.0, 10, 1500, 0));
		parks.add("PA-012", "Kolah Ghazi National Park (synthetic)", "پارک ملی کلاه قاضی (مصنوعی)",
				new NaturalArea(51.88, 32.33, 450, 1.5, -20, 4500, 1));
		return new SampleLayer("protected_areas", parks.features());
	}

}
