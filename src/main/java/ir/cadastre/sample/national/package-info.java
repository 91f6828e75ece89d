/**
 * The national-scale benchmark dataset: a command-line tool
 * ({@link ir.cadastre.sample.national.NationalDatasetGenerator}) that writes some 100,000
 * licences, 1,000,000 parcels and 500 protected areas and forests of up to a million
 * positions as GeoJSON, zipped Shapefile and GeoPackage, from a seed, for benchmarking
 * imports, overlap checks and tiles at the size of the real cadastre. Never run by the
 * service, never committed; like the sample layers it is <em>synthetic</em>.
 * <p>
 * Terms used in this package:
 * <ul>
 * <li><b>scale</b>: the fraction of the national counts to generate (1 for the full set,
 * 0.001 for tests);</li>
 * <li><b>defect</b>: a way a feature is made invalid on purpose (bow-tie, hole outside
 * shell, spike, duplicate ring), named in the feature's {@code defect} attribute; one
 * feature in a hundred of every layer has one;</li>
 * <li><b>star outline</b>: a ring r(θ) around a centre with θ strictly increasing, simple
 * by construction whatever its number of positions;</li>
 * <li><b>reserved disc</b>: the room a town or natural area takes in its layer; features
 * inside discs that do not overlap cannot overlap each other;</li>
 * <li><b>licence grid</b>: quarter-kilometre cells that licences take in blocks, for the
 * same reason.</li>
 * </ul>
 * Every random number comes from the seed and the part of the run it serves (a layer, a
 * town, a feature), and all arithmetic is strict, so the same seed and scale give the
 * same GeoJSON bytes.
 */
package ir.cadastre.sample.national;
