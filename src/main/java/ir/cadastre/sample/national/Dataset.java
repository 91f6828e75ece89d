package ir.cadastre.sample.national;

import java.util.List;
import java.util.Random;

import ir.cadastre.layerfile.AttributeField;

import org.locationtech.jts.geom.GeometryFactory;

/**
 * One run of the generator: its options, Iran's boundary and the factory every geometry
 * is built with.
 */
record Dataset(GeneratorOptions options, NationalBoundary iran, GeometryFactory factory) {

	/**
	 * Random numbers for one part of the run (a layer, a town, a feature), the same on
	 * every run with the same seed and independent of every other part, so that a change
	 * in one layer leaves the others as they were.
	 */
	Random random(String stream, long index) {
		long mixed = this.options.seed() * 0x9E37_79B9_7F4A_7C15L;
		mixed ^= stream.hashCode() * 0xC2B2_AE3D_27D4_EB4FL;
		mixed ^= index * 0x1656_67B1_9E37_79F9L;
		return new Random(mixed);
	}

	LayerOutput open(String layer, List<AttributeField> fields, long expected) {
		return new LayerOutput(this, layer, fields, expected);
	}

}
