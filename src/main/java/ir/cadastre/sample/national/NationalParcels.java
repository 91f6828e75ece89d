package ir.cadastre.sample.national;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ir.cadastre.layerfile.AttributeField;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code property_parcels}: 1,000,000 per unit of scale, tessellating discs of 2.5–7 km
 * around towns clustered near the places of {@link Place} (about 800 towns at scale 1).
 * Towns are generated and written one at a time, so memory holds one town's parcels (a
 * few thousand), never the layer; the last town is finished, so the count passes the
 * target by part of a town.
 */
final class NationalParcels {

	static final String LAYER = "property_parcels";

	static final List<AttributeField> FIELDS = List.of(AttributeField.text("id", 12), AttributeField.text("name", 64),
			AttributeField.text("name_fa", 100), AttributeField.text("town", 6),
			AttributeField.text(Defect.ATTRIBUTE, 20));

	private static final double STRAY_HOLE_DEGREES = 0.0002;

	/** Between town discs, and from a disc to Iran's shrunk boundary. */
	private static final double GAP_KM = 2;

	private static final int CLUSTERED_TRIES = 200;

	private static final int TRIES = 10_000;

	private NationalParcels() {
	}

	static LayerSummary write(Dataset dataset) {
		long target = dataset.options().scaled(1_000_000, 1);
		Random random = dataset.random("towns", 0);
		ReservedDiscs discs = new ReservedDiscs();
		try (LayerOutput output = dataset.open(LAYER, FIELDS, target)) {
			for (int number = 1; output.count() < target; number++) {
				Town town = town(dataset, discs, random, number);
				List<Polygon> parcels = TownTessellation.parcels(town, dataset.random("town", number),
						dataset.factory());
				for (int i = 0; i < parcels.size(); i++) {
					MultiPolygon geometry = dataset.factory().createMultiPolygon(new Polygon[] { parcels.get(i) });
					Defect defect = Defect.of(output.count() + 1);
					if (defect != null) {
						geometry = defect.apply(geometry, geometry.getEnvelopeInternal().centre(),
								CoordinateGrid.MICRODEGREE, STRAY_HOLE_DEGREES, dataset.factory());
					}
					output.write(attributes(town, i + 1, defect), geometry);
				}
			}
			return output.finish();
		}
	}

	/** A town near a place, clear of the others and of the border; else anywhere. */
	private static Town town(Dataset dataset, ReservedDiscs discs, Random random, int number) {
		double radius = 2.5 + 4.5 * random.nextDouble();
		double spacing = 0.16 + 0.14 * random.nextDouble();
		for (int attempt = 0; attempt < TRIES; attempt++) {
			double lon;
			double lat;
			if (attempt < CLUSTERED_TRIES) {
				Place place = Place.any(random);
				lon = place.lon() + 1.5 * random.nextGaussian();
				lat = place.lat() + 1.2 * random.nextGaussian();
			}
			else {
				lon = dataset.iran().envelope().getMinX() + dataset.iran().envelope().getWidth() * random.nextDouble();
				lat = dataset.iran().envelope().getMinY() + dataset.iran().envelope().getHeight() * random.nextDouble();
			}
			if (discs.free(lon, lat, radius, GAP_KM) && dataset.iran().discInside(lon, lat, radius + GAP_KM)) {
				discs.reserve(lon, lat, radius);
				return new Town(String.format("T%04d", number), Place.nearest(lon, lat), lon, lat, radius, spacing);
			}
		}
		throw new IllegalStateException("No room left for town " + number);
	}

	private static Map<String, Object> attributes(Town town, int number, Defect defect) {
		String id = town.code() + "-" + String.format("%05d", number);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", id);
		attributes.put("name", "Parcel " + id + " near " + town.near().name() + " (synthetic)");
		attributes.put("name_fa",
				"پلاک " + PersianDigits.of(number, 5) + " شهرک "
						+ PersianDigits.of(Integer.parseInt(town.code().substring(1)), 4) + " " + town.near().nameFa()
						+ " (مصنوعی)");
		attributes.put("town", town.code());
		if (defect != null) {
			attributes.put(Defect.ATTRIBUTE, defect.code());
		}
		return attributes;
	}

}
