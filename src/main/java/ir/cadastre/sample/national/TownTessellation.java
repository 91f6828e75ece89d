package ir.cadastre.sample.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The parcels of one town: Voronoi cells of jittered sites, clipped to a disc, so that
 * neighbours share their edges exactly (no gap, no overlap), as in the sample generator.
 * <p>
 * Sites lie on a jittered grid whose radius is stretched outwards, so parcels are small
 * near the centre (0.6 of the spacing) and larger at the edge (1.4 of it), and a ring of
 * sites along the edge gives the edge parcels the depth of the others. Clipping is done
 * here with exact symmetry ({@link DiscClip}), so a cut shared edge is cut at the same
 * point in both of its parcels.
 */
final class TownTessellation {

	private static final double JITTER = 0.35;

	/**
	 * Spacing at the centre, as a fraction of the town's; it grows to 2 − this at the
	 * edge.
	 */
	private static final double INNER_SPACING = 0.6;

	private TownTessellation() {
	}

	/**
	 * The town's parcels in lon/lat on the grid, north to south and west to east by their
	 * sites. A cell that rounding would make invalid (a sliver) is left out.
	 */
	static List<Polygon> parcels(Town town, Random random, GeometryFactory factory) {
		List<Coordinate> sites = sites(town, random);
		Map<Coordinate, Integer> order = new HashMap<>();
		for (int i = 0; i < sites.size(); i++) {
			order.put(sites.get(i), i);
		}
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(sites);
		double r = town.radiusKm();
		voronoi.setClipEnvelope(new Envelope(-2 * r, 2 * r, -2 * r, 2 * r));
		Geometry diagram = voronoi.getDiagram(new GeometryFactory());
		Polygon[] cells = new Polygon[sites.size()];
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			cells[order.get((Coordinate) cell.getUserData())] = (Polygon) cell;
		}
		DiscClip disc = new DiscClip(r);
		LocalFrame frame = new LocalFrame(town.lon(), town.lat());
		List<Polygon> parcels = new ArrayList<>(cells.length);
		for (Polygon cell : cells) {
			double[] clipped = disc.clip(Rings.packed(cell.getExteriorRing().getCoordinateSequence()));
			Polygon parcel = toDegrees(clipped, frame, factory);
			if (parcel != null && IsValidOp.isValid(parcel)) {
				parcels.add(parcel);
			}
		}
		return parcels;
	}

	/** The open ring in kilometres as a closed ring on the grid, without repeats. */
	private static Polygon toDegrees(double[] km, LocalFrame frame, GeometryFactory factory) {
		int n = km.length / 2;
		double[] xy = new double[2 * n + 2];
		int kept = 0;
		for (int i = 0; i < n; i++) {
			double lon = CoordinateGrid.MICRODEGREE.round(frame.lon(km[2 * i]));
			double lat = CoordinateGrid.MICRODEGREE.round(frame.lat(km[2 * i + 1]));
			if (kept == 0 || lon != xy[2 * kept - 2] || lat != xy[2 * kept - 1]) {
				xy[2 * kept] = lon;
				xy[2 * kept + 1] = lat;
				kept++;
			}
		}
		while (kept > 1 && xy[2 * kept - 2] == xy[0] && xy[2 * kept - 1] == xy[1]) {
			kept--;
		}
		if (kept < 3) {
			return null;
		}
		xy[2 * kept] = xy[0];
		xy[2 * kept + 1] = xy[1];
		return factory.createPolygon(Rings.ring(xy, kept + 1, factory));
	}

	/** Sites in kilometres about the centre, kept apart so that no parcel is a sliver. */
	private static List<Coordinate> sites(Town town, Random random) {
		double r = town.radiusKm();
		double spacing = town.spacingKm();
		double edge = (2 - INNER_SPACING) * spacing;
		List<Coordinate> sites = new ArrayList<>();
		int n = (int) Math.ceil(r / spacing) + 1;
		for (int row = -n; row <= n; row++) {
			for (int column = -n; column <= n; column++) {
				double x = spacing * (column + JITTER * (2 * random.nextDouble() - 1));
				double y = spacing * (row + JITTER * (2 * random.nextDouble() - 1));
				double rho = StrictMath.hypot(x, y);
				// ρ ↦ ρ(a + (1 − a)ρ/r) spreads the grid: spacing a at the centre, 2 − a
				// at r
				double stretch = INNER_SPACING + (1 - INNER_SPACING) * rho / r;
				if (rho * stretch < r - 0.95 * edge) {
					sites.add(new Coordinate(x * stretch, y * stretch));
				}
			}
		}
		int around = (int) Math.round(2 * Math.PI * (r - 0.45 * edge) / edge);
		for (int i = 0; i < around; i++) {
			double angle = 2 * Math.PI * (i + 0.2 * (2 * random.nextDouble() - 1)) / around;
			double distance = r - 0.45 * edge * (1 + 0.1 * (2 * random.nextDouble() - 1));
			sites.add(new Coordinate(distance * StrictMath.cos(angle), distance * StrictMath.sin(angle)));
		}
		sites.sort(Comparator.comparingDouble((Coordinate site) -> -site.y).thenComparingDouble((site) -> site.x));
		return sites;
	}

}
