package ir.cadastre.application;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import ir.cadastre.Api;
import ir.cadastre.Fixtures;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Races submissions over HTTP against the running service: every request is built first,
 * then a latch releases them all at once, each on its own connection.
 */
final class ClaimRace {

	static final GeometryFactory FACTORY = new GeometryFactory();

	/** Metres to degrees near 32° N. */
	static final double LAT_DEGREE_M = 110_860;

	static final double LON_DEGREE_M = 94_490;

	private final Api api;

	private final JdbcClient db;

	ClaimRace(Api api, JdbcClient db) {
		this.api = api;
		this.db = db;
	}

	/** Submits every area at once; returns the responses in the same order. */
	List<Api.Response> submitTogether(List<Geometry> areas) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(areas.size());
		try {
			CountDownLatch ready = new CountDownLatch(areas.size());
			CountDownLatch go = new CountDownLatch(1);
			List<Future<Api.Response>> responses = new ArrayList<>();
			for (int i = 0; i < areas.size(); i++) {
				HttpRequest.Builder request = submission(areas.get(i),
						(i % 2 == 0) ? Fixtures.APPLICANT : Fixtures.APPLICANT2);
				responses.add(threads.submit(() -> {
					ready.countDown();
					go.await();
					return this.api.send(request);
				}));
			}
			ready.await();
			go.countDown();
			List<Api.Response> results = new ArrayList<>();
			for (Future<Api.Response> response : responses) {
				results.add(response.get());
			}
			return results;
		}
		finally {
			threads.shutdownNow();
		}
	}

	HttpRequest.Builder submission(Geometry area, String applicant) {
		String body = "{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + geoJson(area) + "}";
		return this.api.request("/api/v1/applications", applicant)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	/**
	 * Pairs of pending applications or licences that share interior: none, if priority
	 * held.
	 */
	long overlappingClaims() {
		return this.db.sql("""
				SELECT count(*) FROM feature a JOIN feature b ON a.id < b.id
				WHERE a.layer_id IN ('applications', 'licences') AND b.layer_id IN ('applications', 'licences')
				  AND a.retired_in IS NULL AND b.retired_in IS NULL
				  AND a.geom && b.geom AND ST_Area(ST_Intersection(a.geom, b.geom)::geography) > 1
				""").query(Long.class).single();
	}

	/** A square of the given side in metres, south-west corner at (lon, lat). */
	static Polygon square(double lon, double lat, double sideM) {
		double dx = sideM / LON_DEGREE_M;
		double dy = sideM / LAT_DEGREE_M;
		return FACTORY.createPolygon(new Coordinate[] { new Coordinate(lon, lat), new Coordinate(lon + dx, lat),
				new Coordinate(lon + dx, lat + dy), new Coordinate(lon, lat + dy), new Coordinate(lon, lat) });
	}

	/**
	 * One of {@code count} petals around (lon, lat): a sector of radius {@code radiusM}
	 * joined to a small square at the centre, so any two petals share exactly that
	 * square.
	 */
	static Geometry petal(double lon, double lat, int index, int count, double radiusM, double centreSideM) {
		double from = 2 * Math.PI * index / count;
		double to = 2 * Math.PI * (index + 1) / count;
		Coordinate[] sector = new Coordinate[6];
		sector[0] = new Coordinate(lon, lat);
		for (int k = 0; k <= 3; k++) {
			double angle = from + (to - from) * k / 3;
			sector[k + 1] = new Coordinate(lon + radiusM * Math.cos(angle) / LON_DEGREE_M,
					lat + radiusM * Math.sin(angle) / LAT_DEGREE_M);
		}
		sector[5] = sector[0];
		double half = centreSideM / 2;
		Polygon centre = square(lon - half / LON_DEGREE_M, lat - half / LAT_DEGREE_M, centreSideM);
		return FACTORY.createPolygon(sector).union(centre);
	}

	static String geoJson(Geometry polygon) {
		StringBuilder json = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[[");
		Coordinate[] ring = ((Polygon) polygon).getExteriorRing().getCoordinates();
		for (int i = 0; i < ring.length; i++) {
			json.append((i > 0) ? "," : "").append('[').append(ring[i].x).append(',').append(ring[i].y).append(']');
		}
		return json.append("]]}").toString();
	}

}
