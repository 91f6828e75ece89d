/**
 * Vector tiles of the layers for the web map: {@code GET /tiles/{layer}/{z}/{x}/{y}.mvt},
 * rendered by PostGIS ({@code ST_AsMVT}) from current features. A <em>tile</em> is the
 * square {@code x, y} of the Web Mercator grid at zoom {@code z} (XYZ numbering, y down
 * from the north). <em>Thinning</em> leaves out features smaller than a display pixel and
 * simplifies outlines below what can be seen, more strongly when a tile would exceed the
 * size cap. A tile's <em>fingerprint</em> names the data it is made of, so a client's
 * revalidation costs one index scan and no rendering.
 */
package ir.cadastre.tiles;
