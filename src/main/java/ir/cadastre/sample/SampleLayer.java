package ir.cadastre.sample;

import java.util.List;

/**
 * A layer id of DESIGN §4 and its synthetic features, in the order they are written.
 */
record SampleLayer(String name, List<SampleFeature> features) {

}
