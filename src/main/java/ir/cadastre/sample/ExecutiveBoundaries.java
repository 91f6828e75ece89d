package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * {@code executive_boundaries}: legal boundaries notified by other executive bodies, each
 * carrying the {@code agency} that owns it (the agency the Article 24 inquiry goes to):
 * dam reservoirs and water protection zones of the Ministry of Energy, oil fields of the
 * National Iranian Oil Company, a military zone and archaeological sites of Cultural
 * Heritage.
 */
final class ExecutiveBoundaries {

	private ExecutiveBoundaries() {
	}

	static SampleLayer build(Siting siting) {
		GeometryFactory factory = siting.factory();
		List<SampleFeature> features = new ArrayList<>();
		add(features, siting, "energy", "Dez dam reservoir (synthetic)", "مخزن سد دز (مصنوعی)",
				reservoir(factory, "EB-001", 0.9, new double[] { 48.46, 32.61 }, new double[] { 48.52, 32.72 },
						new double[] { 48.63, 32.80 }, new double[] { 48.72, 32.92 }));
		add(features, siting, "energy", "Karun-3 dam reservoir (synthetic)", "مخزن سد کارون ۳ (مصنوعی)",
				reservoir(factory, "EB-002", 0.7, new double[] { 50.09, 31.80 }, new double[] { 50.18, 31.86 },
						new double[] { 50.26, 31.95 }, new double[] { 50.40, 31.99 }));
		add(features, siting, "energy", "Latyan dam water protection zone (synthetic)", "حریم حفاظتی سد لتیان (مصنوعی)",
				blob(factory, "EB-003", 51.62, 35.80, 70, 1.8, 30, 400));
		add(features, siting, "nioc", "Ahvaz oil field (synthetic)", "میدان نفتی اهواز (مصنوعی)",
				blob(factory, "EB-004", 48.78, 31.28, 330, 9.0, 150, 360));
		add(features, siting, "nioc", "Marun oil field (synthetic)", "میدان نفتی مارون (مصنوعی)",
				blob(factory, "EB-005", 49.35, 30.95, 250, 6.0, 150, 300));
		add(features, siting, "defence", "Restricted military zone (synthetic)", "منطقه نظامی ممنوعه (مصنوعی)", polygon(
				factory, 53.90, 34.95,
				new double[][] { { -5, -4 }, { 4, -4.5 }, { 6, 0 }, { 4.5, 4 }, { -1, 4.2 }, { -1, 2 }, { -5, 2 } }));
		add(features, siting, "heritage", "Persepolis archaeological zone (synthetic)", "حریم تخت جمشید (مصنوعی)",
				polygon(factory, 52.89, 29.935, new double[][] { { -1.2, -0.9 }, { 1.0, -1.0 }, { 1.3, 0.2 },
						{ 0.9, 1.0 }, { -0.6, 1.1 }, { -1.3, 0.3 } }));
		add(features, siting, "heritage", "Pasargadae archaeological zone (synthetic)", "حریم پاسارگاد (مصنوعی)",
				polygon(factory, 53.17, 30.19,
						new double[][] { { -1.8, -2.2 }, { 1.9, -2.0 }, { 2.0, 2.1 }, { -1.7, 2.3 } }));
		return new SampleLayer("executive_boundaries", features);
	}

	private static void add(List<SampleFeature> features, Siting siting, String agency, String name, String nameFa,
			Geometry outline) {
		String id = String.format("EB-%03d", features.size() + 1);
		Optional<MultiPolygon> sited = siting.fit(outline);
		if (sited.isEmpty()) {
			throw new IllegalStateException(id + " does not fit");
		}
		features.add(new SampleFeature(id, name, nameFa, Map.of("agency", agency), sited.get()));
	}

	/**
	 * A reservoir: the flooded valley upstream of a dam, a buffer of a meandering course.
	 */
	private static Geometry reservoir(GeometryFactory factory, String id, double widthKm, double[]... course) {
		River valley = new River(id, id, course);
		Geometry km = valley.course(NaturalFeatures.random(id), factory).buffer(widthKm);
		return valley.frame().toDegrees(km);
	}

	/** A smooth elongated outline, like an oil field's structural closure. */
	private static Geometry blob(GeometryFactory factory, String id, double lon, double lat, double areaKm2,
			double aspect, double rotationDegrees, int vertices) {
		Random random = NaturalFeatures.random(id);
		NaturalOutline outline = NaturalOutline.draw(random, vertices, aspect, rotationDegrees, 0.12);
		Geometry km = factory.createPolygon(outline.ring(outline.scaleForArea(areaKm2), 0, 0));
		return new LocalFrame(lon, lat).toDegrees(km);
	}

	/** A surveyed boundary: a few vertices given in km around a centre. */
	private static Geometry polygon(GeometryFactory factory, double lon, double lat, double[][] verticesKm) {
		Coordinate[] ring = new Coordinate[verticesKm.length + 1];
		for (int i = 0; i < verticesKm.length; i++) {
			ring[i] = new Coordinate(verticesKm[i][0], verticesKm[i][1]);
		}
		ring[verticesKm.length] = ring[0].copy();
		return new LocalFrame(lon, lat).toDegrees(factory.createPolygon(ring));
	}

}
