package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * {@code agricultural_lands}: farm blocks in strips along rivers. A river's banks (a
 * buffer of its course less the channel) are cut by a grid of boxes with a farm track
 * between them, so neighbouring blocks never share interior; blocks are numbered
 * downstream.
 */
final class AgriculturalLands {

	private static final double TRACK_DEGREES = 0.0004;

	private static final double CHANNEL_KM = 0.06;

	private static final double SMALLEST_BLOCK_KM2 = 5;

	private AgriculturalLands() {
	}

	static SampleLayer build(Siting siting) {
		List<SampleFeature> blocks = new ArrayList<>();
		Geometry taken = siting.factory().createPolygon();
		Plan[] plans = {
				new Plan(new River("Karun", "کارون", new double[] { 48.85, 32.03 }, new double[] { 48.88, 31.75 },
						new double[] { 48.80, 31.55 }, new double[] { 48.68, 31.33 }, new double[] { 48.55, 31.05 },
						new double[] { 48.35, 30.70 }, new double[] { 48.18, 30.45 }), 3.0, 0.1, 0.2, 0.65, 8),
				new Plan(new River("Zayandeh Rud", "زاینده‌رود", new double[] { 50.78, 32.76 },
						new double[] { 51.05, 32.72 }, new double[] { 51.35, 32.68 }, new double[] { 51.67, 32.64 },
						new double[] { 51.95, 32.55 }, new double[] { 52.25, 32.42 }), 2.5, 0.1, 0.2, 0.9, 7),
				new Plan(new River("Sefidrud", "سفیدرود", new double[] { 49.42, 36.77 }, new double[] { 49.50, 36.95 },
						new double[] { 49.60, 37.18 }, new double[] { 49.75, 37.32 }, new double[] { 49.93, 37.43 }),
						3.0, 0.07, 0.4, 1.0, 5),
				new Plan(new River("Dez", "دز", new double[] { 48.45, 32.58 }, new double[] { 48.40, 32.38 },
						new double[] { 48.48, 32.15 }, new double[] { 48.62, 31.95 }), 2.5, 0.08, 0.25, 1.0, 4),
				new Plan(
						new River("Helmand (Sistan)", "هیرمند (سیستان)", new double[] { 61.70, 30.92 },
								new double[] { 61.58, 30.98 }, new double[] { 61.50, 31.05 },
								new double[] { 61.45, 31.15 }, new double[] { 61.35, 31.25 }),
						4.0, 0.06, 0.0, 1.0, 6) };
		for (Plan plan : plans) {
			Random random = NaturalFeatures.random(plan.river().name());
			LineString riverKm = plan.river().course(random, siting.factory());
			double length = riverKm.getLength();
			Geometry courseKm = new LengthIndexedLine(riverKm).extractLine(plan.from() * length, plan.to() * length);
			Geometry banks = courseKm.buffer(plan.widthKm()).difference(courseKm.buffer(CHANNEL_KM));
			Geometry farmland = siting.iran().clip(plan.river().frame().toDegrees(banks));
			// a river meeting another (the Dez joins the Karun) leaves a track to the
			// earlier blocks
			farmland = OverlayNGRobust.overlay(farmland, taken.buffer(TRACK_DEGREES), OverlayNG.DIFFERENCE);
			LengthIndexedLine course = new LengthIndexedLine(plan.river().frame().toDegrees(courseKm));
			List<Geometry> pieces = cut(farmland, plan.boxDegrees(), siting.factory());
			pieces
				.sort(Comparator.comparingDouble((piece) -> course.project(piece.getInteriorPoint().getCoordinate())));
			int number = 0;
			for (Geometry piece : pieces) {
				if (number == plan.blocks()) {
					break;
				}
				Optional<MultiPolygon> sited = siting.exact(piece);
				if (sited.isPresent()) {
					number++;
					String id = String.format("AG-%03d", blocks.size() + 1);
					blocks.add(new SampleFeature(
							id, plan.river().name() + " farmland block " + number + " (synthetic)", "اراضی کشاورزی "
									+ plan.river().nameFa() + "، قطعه " + PersianDigits.of(number, 1) + " (مصنوعی)",
							sited.get()));
				}
			}
			taken = OverlayNGRobust.overlay(taken, farmland, OverlayNG.UNION);
		}
		return new SampleLayer("agricultural_lands", blocks);
	}

	/** Farmland cut by a grid of boxes (aligned to whole multiples of the box size). */
	private static List<Geometry> cut(Geometry farmland, double box, GeometryFactory factory) {
		List<Geometry> pieces = new ArrayList<>();
		Envelope extent = farmland.getEnvelopeInternal();
		for (long column = (long) Math.floor(extent.getMinX() / box); column * box < extent.getMaxX(); column++) {
			for (long row = (long) Math.floor(extent.getMinY() / box); row * box < extent.getMaxY(); row++) {
				Envelope cell = new Envelope(column * box + TRACK_DEGREES / 2, (column + 1) * box - TRACK_DEGREES / 2,
						row * box + TRACK_DEGREES / 2, (row + 1) * box - TRACK_DEGREES / 2);
				Geometry piece = OverlayNGRobust.overlay(farmland, factory.toGeometry(cell), OverlayNG.INTERSECTION);
				if (areaKm2(piece) >= SMALLEST_BLOCK_KM2) {
					pieces.add(piece);
				}
			}
		}
		return pieces;
	}

	private static double areaKm2(Geometry degrees) {
		if (degrees.isEmpty()) {
			return 0;
		}
		double lat = degrees.getEnvelopeInternal().centre().y;
		return degrees.getArea() * LocalFrame.kmPerDegreeLon(lat) * LocalFrame.kmPerDegreeLat();
	}

	/**
	 * How one river's farmland is cut: bank width, box size, the farmed stretch (as
	 * fractions of the river's length, downstream) and how many consecutive blocks to
	 * keep.
	 */
	private record Plan(River river, double widthKm, double boxDegrees, double from, double to, int blocks) {
	}

}
