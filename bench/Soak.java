import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The soak run's users (bench/soak.sh), all at once over HTTP for a number of minutes:
 * applicants submitting (some trimmed to the free area, some retried with their
 * Idempotency-Key), withdrawing and reading their receipts; the three agencies' reviewers
 * answering their open inquiries; the officer deciding what is ready, rejecting what is
 * not, counting, and decreeing an extension now and then; a map reader fetching the
 * catalogue, features and tiles; the GIS administrator appending to the forests. Each
 * user's choices come from its own seeded random numbers.
 *
 * <p>
 * It prints each request's outcomes and latencies, and the body of any submission answered
 * with 500 or more with the claims its area met, read from the database at once, and exits 1
 * on any such answer, any failed connection, or a replayed submission that differs from its
 * first.
 * What the database must hold afterwards is soak.sh's to check.
 *
 * <pre>java bench/Soak.java BASE_URL MINUTES RINGS_FILE PASSWORD [PSQL_ARGS…]</pre>
 *
 * PSQL_ARGS are psql's connection options for the service's database (PGPASSWORD from the
 * environment).
 */
public class Soak {

	private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	private static final Pattern NUMBER_PAIR = Pattern.compile("\\[(-?[0-9.]+),(-?[0-9.]+)\\]");

	private static final String REJECT = "{\"decision\":\"REJECT\",\"reason\":\"soak\"}";

	private static final String[] MINERALS = { "copper", "gold", "iron_ore", "limestone", "gypsum" };

	/** Anyone reads the maps; an applicant, here. */
	private static final String MAP_READER = "applicant2";

	private static final String[] MAP_LAYERS = { "applications", "licences", "protected_areas", "forests",
			"national_resources", "property_parcels" };

	private final String base;

	private final String password;

	private final List<String> rings;

	/** psql with its connection options for the service's database. */
	private final List<String> psql;

	private final long end;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();

	private final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();

	private final AtomicLong violations = new AtomicLong();

	/** When the officer decrees next (only its thread reads it). */
	private long nextDecree = System.nanoTime();

	Soak(String base, long minutes, List<String> rings, String password, List<String> psql) {
		this.base = base;
		this.password = password;
		this.rings = rings;
		this.psql = psql;
		this.end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
	}

