package ir.cadastre.application;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limited withdrawal permits (DESIGN §2: Art. 13), at the test clock
 * 2026-01-15T08:00:00Z, 1404-10-25 in Tehran: applied for on their own area, first come
 * first served, and granted for whole Solar Hijri months.
 */
@CadastreTest
class WithdrawalPermitTests extends ApiTest {

	/** 0.01° × 0.01° (about 1 km²) of a quarry east of Yazd. */
	static final String QUARRY = "POLYGON((54.3 32.3, 54.31 32.3, 54.31 32.31, 54.3 32.31, 54.3 32.3))";

	@Test
	@DisplayName("Art. 13: a withdrawal permit claims its own area and is granted for at most the configured months")
	void article13_withdrawalPermitIsGrantedForMonths() {
		Api.Response submitted = submit("WITHDRAWAL_PERMIT", "limestone", Fixtures.APPLICANT);
		assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
		assertThat(submitted.json().get("type").stringValue()).isEqualTo("WITHDRAWAL_PERMIT");
		assertThat(submit("EXPLORATION", "copper", Fixtures.APPLICANT2).status()).as("it blocks later claims")
			.isEqualTo(409);
		String application = submitted.json().get("id").stringValue();

		Api.Response noMonths = decide(application, "{\"decision\":\"GRANT\"}");
		assertThat(noMonths.status()).isEqualTo(400);
		assertThat(noMonths.json().get("errors").get(0).get("field").stringValue()).isEqualTo("months");
		Api.Response tooLong = decide(application, "{\"decision\":\"GRANT\",\"months\":25}");
		assertThat(tooLong.status()).isEqualTo(422);
		assertThat(tooLong.json().get("detail").stringValue()).contains("Art. 13").contains("24 months");
		assertThat(decide(application, "{\"decision\":\"GRANT\",\"months\":0}").status()).isEqualTo(400);
		Api.Response fraction = decide(application, "{\"decision\":\"GRANT\",\"months\":1.5}");
		assertThat(fraction.status()).as("never cut to 1 month").isEqualTo(400);
		assertThat(fraction.json().get("detail").stringValue()).contains("(months)");
		assertThat(this.fixtures.count("licence")).isZero();

		Api.Response granted = decide(application, "{\"decision\":\"GRANT\",\"months\":6}");
		assertThat(granted.status()).as(granted.body()).isEqualTo(200);
		JsonNode permit = this.api
			.get("/api/v1/licences/" + granted.json().get("licenceId").stringValue(), Fixtures.APPLICANT)
			.json();
		assertThat(permit.get("type").stringValue()).isEqualTo("WITHDRAWAL_PERMIT");
		assertThat(permit.get("status").stringValue()).isEqualTo("ACTIVE");
		assertThat(permit.get("lastDaySolarHijri").stringValue()).isEqualTo("1405-04-25");
		assertThat(permit.get("endsAt").stringValue()).isEqualTo("2026-07-16T20:30:00Z");
		assertThat(this.db.sql("SELECT details ->> 'months' FROM audit_event WHERE subject = :licence")
			.param("licence", "licence:" + granted.json().get("licenceId").stringValue())
			.query(String.class)
			.single()).as("the audit trail records the term granted").isEqualTo("6");
		assertThat(
				this.db.sql("SELECT external_id FROM feature WHERE layer_id = 'licences'").query(String.class).single())
			.isEqualTo("WP-" + permit.get("number").longValue());
		assertThat(submit("EXPLORATION", "copper", Fixtures.APPLICANT2).status()).isEqualTo(409);
	}

	@Test
	@DisplayName("Art. 13: a permit stays with its holder and is not renewed; it can be closed")
	void article13_permitIsNotTransferredNorRenewed() {
		String application = submit("WITHDRAWAL_PERMIT", "gypsum", Fixtures.APPLICANT).json().get("id").stringValue();
		String permit = decide(application, "{\"decision\":\"GRANT\",\"months\":12}").json()
			.get("licenceId")
			.stringValue();
		Api.Response transfer = this.api.postJson("/api/v1/licences/" + permit + "/transfer", Fixtures.OFFICER,
				"{\"to\":\"" + Fixtures.APPLICANT2 + "\"}");
		assertThat(transfer.status()).isEqualTo(409);
		assertThat(transfer.json().get("detail").stringValue()).contains("Art. 13");
		assertThat(this.api.postJson("/api/v1/licences/" + permit + "/renewal", Fixtures.OFFICER, "{\"years\":1}")
			.status()).isEqualTo(409);
		assertThat(this.api
			.postJson("/api/v1/licences/" + permit + "/closure", Fixtures.OFFICER,
					"{\"reason\":\"the construction project ended\"}")
			.json()
			.get("status")
			.stringValue()).isEqualTo("CLOSED");
		assertThat(submit("EXPLORATION", "copper", Fixtures.APPLICANT2).status()).isEqualTo(201);
	}

	@Test
	@DisplayName("Months are given only to grant a withdrawal permit")
	void monthsOnlyForAWithdrawalPermit() {
		String exploration = submit("EXPLORATION", "copper", Fixtures.APPLICANT).json().get("id").stringValue();
		assertThat(decide(exploration, "{\"decision\":\"GRANT\",\"months\":6}").status()).isEqualTo(400);
		assertThat(decide(exploration, "{\"decision\":\"REJECT\",\"reason\":\"x\",\"months\":6}").status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/v1/applications/" + exploration, Fixtures.OFFICER)
			.json()
			.get("status")
			.stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(submit("EXPLOITATION", "copper", Fixtures.APPLICANT2).status()).isEqualTo(422);
	}

	private Api.Response submit(String type, String mineral, String applicant) {
		return this.api.postJson("/api/v1/applications", applicant, "{\"type\":\"" + type + "\",\"mineral\":\""
				+ mineral + "\",\"geometry\":" + this.fixtures.geoJson(QUARRY) + "}");
	}

	private Api.Response decide(String application, String body) {
		return this.api.postJson("/api/v1/applications/" + application + "/decision", Fixtures.OFFICER, body);
	}

}
