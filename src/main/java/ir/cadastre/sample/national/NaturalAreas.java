package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ir.cadastre.layerfile.AttributeField;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * {@code protected_areas} and {@code forests}: together 500 areas per unit of scale (at
 * least one each), with 1,000 to about 1,000,000 positions (see {@link VertexBudgets}),
 * holes and several multipart. The area grows with the positions, from about 8 km² to
 * about 1,000 km². Each sits in a disc of its own, inside Iran and clear of the layer's
 * other discs, so features of a layer never overlap.
 */
final class NaturalAreas {

	static final List<AttributeField> FIELDS = List.of(AttributeField.text("id", 8), AttributeField.text("name", 80),
			AttributeField.text("name_fa", 160), AttributeField.text("category", 20),
			AttributeField.integer("vertices"), AttributeField.text(Defect.ATTRIBUTE, 20));

	private static final int TRIES = 300;

	/** Stray holes of defective areas: about 200 m. */
	private static final double STRAY_HOLE_DEGREES = 0.002;

	private final Dataset dataset;

	private final NaturalKind kind;

	private final ReservedDiscs discs = new ReservedDiscs();

	private NaturalAreas(Dataset dataset, NaturalKind kind) {
		this.dataset = dataset;
		this.kind = kind;
	}

	/** Writes both layers; protected areas take the even budgets, forests the odd. */
	static List<LayerSummary> write(Dataset dataset) {
		int count = (int) dataset.options().scaled(500, 2);
		List<Integer> budgets = VertexBudgets.spread(count, dataset.options().scale(),
				dataset.random("vertex-budgets", 0));
		List<LayerSummary> summaries = new ArrayList<>();
		for (NaturalKind kind : NaturalKind.values()) {
			List<Integer> own = new ArrayList<>();
			for (int i = kind.ordinal(); i < budgets.size(); i += NaturalKind.values().length) {
				own.add(budgets.get(i));
			}
			summaries.add(new NaturalAreas(dataset, kind).write(own));
		}
		return summaries;
	}

	private LayerSummary write(List<Integer> budgets) {
		try (LayerOutput output = this.dataset.open(this.kind.layer(), FIELDS, budgets.size())) {
			for (int number = 1; number <= budgets.size(); number++) {
				Random random = this.dataset.random(this.kind.layer(), number);
				int vertices = budgets.get(number - 1);
				NaturalKind.Region region = this.kind.region(random);
				double area = 8 * StrictMath.pow(vertices / 1000.0, 0.7) * (0.7 + 0.6 * random.nextDouble());
				NaturalShape shape = NaturalShape.draw(random, vertices, area, region.aspect(random),
						region.rotation(random));
				Placement placement = place(random, shape, region);
				LocalFrame frame = new LocalFrame(placement.lon, placement.lat);
				MultiPolygon geometry = placement.shape.geometry(random, frame, CoordinateGrid.TENTH_MICRODEGREE,
						this.dataset.factory());
				Defect defect = Defect.of(number);
				if (defect != null) {
					geometry = defect.apply(geometry, new Coordinate(frame.lon(), frame.lat()),
							CoordinateGrid.TENTH_MICRODEGREE, STRAY_HOLE_DEGREES, this.dataset.factory());
				}
				output.write(attributes(number, placement, geometry, defect), geometry);
			}
			return output.finish();
		}
	}

	/**
	 * A free disc for the shape: first in its region, then anywhere in Iran, shrinking
	 * the shape by a fifth after each round of tries.
	 */
	private Placement place(Random random, NaturalShape drawn, NaturalKind.Region region) {
		NaturalShape shape = drawn;
		while (true) {
			// room for a stray hole beyond the main part, and a gap to the next disc
			double reserve = 1.1 * shape.reachKm() + 3;
			for (int attempt = 0; attempt < TRIES; attempt++) {
				NaturalKind.Region where = (attempt < TRIES / 2) ? region : NaturalKind.Region.ANYWHERE;
				double lon = where.lon(random, this.dataset.iran().envelope());
				double lat = where.lat(random, this.dataset.iran().envelope());
				if (this.discs.free(lon, lat, reserve, 1) && this.dataset.iran().discInside(lon, lat, reserve)) {
					this.discs.reserve(lon, lat, reserve);
					return new Placement(shape, lon, lat, where);
				}
			}
			shape = shape.shrunk(0.8);
		}
	}

	private Map<String, Object> attributes(int number, Placement placement, MultiPolygon geometry, Defect defect) {
		Place place = Place.nearest(placement.lon, placement.lat);
		String category = this.kind.category(placement.region, number);
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("id", this.kind.prefix() + String.format("%04d", number));
		attributes.put("name", place.name() + " " + NaturalKind.english(category) + " " + String.format("%04d", number)
				+ " (synthetic)");
		attributes.put("name_fa",
				NaturalKind.persian(category) + " " + place.nameFa() + " " + PersianDigits.of(number, 4) + " (مصنوعی)");
		attributes.put("category", category);
		attributes.put("vertices", (long) geometry.getNumPoints());
		if (defect != null) {
			attributes.put(Defect.ATTRIBUTE, defect.code());
		}
		return attributes;
	}

	private record Placement(NaturalShape shape, double lon, double lat, NaturalKind.Region region) {
	}

}
