package ir.cadastre.sample.national;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ir.cadastre.layerfile.AttributeField;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * {@code licences}: 100,000 per unit of scale, slightly turned quadrilaterals and a few
 * notched hexagons of 1–50 km² (median about 1.6 km², as small titles far outnumber large
 * ones), clustered around the places of {@link Place}. Each takes a block of a
 * {@link LicenceGrid}, so none overlaps another.
 * <p>
 * Blocks are taken largest licence first, which packs a quarter of Iran without a large
 * licence finding no room late in the run; only the blocks' centres are kept (16 bytes a
 * licence), and each outline is drawn again, from its own seed, when it is written.
 */
final class NationalLicences {

	static final String LAYER = "licences";

	static final List<AttributeField> FIELDS = List.of(AttributeField.text("id", 10), AttributeField.text("name", 100),
			AttributeField.text("name_fa", 160), AttributeField.text("status", 8), AttributeField.text("kind", 24),
			AttributeField.text("mineral", 20), AttributeField.real("area_km2"),
			AttributeField.text(Defect.ATTRIBUTE, 20));

	/** Kept clear inside a block's edge: more than a stray hole needs. */
	private static final double MARGIN_KM = 0.1;

	private static final double STRAY_HOLE_DEGREES = 0.0002;

	private static final int CLUSTERED_TRIES = 60;

	private static final int TRIES = 100_000;

	private NationalLicences() {
	}

	static LayerSummary write(Dataset dataset) {
		int count = Math.toIntExact(dataset.options().scaled(100_000, 1));
		double[] centres = site(dataset, count);
		try (LayerOutput output = dataset.open(LAYER, FIELDS, count)) {
			for (int number = 1; number <= count; number++) {
				Random random = dataset.random(LAYER, number);
				LicenceOutline outline = LicenceOutline.draw(random);
				Coordinate centre = new Coordinate(centres[2 * number - 2], centres[2 * number - 1]);
				MultiPolygon geometry = dataset.factory()
					.createMultiPolygon(new Polygon[] { outline.polygon(new LocalFrame(centre.x, centre.y),
							CoordinateGrid.MICRODEGREE, dataset.factory()) });
				if (!IsValidOp.isValid(geometry)) {
					throw new IllegalStateException("Licence " + number + " came out invalid: " + geometry);
				}
				Defect defect = Defect.of(number);
				if (defect != null) {
					geometry = defect.apply(geometry, centre, CoordinateGrid.MICRODEGREE, STRAY_HOLE_DEGREES,
							dataset.factory());
				}
				output.write(attributes(number, outline, centre, random, defect), geometry);
			}
			return output.finish();
		}
	}

	/** The centre of every licence's block, by number, taken largest licence first. */
	private static double[] site(Dataset dataset, int count) {
		long[] bySize = new long[count];
		for (int number = 1; number <= count; number++) {
			double area = LicenceOutline.draw(dataset.random(LAYER, number)).areaKm2();
			// the larger area first, then the lower number: a sort key in one long
			bySize[number - 1] = ((long) Math.round((50 - area) * 1e6) << 20) | (number - 1);
		}
		Arrays.sort(bySize);
		LicenceGrid grid = new LicenceGrid(dataset.iran());
		Random random = dataset.random("licence-blocks", 0);
		double[] centres = new double[2 * count];
		for (long key : bySize) {
			int index = (int) (key & 0xF_FFFF);
			LicenceOutline outline = LicenceOutline.draw(dataset.random(LAYER, index + 1));
			Coordinate centre = place(dataset, grid, outline, random).centre();
			centres[2 * index] = centre.x;
			centres[2 * index + 1] = centre.y;
		}
		return centres;
	}

	/** A block near a place, else anywhere in Iran. */
	private static Envelope place(Dataset dataset, LicenceGrid grid, LicenceOutline outline, Random random) {
		Envelope iran = dataset.iran().envelope();
		for (int attempt = 0; attempt < TRIES; attempt++) {
			double lon;
			double lat;
			if (attempt < CLUSTERED_TRIES) {
				Place place = Place.any(random);
				lon = place.lon() + 1.6 * random.nextGaussian();
				lat = place.lat() + 1.3 * random.nextGaussian();
			}
			else {
				lon = iran.getMinX() + iran.getWidth() * random.nextDouble();
				lat = iran.getMinY() + iran.getHeight() * random.nextDouble();
			}
			// degrees of longitude are measured a block's height to the north, where they
			// are shortest, so the outline fits wherever in latitude the block lands
			double widthDegrees = (outline.widthKm() + 2 * MARGIN_KM) / LocalFrame.kmPerDegreeLon(lat + 0.1);
			double heightDegrees = (outline.heightKm() + 2 * MARGIN_KM) / LocalFrame.KM_PER_DEGREE_LAT;
			Envelope block = grid.take(lon, lat, (int) Math.ceil(widthDegrees / grid.cellLon()),
					(int) Math.ceil(heightDegrees / grid.cellLat()));
			if (block != null) {
				return block;
			}
		}
		throw new IllegalStateException("No room left for a licence of " + outline.areaKm2() + " km²");
	}

	private static Map<String, Object> attributes(long number, LicenceOutline outline, Coordinate centre, Random random,
			Defect defect) {
		LicenceTerms.Term kind = LicenceTerms.draw(LicenceTerms.KINDS, random);
		LicenceTerms.Term mineral = LicenceTerms.draw(LicenceTerms.MINERALS, random);
		Place place = Place.nearest(centre.x, centre.y);
		String serial = String.format("%06d", number);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", "LIC-" + serial);
		attributes.put("name",
				place.name() + " " + mineral.english() + " " + kind.english() + " " + serial + " (synthetic)");
		attributes.put("name_fa", kind.persian() + " " + mineral.persian() + " " + place.nameFa() + " "
				+ PersianDigits.of(number, 6) + " (مصنوعی)");
		attributes.put("status", "ACTIVE");
		attributes.put("kind", kind.code());
		attributes.put("mineral", mineral.code());
		attributes.put("area_km2", Math.round(outline.areaKm2() * 1000) / 1000.0);
		if (defect != null) {
			attributes.put(Defect.ATTRIBUTE, defect.code());
		}
		return attributes;
	}

}
