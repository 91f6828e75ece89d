package ir.cadastre.audit;

import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anchor of the audit trail, whose digest officers keep outside the service, shows the
 * newest events of a chain removed together, which the chains alone cannot show.
 */
@CadastreTest
class AuditAnchorTests {

	@Autowired
	JdbcClient db;

	@Autowired
	TransactionTemplate transaction;

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).users();
		this.api = new Api(this.port);
	}

	@Test
	void anAnchorShowsTheNewestEventsOfAChainRemovedAndItsHeadsChanged() {
		this.transaction.executeWithoutResult((status) -> {
			// One chain, the third its newest.
			List<Long> ids = OneChain.threeEvents(this.db, "test:anchor");
			long chain = this.db.sql("SELECT chain FROM audit_event WHERE id = :id")
				.param("id", ids.get(2))
				.query(Long.class)
				.single();
			String digest = this.db.sql("SELECT digest FROM audit_anchor_take()").query(String.class).single();
			assertThat(problems(digest)).isEmpty();
			assertThat(this.db.sql("SELECT digest FROM audit_anchor_take()").query(String.class).single())
				.as("the trail unchanged, the same anchor")
				.isEqualTo(digest);

			// What only the tables' owner can do: the two newest events of the chain go.
			this.db.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
			this.db.sql("DELETE FROM audit_event WHERE id IN (:ids)").param("ids", ids.subList(1, 3)).update();
			assertThat(this.db.sql("SELECT count(*) FROM audit_breaks()").query(Long.class).single())
				.as("the chain that is left is whole")
				.isZero();
			assertThat(problems(digest)).containsExactly(
					"head-gone: event " + ids.get(2) + ", the newest of chain " + chain + " when anchored, is gone");

			this.db.sql("ALTER TABLE audit_anchor DISABLE TRIGGER audit_anchor_append_only").update();
			this.db.sql("UPDATE audit_anchor SET heads = '[]' WHERE digest = :digest").param("digest", digest).update();
			assertThat(problems(digest))
				.containsExactly("heads-changed: the anchor's heads no longer give its digest: they were changed");
			this.db.sql("DELETE FROM audit_anchor WHERE digest = :digest").param("digest", digest).update();
			assertThat(problems(digest)).containsExactly(
					"unknown-anchor: no anchor with this digest is kept: it was removed, or the digest is mistyped");
			status.setRollbackOnly();
		});
	}

	@Test
	void anOfficerTakesAnAnchorEveryOfficerIsSentItsDigestAndTheCheckUsesIt() {
		Api.Response taken = this.api.post("/api/v1/audit/anchors", Fixtures.OFFICER, "application/json", "");
		assertThat(taken.status()).as(taken.body()).isEqualTo(201);
		String digest = taken.json().get("digest").stringValue();
		assertThat(digest).matches("[0-9a-f]{64}");
		assertThat(taken.json().get("chains").intValue()).isPositive();
		assertThat(this.db.sql("SELECT body FROM notification WHERE recipient = :officer AND kind = 'AUDIT_ANCHOR'")
			.param("officer", "user:" + Fixtures.OFFICER)
			.query(String.class)
			.list()).anySatisfy((body) -> assertThat(body).contains(digest));
		assertThat(this.db.sql("SELECT count(*) FROM audit_event WHERE action = 'audit.anchor' AND actor = :officer")
			.param("officer", Fixtures.OFFICER)
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.api.get("/api/v1/audit/anchors", Fixtures.OFFICER).json().get(0).get("digest").stringValue())
			.isEqualTo(digest);
		JsonNode kept = this.api.get("/api/v1/audit/anchors/" + taken.json().get("id").longValue(), Fixtures.OFFICER)
			.json();
		assertThat(kept.get("heads").size()).isEqualTo(taken.json().get("chains").intValue());
		assertThat(kept.get("heads").get(0).get("hash").stringValue()).matches("[0-9a-f]{64}");
		assertThat(this.api.get("/api/v1/audit/anchors/999999999", Fixtures.OFFICER).status()).isEqualTo(404);

		JsonNode checked = this.api.get("/api/v1/audit/verification?anchor=" + digest.toUpperCase(), Fixtures.OFFICER)
			.json();
		assertThat(checked.get("intact").asBoolean()).isTrue();
		assertThat(checked.get("anchor").get("problems")).isEmpty();

		JsonNode unknown = this.api.get("/api/v1/audit/verification?anchor=" + "0".repeat(64), Fixtures.OFFICER).json();
		assertThat(unknown.get("intact").asBoolean()).isFalse();
		assertThat(unknown.get("anchor").get("problems").get(0).get("kind").stringValue()).isEqualTo("unknown-anchor");

		for (String bad : List.of("abc", "g".repeat(64), "0".repeat(65), "")) {
			Api.Response refused = this.api.get("/api/v1/audit/verification?anchor=" + bad, Fixtures.OFFICER);
			assertThat(refused.status()).as(bad).isEqualTo(400);
			assertThat(refused.json().get("errors").get(0).get("field").stringValue()).isEqualTo("anchor");
		}
		assertThat(this.api.post("/api/v1/audit/anchors", Fixtures.APPLICANT, "application/json", "").status())
			.isEqualTo(403);
	}

	private List<String> problems(String digest) {
		return this.db.sql("SELECT kind || ': ' || problem FROM audit_anchor_problems(:digest)")
			.param("digest", digest)
			.query(String.class)
			.list();
	}

}
