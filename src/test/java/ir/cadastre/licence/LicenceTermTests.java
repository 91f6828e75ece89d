package ir.cadastre.licence;

import java.util.List;
import java.util.UUID;

import ir.cadastre.Api;
import ir.cadastre.CadastreApplication;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.GrantedLicences;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Licence terms at their exact end (Art. 8; Art. 10 note 3). At the test clock,
 * 2026-01-15T08:00:00Z (1404-10-25 in Tehran), two discovery certificates, one of whose
 * holder asks for the exploitation licence at once, and a one-year exploitation licence
 * are issued; both end at the end of 1405-10-25, 2027-01-15T20:30:00Z. Each later moment
 * is a new service instance started with its own fixed clock on the same database.
 */
@CadastreTest
class LicenceTermTests extends ApiTest {

	static final String MINUTE_BEFORE = "2027-01-15T20:29:00Z";

	static final String MINUTE_AFTER = "2027-01-15T20:31:00Z";

	static final String EAST = "POLYGON((54.5 32.3, 54.52 32.3, 54.52 32.32, 54.5 32.32, 54.5 32.3))";

	static final String NORTH = "POLYGON((54.3 32.5, 54.32 32.5, 54.32 32.52, 54.3 32.52, 54.3 32.5))";

	static final String SOUTH = "POLYGON((54.3 32.1, 54.32 32.1, 54.32 32.12, 54.3 32.12, 54.3 32.1))";

	@Autowired
	LicenceTerms terms;

	long notifiedBefore;

	@BeforeEach
	void setUp() {
		this.notifiedBefore = this.db.sql("SELECT coalesce(max(id), 0) FROM notification").query(Long.class).single();
	}

