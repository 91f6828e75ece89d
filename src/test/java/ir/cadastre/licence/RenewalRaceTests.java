package ir.cadastre.licence;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import ir.cadastre.HeldTransactions;
import ir.cadastre.licence.LicenceTermTests.Instance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renewals of one licence sent over HTTP at once (a double click, a retry, two officers)
 * and a renewal sent again as its correction is made (Art. 10 note 3). The licence's row
 * is held locked by a transaction of the test's own until every request waits for it,
 * then released, so that all of them run together. At the test clock,
 * 2026-01-15T08:00:00Z (1404-10-25 in Tehran), a one-year exploitation licence is issued;
 * its period ends at the end of 1405-10-25.
 */
@CadastreTest
class RenewalRaceTests extends ApiTest {

	@Autowired
	DataSource dataSource;

	HeldTransactions held;

	ExecutorService officers = Executors.newCachedThreadPool();

	String licence;

	@BeforeEach
	void setUp() {
		this.held = new HeldTransactions(this.dataSource, this.db);
		String certificate = GrantedLicences
			.certificate(this.api, Fixtures.APPLICANT, this.fixtures.geoJson(LicenceLifeTests.AREA))
			.get("id")
			.stringValue();
		this.licence = this.api
			.postJson("/api/v1/licences/" + certificate + "/exploitation-licence", Fixtures.OFFICER, "{\"years\":1}")
			.json()
			.get("id")
			.stringValue();
	}

	@AfterEach
	void tearDown() {
		this.officers.shutdownNow();
	}

	@Test
	@DisplayName("Art. 10 note 3: four renewals released together add one period: one 200, three 409 already-renewed")
	void article10_renewalsReleasedTogetherAddOnePeriod() throws Exception {
		List<Api.Response> answers = together(this.api, renewal(3), renewal(3), renewal(3), renewal(3));
		assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409, 409, 409);
		assertThat(answers).filteredOn((answer) -> answer.status() == 409)
			.allSatisfy((refused) -> assertThat(refused.json().get("type").stringValue()).endsWith(":already-renewed"));
		assertThat(lastDay()).isEqualTo("1408-10-25");
		assertThat(events("licence.renew")).isEqualTo(1);
	}

	@Test
	@DisplayName("Art. 10 note 3: renewals released together after the period ended, on the holder's request made in time, add one period; the period they added is renewed when named")
	void article10_lateRenewalsReleasedTogetherAddOnePeriod() throws Exception {
		assertThat(this.api.postJson("/api/v1/licences/" + this.licence + "/renewal-request", Fixtures.APPLICANT, "{}")
			.status()).isEqualTo(200);
		try (Instance after = new Instance(LicenceTermTests.MINUTE_AFTER)) {
			List<Api.Response> answers = together(after.api, renewal(3), renewal(3), renewal(3), renewal(3));
			assertThat(answers).extracting(Api.Response::status).containsExactlyInAnyOrder(200, 409, 409, 409);
			assertThat(lastDay()).as("1405-10-25 and 3 years").isEqualTo("1408-10-25");
			assertThat(events("licence.renew")).isEqualTo(1);

			Api.Response retried = post(after.api, "renewal", "{\"years\":3,\"after\":\"1405-10-25\"}");
			assertThat(retried.status()).as(retried.body()).isEqualTo(409);
			assertThat(retried.json().get("type").stringValue()).endsWith(":already-renewed");
			assertThat(post(after.api, "renewal", "{\"years\":3,\"after\":\"۱۴۰۵-۱۰-۲۵\"}").json()
				.get("type")
				.stringValue()).as("the day in Persian digits").endsWith(":already-renewed");
			Api.Response unknown = post(after.api, "renewal", "{\"years\":3,\"after\":\"1406-01-01\"}");
			assertThat(unknown.status()).as(unknown.body()).isEqualTo(409);
			assertThat(unknown.json().get("type").stringValue()).endsWith(":other-period");
			assertThat(post(after.api, "renewal", "{\"years\":3,\"after\":\"1405-13-40\"}").status()).isEqualTo(400);
			assertThat(lastDay()).isEqualTo("1408-10-25");

			Api.Response next = post(after.api, "renewal", "{\"years\":2,\"after\":\"1408-10-25\"}");
			assertThat(next.status()).as(next.body()).isEqualTo(200);
			assertThat(lastDay()).isEqualTo("1410-10-25");
		}
	}

	@Test
	@DisplayName("Art. 10 note 3: a renewal sent again as its correction is made adds nothing: the correction stands, the renewal is 409")
	void article10_aRenewalSentAgainWithItsCorrection() throws Exception {
		assertThat(post(this.api, "renewal", renewal(3)).status()).isEqualTo(200);
		List<Api.Response> answers = together(this.api, renewal(3), "{\"years\":3,\"after\":\"1405-10-25\"}",
				"correction:{\"years\":2,\"reason\":\"typed 3 for 2\"}");
		assertThat(answers).extracting(Api.Response::status).containsExactly(409, 409, 200);
		assertThat(lastDay()).as("1405-10-25 and 2 years").isEqualTo("1407-10-25");
		assertThat(events("licence.renew")).isEqualTo(1);
		assertThat(events("licence.renewal-correct")).isEqualTo(1);
	}

	/**
	 * The requests, each a renewal's body or {@code correction:} and a correction's,
	 * released together once each waits for the licence's row.
	 */
	private List<Api.Response> together(Api api, String... bodies) throws Exception {
		List<CompletableFuture<Api.Response>> sent;
		try (Connection officer = this.held
			.holding("SELECT 1 FROM licence WHERE id = '" + this.licence + "' FOR UPDATE")) {
			sent = Stream.of(bodies)
				.map((body) -> CompletableFuture.supplyAsync(() -> body.startsWith("correction:")
						? post(api, "renewal-correction", body.substring("correction:".length()))
						: post(api, "renewal", body), this.officers))
				.toList();
			this.held.awaitWaiting(bodies.length);
			officer.commit();
		}
		return sent.stream().map(CompletableFuture::join).toList();
	}

	private static String renewal(int years) {
		return "{\"years\":" + years + "}";
	}

	private Api.Response post(Api api, String action, String body) {
		return api.postJson("/api/v1/licences/" + this.licence + "/" + action, Fixtures.OFFICER, body);
	}

	private String lastDay() {
		return this.db.sql("SELECT last_day_solar_hijri FROM licence WHERE id = :id")
			.param("id", UUID.fromString(this.licence))
			.query(String.class)
			.single();
	}

	private long events(String action) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND subject = :subject")
			.param("action", action)
			.param("subject", "licence:" + this.licence)
			.query(Long.class)
			.single();
	}

}
