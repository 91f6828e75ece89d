/**
 * Overlap checks (DESIGN §3): what an area shares interior with, in every layer, and the
 * legal consequence of each overlap. Two areas <em>overlap</em> when their intersection
 * has more than the sliver tolerance of area; touching along an edge or at a corner is
 * not an overlap.
 */
package ir.cadastre.overlap;
