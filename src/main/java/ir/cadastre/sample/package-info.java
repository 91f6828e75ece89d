/**
 * Synthetic sample layers for development, demonstrations and benchmarks.
 * <p>
 * {@link ir.cadastre.sample.SampleLayerGenerator} writes one GeoJSON FeatureCollection
 * per layer of DESIGN §4 into {@code gis-data/sample/} (a tool run by hand, never by the
 * service); {@code SampleDataLoader} loads those files into an empty database when
 * {@code cadastre.sample-data=true}. The features are <em>synthetic</em>: they sit in
 * plausible places (near real national parks, rivers, towns and mining districts) but
 * they are not real boundaries and must never be used for a decision.
 * <p>
 * Terms used in this package:
 * <ul>
 * <li><b>sample layer</b>: one FeatureCollection, e.g. {@code protected_areas};</li>
 * <li><b>natural outline</b>: a star-shaped ring r(θ) around a centre, with θ strictly
 * increasing, so it is simple by construction;</li>
 * <li><b>local frame</b>: kilometres east and north of a centre, where shapes are drawn
 * before they become lon/lat;</li>
 * <li><b>siting</b>: rounding a candidate to the 10⁻⁶ degree grid of the files and
 * accepting it only when it is valid, covered by Iran's boundary and free of the features
 * already in its layer; otherwise it is shrunk or moved deterministically.</li>
 * </ul>
 * Random numbers are seeded from feature ids (and river and town names), so the files are
 * the same bytes on every run.
 */
package ir.cadastre.sample;
