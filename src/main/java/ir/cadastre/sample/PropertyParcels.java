package ir.cadastre.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;
import org.locationtech.jts.util.GeometricShapeFactory;

/**
 * {@code property_parcels}: registered private parcels tessellating a disc around a few
 * towns. The parcels are the Voronoi cells of jittered sites, clipped to the disc, so
 * neighbours share their edges exactly: no gap, no overlap. Sites are denser near the
 * centre (small plots) than at the edge (fields), giving parcels of roughly 1 to 20 ha.
 */
final class PropertyParcels {

	/** Site spacing in km for the inner, middle and outer third of the disc. */
	private static final double[] SPACING_KM = { 0.17, 0.26, 0.34 };

	private static final double JITTER = 0.35;

	private static final int DISC_SEGMENTS = 96;

	private PropertyParcels() {
	}

	static SampleLayer build(Siting siting) {
		List<SampleFeature> parcels = new ArrayList<>();
		Town[] towns = { new Town("KRM", "کرمان", 57.08, 30.28, 5.0), new Town("YZD", "یزد", 54.37, 31.90, 4.5),
				new Town("BFQ", "بافق", 55.40, 31.60, 3.0),
				// the western outskirts of Isfahan, towards Najafabad
				new Town("ISF", "حومه اصفهان", 51.55, 32.72, 4.0) };
		for (Town town : towns) {
			int number = 0;
			for (Geometry cell : cells(town, siting.factory())) {
				Optional<MultiPolygon> sited = siting.exact(cell);
				if (sited.isPresent()) {
					number++;
					String code = town.code() + "-" + String.format("%04d", number);
					parcels.add(new SampleFeature(code, "Parcel " + code + " (synthetic)",
							"پلاک " + PersianDigits.of(number, 4) + " " + town.nameFa() + " (مصنوعی)", sited.get()));
				}
			}
		}
		return new SampleLayer("property_parcels", parcels);
	}

	/** The town's parcels in lon/lat, north to south and west to east by their sites. */
	private static List<Geometry> cells(Town town, GeometryFactory factory) {
		List<Coordinate> sites = sites(town, NaturalFeatures.random(town.code()));
		Map<Coordinate, Integer> order = new HashMap<>();
		for (int i = 0; i < sites.size(); i++) {
			order.put(sites.get(i), i);
		}
		VoronoiDiagramBuilder voronoi = new VoronoiDiagramBuilder();
		voronoi.setSites(sites);
		double r = town.radiusKm();
		voronoi.setClipEnvelope(new Envelope(-2 * r, 2 * r, -2 * r, 2 * r));
		Geometry diagram = voronoi.getDiagram(factory);
		Geometry[] byOrder = new Geometry[sites.size()];
		for (int i = 0; i < diagram.getNumGeometries(); i++) {
			Geometry cell = diagram.getGeometryN(i);
			byOrder[order.get((Coordinate) cell.getUserData())] = cell;
		}
		GeometricShapeFactory shapes = new GeometricShapeFactory(factory);
		shapes.setCentre(new Coordinate(0, 0));
		shapes.setSize(2 * r);
		shapes.setNumPoints(DISC_SEGMENTS);
		Polygon disc = shapes.createCircle();
		LocalFrame frame = new LocalFrame(town.lon(), town.lat());
		List<Geometry> cells = new ArrayList<>();
		for (Geometry cell : byOrder) {
			cells.add(frame.toDegrees(OverlayNGRobust.overlay(cell, disc, OverlayNG.INTERSECTION)));
		}
		return cells;
	}

	/** Jittered grid sites in the disc, kept apart so that no parcel is a sliver. */
	private static List<Coordinate> sites(Town town, Random random) {
		List<Coordinate> sites = new ArrayList<>();
		double r = town.radiusKm();
		for (int zone = 0; zone < SPACING_KM.length; zone++) {
			double inner = r * zone / SPACING_KM.length;
			double outer = r * (zone + 1) / SPACING_KM.length;
			double spacing = SPACING_KM[zone];
			int n = (int) Math.ceil(outer / spacing);
			for (int row = -n; row <= n; row++) {
				for (int column = -n; column <= n; column++) {
					Coordinate site = new Coordinate(spacing * (column + JITTER * (2 * random.nextDouble() - 1)),
							spacing * (row + JITTER * (2 * random.nextDouble() - 1)));
					double distance = site.distance(new Coordinate(0, 0));
					if (distance >= inner && distance < outer && distance < r - 0.95 * spacing
							&& clear(sites, site, 0.5 * SPACING_KM[0])) {
						sites.add(site);
					}
				}
			}
		}
		// a ring of sites along the edge gives the edge parcels the depth of the others
		double edge = SPACING_KM[SPACING_KM.length - 1];
		int around = (int) Math.round(2 * Math.PI * (r - 0.45 * edge) / edge);
		for (int i = 0; i < around; i++) {
			double angle = 2 * Math.PI * (i + 0.2 * (2 * random.nextDouble() - 1)) / around;
			double distance = r - 0.45 * edge * (1 + 0.1 * (2 * random.nextDouble() - 1));
			Coordinate site = new Coordinate(distance * StrictMath.cos(angle), distance * StrictMath.sin(angle));
			if (clear(sites, site, 0.5 * SPACING_KM[0])) {
				sites.add(site);
			}
		}
		sites.sort(Comparator.comparingDouble((Coordinate site) -> -site.y).thenComparingDouble((site) -> site.x));
		return sites;
	}

	private static boolean clear(List<Coordinate> sites, Coordinate site, double distance) {
		for (Coordinate other : sites) {
			if (other.distance(site) < distance) {
				return false;
			}
		}
		return true;
	}

	private record Town(String code, String nameFa, double lon, double lat, double radiusKm) {
	}

}
