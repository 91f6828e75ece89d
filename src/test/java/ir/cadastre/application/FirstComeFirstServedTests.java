package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Priority under a race (DESIGN §3, "First come, first served"; Art. 6, 9): 200
 * submissions released together over HTTP.
 */
@CadastreTest
class FirstComeFirstServedTests {

	static final int RACERS = 200;

	/** Open desert south-east of Yazd, away from every fixture. */
	static final double LON = 55.3;

	static final double LAT = 31.2;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	ClaimRace race;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures().users();
		this.race = new ClaimRace(new Api(this.port), this.db);
	}

	static List<Arguments> overlappingShapes() {
		return List.of(Arguments.of("identical", (IntFunction<Geometry>) (i) -> ClaimRace.square(LON, LAT, 2000)),
				Arguments.of("shifted slightly",
						(IntFunction<Geometry>) (i) -> ClaimRace.square(LON + i * 1e-5, LAT + i * 1e-5, 2000)),
				Arguments.of("containing and contained",
						(IntFunction<Geometry>) (i) -> ClaimRace.square(LON - i * 2e-5, LAT - i * 2e-5, 1000 + i * 4)),
				Arguments.of("sharing only 1–10 m²",
						(IntFunction<Geometry>) (i) -> ClaimRace.petal(LON, LAT, i, RACERS, 2000, 2.5)));
	}

	@ParameterizedTest(name = "article9_exactlyOneOf200OverlappingSubmissionsWins: {0}")
	@MethodSource("overlappingShapes")
	void article9_exactlyOneOf200OverlappingSubmissionsWins(String shape, IntFunction<Geometry> area) throws Exception {
		List<Geometry> areas = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			areas.add(area.apply(i));
		}
		List<Api.Response> responses = this.race.submitTogether(areas);
		assertThat(responses).allSatisfy((r) -> assertThat(r.status()).as(r.toString()).isIn(201, 409));
		assertThat(responses.stream().filter((r) -> r.status() == 201)).as(shape).hasSize(1);
		assertThat(responses.stream().filter((r) -> r.status() == 409)).allSatisfy((r) -> {
			assertThat(r.isProblem()).isTrue();
			assertThat(r.json().get("conflicts").get(0).get("layer").stringValue()).isEqualTo("applications");
		});
		assertThat(this.race.overlappingClaims()).isZero();
		assertThat(this.db.sql("SELECT count(*) FROM application").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("petals share 1 to 10 m² with each other")
	void petalsShareOneToTenSquareMetres() {
		Geometry a = ClaimRace.petal(LON, LAT, 0, RACERS, 2000, 2.5);
		Geometry b = ClaimRace.petal(LON, LAT, 100, RACERS, 2000, 2.5);
		double shared = this.db
			.sql("SELECT ST_Area(ST_Intersection(ST_GeomFromText(:a, 4326), ST_GeomFromText(:b, 4326))::geography)")
			.param("a", a.toText())
			.param("b", b.toText())
			.query(Double.class)
			.single();
		assertThat(shared).isBetween(1.0, 10.0);
	}

	@Test
	void article9_theWinnerHoldsTheEarliestReceiptOfItsRound() throws Exception {
		List<Geometry> areas = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			areas.add(ClaimRace.square(LON, LAT, 2000));
		}
		long before = this.db.sql("SELECT last_value FROM application_receipt").query(Long.class).single();
		List<Api.Response> responses = this.race.submitTogether(areas);
		Api.Response winner = responses.stream().filter((r) -> r.status() == 201).findFirst().orElseThrow();
		assertThat(winner.json().get("receipt").longValue()).isEqualTo(before + 1);
	}

	@Test
	void disjointSubmissionsPackedIntoOneSmallWindowAllWin() throws Exception {
		List<Geometry> areas = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			// A 20 × 10 grid of 200 m squares with 10 m gaps: 4 km × 2 km, a handful of
			// lock cells.
			areas.add(ClaimRace.square(LON + (i % 20) * 210 / ClaimRace.LON_DEGREE_M,
					LAT + (i / 20) * 210 / ClaimRace.LAT_DEGREE_M, 200));
		}
		List<Api.Response> responses = this.race.submitTogether(areas);
		assertThat(responses).allSatisfy((r) -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
		assertThat(this.race.overlappingClaims()).isZero();
	}

	@Test
	void touchingSubmissionsNeverBlockEachOther() throws Exception {
		List<Geometry> areas = new ArrayList<>();
		for (int i = 0; i < RACERS; i++) {
			// Squares sharing edges and corners, no interior.
			areas.add(ClaimRace.square(LON + (i % 20) * 200 / ClaimRace.LON_DEGREE_M,
					LAT + (i / 20) * 200 / ClaimRace.LAT_DEGREE_M, 200));
		}
		List<Api.Response> responses = this.race.submitTogether(areas);
		assertThat(responses).allSatisfy((r) -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
	}

}
