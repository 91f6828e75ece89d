package ir.cadastre.application;

import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The race harness with the claim locks switched off: a check-then-insert at READ
 * COMMITTED. It must then find several winners, or the race tests prove nothing.
 */
@CadastreTest
@TestPropertySource(properties = "cadastre.applications.claim-locks=false")
class UnprotectedRaceTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient db;

	@Test
	void withoutClaimLocksTheHarnessSeesSeveralWinners() throws Exception {
		ClaimRace race = new ClaimRace(new Api(this.port), this.db);
		long mostWinners = 0;
		for (int round = 0; round < 3 && mostWinners < 2; round++) {
			new Fixtures(this.db).noFeatures().users();
			List<Geometry> areas = new ArrayList<>();
			for (int i = 0; i < FirstComeFirstServedTests.RACERS; i++) {
				areas.add(ClaimRace.square(FirstComeFirstServedTests.LON, FirstComeFirstServedTests.LAT, 2000));
			}
			List<Api.Response> responses = race.submitTogether(areas);
			long winners = responses.stream().filter((r) -> r.status() == 201).count();
			System.out.println("Round " + round + " without claim locks: " + winners + " winners of 200");
			mostWinners = Math.max(mostWinners, winners);
			if (mostWinners >= 2) {
				assertThat(race.overlappingClaims()).isPositive();
			}
		}
		assertThat(mostWinners).as("winners among 200 identical submissions without claim locks").isGreaterThan(1);
		new Fixtures(this.db).noFeatures();
	}

}
