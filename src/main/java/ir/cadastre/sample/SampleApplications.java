package ir.cadastre.sample;

import java.util.List;
import java.util.UUID;

import ir.cadastre.application.ApplicationRequest;
import ir.cadastre.application.Submissions;
import ir.cadastre.inquiry.InquiryAnswer;
import ir.cadastre.inquiry.InquiryAnswers;
import ir.cadastre.security.CadastreUser;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * The demo's applications under way, so that every demo user finds work on its page. The
 * demo applicants apply, as applicants do, for round areas across the edges of sample
 * areas; the Article 24 inquiries that opens go to the agencies, and some are answered:
 * the FRWO consents to one and refuses the part of another on its rangeland, the Ministry
 * of Agriculture Jihad refuses the part of a third on its farmland. The others stay open,
 * but for one submitted five months before the others: the DoE never answered it, and its
 * silence is consent (Art. 24). Four applications are then ready for the officer's
 * decision, one of them with property parcels to compensate (Art. 22).
 */
@Component
class SampleApplications {

	/** Submitted five months ago; its inquiry's four months have passed unanswered. */
	private static final Demo UNANSWERED = new Demo("applicant1", "turquoise", "PA-003", 1, 2000, null);

	private static final List<Demo> DEMOS = List.of(new Demo("applicant2", "copper", "PA-001", 1000, 2500, null),
			new Demo("applicant1", "iron_ore", "NR-002", 500, 2500,
					new Answer("frwo-reviewer", "PARTIAL_OBJECTION",
							"The rangeland part is under a grazing plan until 1410; the rest may be explored.")),
			new Demo("applicant1", "chromite", "NR-007", 600, 2500, new Answer("frwo-reviewer", "CONSENT", null)),
			new Demo("applicant2", "limestone", "AG-015", 50, 2000,
					new Answer("agri-reviewer", "PARTIAL_OBJECTION",
							"Irrigated orchards; the part outside them may be explored.")),
			new Demo("applicant2", "gold", "FO-014", 400, 2500, null),
			new Demo("applicant1", "decorative_stone", "KRM-0521", 1, 800, null));

	private final JdbcClient db;

	private final JsonMapper json;

	private final UserDetailsService users;

	private final Submissions submissions;

	private final InquiryAnswers answers;

	SampleApplications(JdbcClient db, JsonMapper json, UserDetailsService users, Submissions submissions,
			InquiryAnswers answers) {
		this.db = db;
		this.json = json;
		this.users = users;
		this.submissions = submissions;
		this.answers = answers;
	}

	/**
	 * Submits the demo applications, in order, and gives the agencies' answers. The first
	 * is submitted with the database's clock five months back (cadastre_now(), for this
	 * transaction alone), so that its receipt, its inquiry's window and the window's end
	 * follow from that day as they would have.
	 */
	void submit() {
		String clock = this.db.sql("SELECT coalesce(current_setting('cadastre.clock_fixed', true), '')")
			.query(String.class)
			.single();
		this.db.sql("SELECT set_config('cadastre.clock_fixed', (cadastre_now() - interval '5 months')::text, true)")
			.query()
			.singleRow();
		submit(UNANSWERED);
		this.db.sql("SELECT set_config('cadastre.clock_fixed', :clock, true)")
			.param("clock", clock)
			.query()
			.singleRow();
		DEMOS.forEach(this::submit);
	}

	private void submit(Demo demo) {
		String area = this.db.sql("""
				SELECT ST_AsGeoJSON(ST_Buffer(ST_PointN(ST_ExteriorRing(ST_GeometryN(geom, 1)), :vertex)::geography,
				                              :radius, 4)::geometry, 7)
				FROM feature WHERE external_id = :feature AND retired_in IS NULL
				""")
			.param("vertex", demo.vertex())
			.param("radius", demo.radiusM())
			.param("feature", demo.feature())
			.query(String.class)
			.single();
		UUID application = this.submissions
			.submit(new ApplicationRequest("EXPLORATION", demo.mineral(), this.json.readTree(area), null, false),
					user(demo.applicant()), null)
			.application()
			.id();
		if (demo.answer() != null) {
			answer(application, demo.answer());
		}
	}

	/**
	 * The reviewer's answer; a partial objection refuses the part on the agency's land.
	 */
	private void answer(UUID application, Answer answer) {
		CadastreUser reviewer = user(answer.reviewer());
		UUID inquiry = this.db.sql("SELECT id FROM inquiry WHERE application_id = :application AND agency_id = :agency")
			.param("application", application)
			.param("agency", reviewer.agency())
			.query(UUID.class)
			.single();
		this.answers.respond(inquiry, new InquiryAnswer(answer.decision(), answer.reason(), null,
				"PARTIAL_OBJECTION".equals(answer.decision())), reviewer);
	}

	private CadastreUser user(String username) {
		return (CadastreUser) this.users.loadUserByUsername(username);
	}

	/**
	 * A demo application: a round area centred on a vertex of a sample feature's outer
	 * ring.
	 */
	private record Demo(String applicant, String mineral, String feature, int vertex, int radiusM, Answer answer) {
	}

	private record Answer(String reviewer, String decision, String reason) {
	}

}