	@Test
	@DisplayName("Art. 8, Art. 10 note 3: a minute before the end both hold their land; a minute after, the certificate has lapsed and the licence expired, and the land is free before the sweep, unless their holders asked in time")
	void article8_priorityLapsesAndArticle10_periodExpiresAtTheEndOfTheLastDay() {
		String certificate = certificate(LicenceLifeTests.AREA);
		String exploitation = oneYearExploitation(EAST);
		String asked = certificate(NORTH);
		assertThat(this.api
			.postJson("/api/v1/licences/" + asked + "/exploitation-request", Fixtures.APPLICANT2,
					"{\"note\":\"plan of 2026-01\"}")
			.status()).isEqualTo(200);
		String renewing = oneYearExploitation(SOUTH);
		assertThat(this.api.postJson("/api/v1/licences/" + renewing + "/renewal-request", Fixtures.APPLICANT2, "{}")
			.status()).isEqualTo(200);
		this.terms.sweep();
		assertThat(warnings()).as("a year ahead, no warning").isEmpty();
		try (Instance before = new Instance(MINUTE_BEFORE)) {
			assertThat(status(before.api, certificate)).isEqualTo("ACTIVE");
			assertThat(status(before.api, exploitation)).isEqualTo("ACTIVE");
			assertThat(before.api.get("/api/v1/licences/" + certificate, Fixtures.APPLICANT)
				.json()
				.get("daysLeft")
				.intValue()).isZero();
			assertThat(submit(before.api, LicenceLifeTests.AREA).status()).isEqualTo(409);
			assertThat(submit(before.api, EAST).status()).isEqualTo(409);
			assertThat(before.context.getBean(LicenceTerms.class).sweep()).isZero();
			assertThat(before.context.getBean(LicenceTerms.class).sweep()).isZero();
			assertThat(warnings()).as("warned once each, on the last day")
				.containsExactlyInAnyOrder("Licence " + number(certificate) + " ends today",
						"Licence " + number(exploitation) + " ends today");
		}
		try (Instance after = new Instance(MINUTE_AFTER)) {
			assertThat(status(after.api, certificate)).isEqualTo("LAPSED");
			assertThat(status(after.api, exploitation)).isEqualTo("EXPIRED");
			Api.Response late = after.api.postJson("/api/v1/licences/" + certificate + "/exploitation-licence",
					Fixtures.OFFICER, "{\"years\":5}");
			assertThat(late.status()).isEqualTo(409);
			assertThat(late.json().get("type").stringValue()).endsWith(":priority-lapsed");
			assertThat(late.json().get("detail").stringValue()).contains("Art. 8");
			assertThat(after.api
				.postJson("/api/v1/licences/" + certificate + "/transfer", Fixtures.OFFICER,
						"{\"to\":\"" + Fixtures.APPLICANT2 + "\"}")
				.status()).as("Art. 7: transferable within one year").isEqualTo(409);
			assertThat(after.api
				.postJson("/api/v1/licences/" + exploitation + "/renewal", Fixtures.OFFICER, "{\"years\":5}")
				.status()).as("renewal is before the end").isEqualTo(409);
			assertThat(submit(after.api, LicenceLifeTests.AREA).status()).as("free before the sweep").isEqualTo(201);
			assertThat(status(after.api, asked)).as("Art. 8: asked for within the year").isEqualTo("ACTIVE");
			assertThat(submit(after.api, NORTH).status()).as("its land still held").isEqualTo(409);
			Api.Response transfer = after.api.postJson("/api/v1/licences/" + asked + "/transfer", Fixtures.OFFICER,
					"{\"to\":\"" + Fixtures.APPLICANT + "\"}");
			assertThat(transfer.status()).isEqualTo(409);
			assertThat(transfer.json().get("detail").stringValue()).contains("Art. 7");
			assertThat(after.context.getBean(LicenceTerms.class).sweep()).isEqualTo(2);
			assertThat(after.context.getBean(LicenceTerms.class).sweep()).as("exactly once").isZero();
			assertThat(status(after.api, asked)).isEqualTo("ACTIVE");
			assertThat(after.api
				.postJson("/api/v1/licences/" + asked + "/exploitation-licence", Fixtures.OFFICER, "{\"years\":20}")
				.status()).as("issued after the year on a request made within it").isEqualTo(201);
			assertThat(status(after.api, renewing)).as("Art. 10 note 3: renewal asked for in time").isEqualTo("ACTIVE");
			assertThat(submit(after.api, SOUTH).status()).isEqualTo(409);
			Api.Response renewed = after.api.postJson("/api/v1/licences/" + renewing + "/renewal", Fixtures.OFFICER,
					"{\"years\":5}");
			assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
			assertThat(renewed.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1410-10-25");
			assertThat(renewed.json().get("requestedAt").isNull()).isTrue();
		}
		assertThat(this.db.sql("SELECT status FROM licence WHERE id IN (:ids) ORDER BY status")
			.param("ids", List.of(UUID.fromString(certificate), UUID.fromString(exploitation)))
			.query(String.class)
			.list()).containsExactly("EXPIRED", "LAPSED");
		assertThat(
				this.db.sql("SELECT external_id FROM feature WHERE layer_id = 'licences'").query(String.class).list())
			.as("only the licences asked for in time")
			.hasSize(2)
			.allMatch((id) -> id.startsWith("EXL-"));
		assertThat(this.db.sql("SELECT action FROM audit_event WHERE actor = 'system' AND subject IN (:subjects)")
			.param("subjects", List.of("licence:" + certificate, "licence:" + exploitation))
			.query(String.class)
			.list()).containsExactlyInAnyOrder("licence.expire", "licence.lapse");
		assertThat(this.db
			.sql("""
					SELECT subject FROM notification
					WHERE kind = 'LICENCE' AND recipient = :holder AND id > :before AND body LIKE '%at the end of 25 Dey 1405:%'
					ORDER BY subject
					""")
			.param("holder", "user:" + Fixtures.APPLICANT2)
			.param("before", this.notifiedBefore)
			.query(String.class)
			.list()).containsExactlyInAnyOrder("Licence " + number(exploitation) + " expired",
					"Licence " + number(certificate) + " lapsed");
	}

	@Test
	@DisplayName("Art. 10 note 3: each period is renewed once; the period a renewal added is renewed from its first day")
	void article10_eachPeriodIsRenewedOnce() {
		String licence = oneYearExploitation(EAST);
		Api.Response renewed = renew(this.api, licence, 2);
		assertThat(renewed.status()).as(renewed.body()).isEqualTo(200);
		assertThat(renewed.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1407-10-25");
		Api.Response twice = renew(this.api, licence, 2);
		assertThat(twice.status()).as(twice.body()).isEqualTo(409);
		assertThat(twice.json().get("type").stringValue()).endsWith(":already-renewed");
		assertThat(twice.json().get("detail").stringValue()).contains("1407-10-25", "after 1405-10-25",
				"Art. 10 note 3");
		try (Instance before = new Instance(MINUTE_BEFORE)) {
			assertThat(renew(before.api, licence, 2).status()).as("the last day of the first period").isEqualTo(409);
		}
		try (Instance after = new Instance(MINUTE_AFTER)) {
			Api.Response next = renew(after.api, licence, 1);
			assertThat(next.status()).as(next.body()).isEqualTo(200);
			assertThat(next.json().get("lastDaySolarHijri").stringValue()).isEqualTo("1408-10-25");
			assertThat(renew(after.api, licence, 1).status()).isEqualTo(409);
		}
		assertThat(this.db.sql("SELECT last_day_solar_hijri FROM licence WHERE id = :id")
			.param("id", UUID.fromString(licence))
			.query(String.class)
			.single()).isEqualTo("1408-10-25");
	}

	@Test
	@DisplayName("Art. 10 note 3: a transfer asked for ends with the licence's period, before the sweep too: nothing is left to refuse")
	void article10_aTransferEndsWithThePeriod() {
		String licence = oneYearExploitation(SOUTH);
		assertThat(this.api
			.postJson("/api/v1/licences/" + licence + "/transfer-request", Fixtures.APPLICANT2,
					"{\"to\":\"" + Fixtures.APPLICANT + "\"}")
			.status()).isEqualTo(200);
		try (Instance after = new Instance(MINUTE_AFTER)) {
			Api.Response refused = after.api.postJson("/api/v1/licences/" + licence + "/transfer-refusal",
					Fixtures.OFFICER, "{\"reason\":\"late\"}");
			assertThat(refused.status()).as(refused.body()).isEqualTo(409);
			assertThat(refused.json().get("type").stringValue()).endsWith(":licence-not-active");
			assertThat(refused.json().get("licenceStatus").stringValue()).isEqualTo("EXPIRED");
		}
		assertThat(this.db
			.sql("SELECT count(*) FROM audit_event WHERE action = 'licence.transfer-refusal' AND subject = :subject")
			.param("subject", "licence:" + licence)
			.query(Long.class)
			.single()).isZero();
	}

	private static Api.Response renew(Api api, String licence, int years) {
		return api.postJson("/api/v1/licences/" + licence + "/renewal", Fixtures.OFFICER, "{\"years\":" + years + "}");
	}

	private String certificate(String wkt) {
		return GrantedLicences.certificate(this.api, Fixtures.APPLICANT2, this.fixtures.geoJson(wkt))
			.get("id")
			.stringValue();
	}

	/**
	 * An exploitation licence of one year on a certificate issued now: both end at the
	 * end of 1405-10-25.
	 */
	private String oneYearExploitation(String wkt) {
		return this.api
			.postJson("/api/v1/licences/" + certificate(wkt) + "/exploitation-licence", Fixtures.OFFICER,
					"{\"years\":1}")
			.json()
			.get("id")
			.stringValue();
	}

	private List<String> warnings() {
		return this.db.sql("SELECT subject FROM notification WHERE id > :before AND subject LIKE 'Licence % ends %'")
			.param("before", this.notifiedBefore)
			.query(String.class)
			.list();
	}

	private long number(String licence) {
		return this.api.get("/api/v1/licences/" + licence, Fixtures.OFFICER).json().get("number").longValue();
	}

	private Api.Response submit(Api api, String wkt) {
		return api.postJson("/api/v1/applications", Fixtures.APPLICANT2,
				"{\"mineral\":\"copper\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
	}

	private static String status(Api api, String licence) {
		return api.get("/api/v1/licences/" + licence, Fixtures.APPLICANT).json().get("status").stringValue();
	}

	/** Another service instance on the same database, its clock fixed at an instant. */
	static final class Instance implements AutoCloseable {

		final ConfigurableApplicationContext context;

		final Api api;

		Instance(String clock) {
			this.context = new SpringApplicationBuilder(CadastreApplication.class).profiles("test")
				.run("--server.port=0", "--cadastre.clock.fixed=" + clock);
			this.api = new Api(Integer.parseInt(this.context.getEnvironment().getProperty("local.server.port")));
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

}