	public static void main(String[] args) throws Exception {
		List<String> psql = new ArrayList<>(List.of("psql", "-X", "-q", "-At"));
		psql.addAll(List.of(args).subList(4, args.length));
		Soak soak = new Soak(args[0], Long.parseLong(args[1]), Files.readAllLines(Path.of(args[2])), args[3], psql);
		List<Thread> users = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String applicant = (i % 2 == 0) ? "applicant1" : "applicant2";
			List<String> pending = new ArrayList<>();
			users.add(soak.user("applicant-" + i, i, (random) -> soak.applicant(applicant, pending, random)));
		}
		for (String reviewer : List.of("doe-reviewer", "frwo-reviewer", "agri-reviewer")) {
			users.add(soak.user(reviewer, reviewer.hashCode(), (random) -> soak.reviewer(reviewer, random)));
		}
		users.add(soak.user("officer", 11, soak::officer));
		users.add(soak.user("map reader", 12, soak::mapReader));
		users.add(soak.user("gis-admin", 13, soak::gisAdmin));
		for (Thread user : users) {
			user.join();
		}
		soak.report();
		System.exit((soak.violations.get() > 0) ? 1 : 0);
	}

	private Thread user(String name, long seed, Step step) {
		Thread thread = new Thread(() -> {
			Random random = new Random(seed);
			while (System.nanoTime() < this.end) {
				try {
					step.run(random);
				}
				catch (IOException | RuntimeException ex) {
					violation(name + ": " + ex);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, name);
		thread.start();
		return thread;
	}

	/**
	 * @param mine the applications this user accepted and has not withdrawn (its own
	 * list: each applicant user runs in one thread)
	 */
	private void applicant(String user, List<String> mine, Random random) throws IOException, InterruptedException {
		double choice = random.nextDouble();
		if (choice < 0.7 || mine.isEmpty()) {
			String body = "{\"mineral\":\"" + MINERALS[random.nextInt(MINERALS.length)] + "\",\"trimToFreeArea\":"
					+ (random.nextDouble() < 0.3) + ",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":["
					+ shifted(this.rings.get(random.nextInt(this.rings.size())), random) + "]}}";
			String key = (random.nextDouble() < 0.1) ? UUID.randomUUID().toString() : null;
			Answer first = send("submit", user, post("/api/v1/applications", body, key));
			if (first.status() == 201) {
				mine.add(first.id());
			}
			if (first.status() >= 500) {
				System.out.println("FAILED SUBMISSION " + body);
				printClaimsMet(body);
			}
			if (key != null) {
				Answer again = send("submit again", user, post("/api/v1/applications", body, key));
				// A refusal is not kept: a retry after every claim it named has gone is accepted.
				boolean freedSince = first.status() == 409 && again.status() == 201 && noneLeft(first.body());
				if (!freedSince && (again.status() != first.status()
						|| (first.status() == 201 && !first.id().equals(again.id())))) {
					violation("a retry with key " + key + " gave " + again.status() + " " + again.id() + ", the first "
							+ first.status() + " " + first.id());
				}
			}
		}
		else if (choice < 0.8) {
			String id = mine.remove(random.nextInt(mine.size()));
			send("withdraw", user, post("/api/v1/applications/" + id + "/withdrawal", "", null));
		}
		else if (choice < 0.9) {
			send("my list", user, get("/api/v1/applications?mine=true&summary=true&pageSize=50"));
		}
		else {
			send("receipt", user, get("/api/v1/applications/" + mine.get(random.nextInt(mine.size())) + "/receipt"));
		}
	}

	private void reviewer(String user, Random random) throws IOException, InterruptedException {
		List<String> open = ids(send("open inquiries", user, get("/api/v1/inquiries?summary=true&status=OPEN&pageSize=50")));
		if (open.isEmpty()) {
			Thread.sleep(200);
			return;
		}
		double choice = random.nextDouble();
		String answer = (choice < 0.5) ? "{\"decision\":\"CONSENT\"}"
				: (choice < 0.75) ? "{\"decision\":\"OBJECTION\",\"reason\":\"soak\"}"
						: "{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"soak\",\"refuseAgencyLand\":true}";
		send("answer", user,
				post("/api/v1/inquiries/" + open.get(random.nextInt(open.size())) + "/response", answer, null));
	}

	private void officer(Random random) throws IOException, InterruptedException {
		if (System.nanoTime() > this.nextDecree) {
			this.nextDecree = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			send("decree", "officer", post("/api/v1/decrees",
					"{\"action\":\"EXTEND\",\"days\":1,\"agency\":\"doe\",\"reason\":\"soak\",\"reference\":\"soak\"}",
					null));
		}
		double choice = random.nextDouble();
		if (choice < 0.6) {
			List<String> ready = ids(
					send("ready list", "officer", get("/api/v1/applications?summary=true&status=READY_FOR_DECISION&pageSize=50")));
			if (!ready.isEmpty()) {
				String decision = "/api/v1/applications/" + ready.get(random.nextInt(ready.size())) + "/decision";
				boolean grant = random.nextDouble() < 0.8;
				Answer decided = send(grant ? "grant" : "reject ready", "officer",
						post(decision, grant ? "{\"decision\":\"GRANT\"}" : REJECT, null));
				if (decided.status() == 422) {
					// Nothing grantable is left of it: the officer rejects it instead.
					send("reject ready", "officer", post(decision, REJECT, null));
				}
			}
		}
		else if (choice < 0.7) {
			List<String> consulting = ids(send("consulting list", "officer",
					get("/api/v1/applications?summary=true&status=UNDER_CONSULTATION&pageSize=50")));
			if (!consulting.isEmpty()) {
				send("reject consulting", "officer", post("/api/v1/applications/"
						+ consulting.get(random.nextInt(consulting.size())) + "/decision",
						REJECT, null));
			}
		}
		else if (choice < 0.85) {
			send("counts", "officer", get("/api/v1/applications/counts"));
		}
		else if (choice < 0.95) {
			send("by agency", "officer", get("/api/v1/inquiries/by-agency?days=30"));
		}
		else {
			send("audit", "officer", get("/api/v1/audit"));
		}
		Thread.sleep(20);
	}

	private void mapReader(Random random) throws IOException, InterruptedException {
		double choice = random.nextDouble();
		if (choice < 0.05) {
			send("layers", MAP_READER, get("/api/v1/layers"));
			return;
		}
		double lon = 44 + random.nextDouble() * 18;
		double lat = 25.5 + random.nextDouble() * 14;
		if (choice < 0.2) {
			send("features", MAP_READER,
					get(String.format(Locale.ROOT, "/api/v1/layers/%s/features?bbox=%.4f,%.4f,%.4f,%.4f&limit=100",
							MAP_LAYERS[random.nextInt(MAP_LAYERS.length)], lon, lat, lon + 0.2, lat + 0.2)));
			return;
		}
		int z = 5 + random.nextInt(8);
		double n = Math.pow(2, z);
		long x = (long) ((lon + 180) / 360 * n);
		long y = (long) ((1 - Math.log(Math.tan(Math.toRadians(lat)) + 1 / Math.cos(Math.toRadians(lat))) / Math.PI)
				/ 2 * n);
		send("tile", MAP_READER, get("/tiles/" + MAP_LAYERS[random.nextInt(MAP_LAYERS.length)] + "/" + z + "/" + x + "/" + y
				+ ".mvt"));
	}

	private void gisAdmin(Random random) throws IOException, InterruptedException {
		Thread.sleep(90_000);
		double lon = 50 + random.nextDouble() * 4;
		double lat = 36.6 + random.nextDouble() * 0.4;
		String geojson = String.format(Locale.ROOT,
				"{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"soak\"},"
						+ "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%1$.4f,%2$.4f],[%3$.4f,%2$.4f],"
						+ "[%3$.4f,%4$.4f],[%1$.4f,%4$.4f],[%1$.4f,%2$.4f]]]}}]}",
				lon, lat, lon + 0.01, lat + 0.01);
		String boundary = "soak" + random.nextLong();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak.geojson\"\r\n"
				+ "Content-Type: application/geo+json\r\n\r\n" + geojson + "\r\n--" + boundary + "--\r\n";
		send("import", "gis-admin", HttpRequest.newBuilder(URI.create(this.base + "/api/v1/layers/forests/imports?mode=append"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
	}

	/**
	 * The claims a failed submission's area meets, as they stand now: each one's id and
	 * its geometry as hex EWKB, exact to the bit, so that a test can replay the failure
	 * even when the claim is gone by the end of the run.
	 */
	private void printClaimsMet(String body) throws IOException, InterruptedException {
		String area = body.substring(body.indexOf("{\"type\""), body.length() - 1).replace("'", "''");
		String claims = psql("SELECT f.layer_id || ' ' || f.id || ' ' || encode(ST_AsEWKB(f.geom), 'hex') "
				+ "FROM feature f WHERE f.layer_id IN ('applications', 'licences') AND f.retired_in IS NULL "
				+ "AND ST_Intersects(f.geom, ST_SetSRID(ST_GeomFromGeoJSON('" + area + "'), 4326))");
		System.out.print(claims.lines().map((claim) -> "  CLAIM MET " + claim + "\n").collect(Collectors.joining()));
	}

	/** Whether none of the claims a 409 named is still a claim. */
	private boolean noneLeft(String problem) throws IOException, InterruptedException {
		String ids = Pattern.compile("\"featureId\":\"?(\\d+)")
			.matcher(problem)
			.results()
			.map((m) -> m.group(1))
			.collect(Collectors.joining(","));
		return !ids.isEmpty()
				&& "0".equals(psql("SELECT count(*) FROM feature WHERE retired_in IS NULL AND id IN (" + ids + ")").strip());
	}

	/** What psql prints for a query, read at once (not through the service). */
	private String psql(String query) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(this.psql);
		command.addAll(List.of("-c", query));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		process.waitFor();
		return printed;
	}

	/** A ring moved by up to 0.015° each way, so that some overlap their neighbours. */
	private static String shifted(String ring, Random random) {
		double dx = (random.nextDouble() - 0.5) * 0.03;
		double dy = (random.nextDouble() - 0.5) * 0.03;
		Matcher pair = NUMBER_PAIR.matcher(ring);
		StringBuilder moved = new StringBuilder();
		while (pair.find()) {
			pair.appendReplacement(moved, String.format(Locale.ROOT, "[%.6f,%.6f]",
					Double.parseDouble(pair.group(1)) + dx, Double.parseDouble(pair.group(2)) + dy));
		}
		return pair.appendTail(moved).toString();
	}

	private HttpRequest.Builder get(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).GET();
	}

	private HttpRequest.Builder post(String path, String json, String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		return (idempotencyKey != null) ? request.header("Idempotency-Key", idempotencyKey) : request;
	}

	private Answer send(String operation, String user, HttpRequest.Builder request)
			throws IOException, InterruptedException {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + this.password).getBytes(StandardCharsets.UTF_8));
		long start = System.nanoTime();
		HttpResponse<String> response = this.http.send(
				request.header("Authorization", "Basic " + credentials).timeout(Duration.ofSeconds(60)).build(),
				HttpResponse.BodyHandlers.ofString());
		this.latencies.computeIfAbsent(operation, (o) -> Collections.synchronizedList(new ArrayList<>()))
			.add(System.nanoTime() - start);
		this.outcomes.computeIfAbsent(operation + " " + response.statusCode(), (o) -> new AtomicLong())
			.incrementAndGet();
		if (response.statusCode() >= 500) {
			violation(operation + " by " + user + ": " + response.statusCode() + " " + response.body());
		}
		Matcher id = ID.matcher(response.body());
		return new Answer(response.statusCode(), id.find() ? id.group(1) : null, response.body());
	}

	private static List<String> ids(Answer answer) {
		List<String> ids = new ArrayList<>();
		Matcher id = ID.matcher(answer.body());
		while (id.find()) {
			ids.add(id.group(1));
		}
		return ids;
	}

	private void violation(String what) {
		this.violations.incrementAndGet();
		System.out.println("VIOLATION " + what.substring(0, Math.min(what.length(), 400)));
	}

	private void report() {
		System.out.printf(Locale.ROOT, "%-16s %8s %10s %10s   %s%n", "request", "count", "p50 ms", "p95 ms",
				"answers");
		for (Map.Entry<String, List<Long>> entry : new TreeMap<>(this.latencies).entrySet()) {
			List<Long> times = new ArrayList<>(entry.getValue());
			Collections.sort(times);
			StringBuilder answers = new StringBuilder();
			new TreeMap<>(this.outcomes).forEach((key, count) -> {
				if (key.startsWith(entry.getKey() + " ") && key.substring(entry.getKey().length() + 1).matches("\\d+")) {
					answers.append(key.substring(entry.getKey().length() + 1)).append(" × ").append(count).append("  ");
				}
			});
			System.out.printf(Locale.ROOT, "%-16s %8d %10.2f %10.2f   %s%n", entry.getKey(), times.size(),
					times.get(times.size() / 2) / 1e6, times.get((int) (times.size() * 0.95)) / 1e6, answers);
		}
		System.out.println("violations: " + this.violations.get());
	}

	private interface Step {

		void run(Random random) throws IOException, InterruptedException;

	}

	private record Answer(int status, String id, String body) {
	}

}
