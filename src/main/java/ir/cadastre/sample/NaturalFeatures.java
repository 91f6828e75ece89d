package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Sites features made of {@link NaturalArea} parts: every part is drawn from the
 * feature's own seed and fitted on its own, so a part on an island shrinks to the island
 * without moving the others.
 */
final class NaturalFeatures {

	private static final long SEED = 0x1_2A_2024L;

	private final Siting siting;

	private final List<SampleFeature> features = new ArrayList<>();

	NaturalFeatures(Siting siting) {
		this.siting = siting;
	}

	/**
	 * Random numbers of one feature, the same on every run and independent of other
	 * features.
	 */
	static Random random(String id) {
		return new Random(SEED ^ id.hashCode());
	}

	void add(String id, String name, String nameFa, Map<String, String> attributes, NaturalArea... parts) {
		Random random = random(id);
		List<Polygon> sited = new ArrayList<>();
		for (NaturalArea part : parts) {
			Polygon drawn = part.draw(random, this.siting.factory());
			this.siting.fit(drawn).ifPresent((fitted) -> sited.add((Polygon) fitted.getGeometryN(0)));
		}
		if (sited.isEmpty()) {
			throw new IllegalStateException(id + " does not fit inside Iran");
		}
		MultiPolygon geometry = this.siting.factory().createMultiPolygon(sited.toArray(Polygon[]::new));
		geometry.normalize();
		if (!IsValidOp.isValid(geometry)) {
			throw new IllegalStateException(id + " has parts that touch along an edge");
		}
		this.features.add(new SampleFeature(id, name, nameFa, attributes, geometry));
	}

	void add(String id, String name, String nameFa, NaturalArea... parts) {
		add(id, name, nameFa, Map.of(), parts);
	}

	List<SampleFeature> features() {
		return List.copyOf(this.features);
	}

}
