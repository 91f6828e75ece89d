package ir.cadastre.inquiry;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;

import ir.cadastre.Api;
import ir.cadastre.ApiTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Article 24 inquiries from submission to licence (DESIGN §2, §3 "Deadlines", §5), at the
 * test clock 2026-01-15T08:00:00Z (1404-10-25 in Tehran): a window of four Solar Hijri
 * months closes at the end of 1405-02-25, 2026-05-15T20:30:00Z, 120 days away.
 */
@CadastreTest
class InquiryTests extends ApiTest {

	/** 0.02° × 0.02° (about 3.9 km²) east of Yazd. */
	static final String AREA = "POLYGON((54.3 32.3, 54.32 32.3, 54.32 32.32, 54.3 32.32, 54.3 32.3))";

	/** A protected area covering the west half of AREA and beyond. */
	static final String PROTECTED = "POLYGON((54.29 32.29, 54.31 32.29, 54.31 32.33, 54.29 32.33, 54.29 32.29))";

	static final String FOREST = "POLYGON((54.315 32.29, 54.33 32.29, 54.33 32.305, 54.315 32.305, 54.315 32.29))";

	static final String RANGELAND = "POLYGON((54.315 32.31, 54.33 32.31, 54.33 32.33, 54.315 32.33, 54.315 32.31))";

	/** The west quarter of AREA, inside it. */
	static final String WEST_QUARTER = "POLYGON((54.3 32.3, 54.305 32.3, 54.305 32.32, 54.3 32.32, 54.3 32.3))";

	static final String DEADLINE = "2026-05-15T20:30:00Z";

	long auditedBefore;

	long notifiedBefore;

	@BeforeEach
	void setUp() {
		this.auditedBefore = this.db.sql("SELECT coalesce(max(id), 0) FROM audit_event").query(Long.class).single();
		this.notifiedBefore = this.db.sql("SELECT coalesce(max(id), 0) FROM notification").query(Long.class).single();
	}

	@Test
	@DisplayName("Art. 24: a submission opens one inquiry per agency, with its overlaps and a Solar Hijri deadline")
	void article24_oneInquiryPerAgency() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		this.fixtures.feature("forests", "Forest", FOREST);
		this.fixtures.feature("national_resources", "Rangeland", RANGELAND);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		assertThat(application.get("status").stringValue()).isEqualTo("UNDER_CONSULTATION");
		JsonNode inquiries = application.get("inquiries");
		assertThat(inquiries).hasSize(2);
		assertThat(inquiries.get(0).get("agency").stringValue()).isEqualTo("doe");
		assertThat(inquiries.get(1).get("agency").stringValue()).isEqualTo("frwo");
		for (JsonNode inquiry : inquiries) {
			assertThat(inquiry.get("status").stringValue()).isEqualTo("OPEN");
			assertThat(inquiry.get("notifiedAt").stringValue()).isEqualTo(application.get("receivedAt").stringValue())
				.isEqualTo("2026-01-15T08:00:00Z");
			assertThat(inquiry.get("deadline").stringValue()).isEqualTo(DEADLINE);
			assertThat(inquiry.get("deadlineSolarHijri").stringValue()).isEqualTo("1405-02-25");
			assertThat(inquiry.get("daysLeft").intValue()).isEqualTo(120);
		}
		JsonNode doe = this.api.get("/api/v1/inquiries", Fixtures.DOE_REVIEWER).json();
		assertThat(doe).hasSize(1);
		assertThat(doe.get(0).get("overlaps")).hasSize(1);
		assertThat(doe.get(0).get("overlaps").get(0).get("name").stringValue()).isEqualTo("Kavir");
		assertThat(doe.get(0).get("overlaps").get(0).get("area_m2").doubleValue())
			.isCloseTo(application.get("area_m2").doubleValue() / 2, within(5000.0));
		assertThat(doe.get(0).get("overlaps").get(0).get("intersection").get("type").stringValue())
			.isEqualTo("MultiPolygon");
		assertThat(doe.get(0).get("applicationGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		JsonNode frwo = this.api.get("/api/v1/inquiries", Fixtures.FRWO_REVIEWER).json();
		assertThat(frwo).hasSize(1);
		assertThat(frwo.get(0).get("overlaps")).hasSize(2);
		assertThat(this.api.get("/api/v1/inquiries", Fixtures.OFFICER).json()).hasSize(2);
		assertThat(audited("inquiry.open")).isEqualTo(2);
		long receipt = application.get("receipt").longValue();
		assertThat(notified("INQUIRY_OPENED")).as("each agency is notified; its window runs from then")
			.containsExactly("agency:doe: New Article 24 inquiry: application " + receipt,
					"agency:frwo: New Article 24 inquiry: application " + receipt);
		assertThat(this.db.sql("SELECT body_fa FROM notification WHERE kind = 'INQUIRY_OPENED' AND id > :before")
			.param("before", this.notifiedBefore)
			.query(String.class)
			.list()).allSatisfy((body) -> assertThat(body).contains("تا پایان روز ۲۵ اردیبهشت ۱۴۰۵"));
	}

	@Test
	@DisplayName("Art. 24: the overlap check shows the deadline an inquiry would get")
	void article24_overlapCheckShowsTheDeadline() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode report = this.api
			.postJson("/api/v1/overlaps", Fixtures.APPLICANT, "{\"geometry\":" + this.fixtures.geoJson(AREA) + "}")
			.json();
		assertThat(report.get("inquiryDeadline").get("deadline").stringValue()).isEqualTo(DEADLINE);
		assertThat(report.get("inquiryDeadline").get("deadlineSolarHijri").stringValue()).isEqualTo("1405-02-25");
		assertThat(report.get("inquiryDeadline").get("daysLeft").intValue()).isEqualTo(120);
		JsonNode elsewhere = this.api
			.postJson("/api/v1/overlaps", Fixtures.APPLICANT,
					"{\"geometry\":" + this.fixtures.geoJson("POLYGON((55 33, 55.02 33, 55.02 33.02, 55 33.02, 55 33))")
							+ "}")
			.json();
		assertThat(elsewhere.has("inquiryDeadline")).isFalse();
	}

	@Test
	@DisplayName("Art. 24, 26: consent makes the application ready; the grant issues a licence that blocks later claims")
	void article24_consentThenGrantIssuesALicence() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);
		Api.Response consent = answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}");
		assertThat(consent.status()).isEqualTo(200);
		assertThat(consent.json().get("status").stringValue()).isEqualTo("CONSENTED");
		assertThat(consent.json().get("response").get("answeredBy").stringValue()).isEqualTo(Fixtures.DOE_REVIEWER);
		assertThat(status(id)).isEqualTo("READY_FOR_DECISION");
		assertThat(consent.json().get("daysLeft").isNull()).as("a closed window has no days left").isTrue();
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT)
			.json()
			.get("inquiries")
			.get(0)
			.get("daysLeft")
			.isNull()).isTrue();
		assertThat(this.api.get("/api/v1/inquiries/export", Fixtures.DOE_REVIEWER).body()).contains(",doe,CONSENTED,")
			.doesNotContain(",120,false,");
		assertThat(notified("INQUIRY_ANSWERED")).as("the applicant is told")
			.containsExactly("user:" + Fixtures.APPLICANT + ": Application " + application.get("receipt").longValue()
					+ ": Department of Environment consented");
		assertThat(answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}").status()).isEqualTo(409);

		long licenceChanges = layerChanges("licences");
		Api.Response granted = decide(id, "{\"decision\":\"GRANT\"}");
		assertThat(granted.status()).isEqualTo(200);
		assertThat(layerChanges("licences")).as("GeoServer's cached licences tiles are to be truncated")
			.isEqualTo(licenceChanges + 1);
		assertThat(granted.json().get("status").stringValue()).isEqualTo("GRANTED");
		String licenceId = granted.json().get("licenceId").stringValue();
		JsonNode licence = this.api.get("/api/v1/licences/" + licenceId, Fixtures.APPLICANT2).json();
		assertThat(licence.get("holder").stringValue()).isEqualTo(Fixtures.APPLICANT);
		assertThat(licence.get("area_m2").doubleValue()).isCloseTo(application.get("area_m2").doubleValue(),
				within(1.0));
		assertThat(this.api.get("/api/v1/licences?bbox=54,32,55,33", Fixtures.APPLICANT).json()).hasSize(1);
		assertThat(this.api.get("/api/v1/licences?bbox=50,30,51,31", Fixtures.APPLICANT).json()).isEmpty();
		assertThat(layerCount("licences")).isEqualTo(1);
		assertThat(layerCount("applications")).isZero();
		assertThat(decide(id, "{\"decision\":\"REJECT\",\"reason\":\"late\"}").status()).isEqualTo(409);

		Api.Response later = submit(AREA, Fixtures.APPLICANT2);
		assertThat(later.status()).isEqualTo(409);
		assertThat(later.body()).contains("licences");
		assertThat(audited("licence.issue")).isEqualTo(1);
		assertThat(this.db.sql("SELECT count(*) FROM notification WHERE kind = 'DECISION' AND recipient = :r")
			.param("r", "user:" + Fixtures.APPLICANT)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	@DisplayName("Art. 24: each notice names what it tells of, and its reader opens that from the list")
	void article24_noticesNameWhatTheyTellOf() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);

		JsonNode opened = newestNotice(Fixtures.DOE_REVIEWER);
		assertThat(opened.get("kind").stringValue()).isEqualTo("INQUIRY_OPENED");
		assertThat(opened.get("about").get("type").stringValue()).isEqualTo("inquiry");
		assertThat(opened.get("about").get("id").stringValue()).isEqualTo(inquiry);
		JsonNode asked = this.api.get(opened.get("about").get("href").stringValue(), Fixtures.DOE_REVIEWER).json();
		assertThat(asked.get("applicationReceipt").longValue()).isEqualTo(application.get("receipt").longValue());

		answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}");
		JsonNode answered = newestNotice(Fixtures.APPLICANT);
		assertThat(answered.get("kind").stringValue()).isEqualTo("INQUIRY_ANSWERED");
		assertThat(answered.get("about").get("href").stringValue()).isEqualTo("/api/v1/applications/" + id);
		assertThat(this.api.get(answered.get("about").get("href").stringValue(), Fixtures.APPLICANT).status())
			.isEqualTo(200);

		String licence = decide(id, "{\"decision\":\"GRANT\"}").json().get("licenceId").stringValue();
		JsonNode decided = newestNotice(Fixtures.APPLICANT);
		assertThat(decided.get("kind").stringValue()).isEqualTo("DECISION");
		assertThat(decided.get("about").get("type").stringValue()).isEqualTo("application");
		assertThat(decided.get("about").get("id").stringValue()).isEqualTo(id);

		this.api.postJson("/api/v1/licences/" + licence + "/closure", Fixtures.OFFICER, "{\"reason\":\"no ore\"}");
		JsonNode closed = newestNotice(Fixtures.APPLICANT);
		assertThat(closed.get("kind").stringValue()).isEqualTo("LICENCE");
		assertThat(closed.get("about").get("type").stringValue()).isEqualTo("licence");
		assertThat(closed.get("about").get("href").stringValue()).isEqualTo("/api/v1/licences/" + licence);
		assertThat(this.api.get(closed.get("about").get("href").stringValue(), Fixtures.APPLICANT)
			.json()
			.get("status")
			.stringValue()).isEqualTo("CLOSED");
	}

	@ParameterizedTest(
			name = "Art. 24: an application {0} closes its open inquiries; the agencies are told no answer is needed")
	@ValueSource(strings = { "withdrawn", "rejected" })
	void article24_anApplicationWithdrawnOrRejectedClosesItsInquiries(String ended) {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		this.fixtures.feature("forests", "Forest", FOREST);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);
		assertThat(answer(inquiryOf(id, Fixtures.FRWO_REVIEWER), Fixtures.FRWO_REVIEWER, "{\"decision\":\"CONSENT\"}")
			.status()).isEqualTo(200);

		Api.Response closed = "withdrawn".equals(ended) ? this.api.post("/api/v1/applications/" + id + "/withdrawal",
				Fixtures.APPLICANT, "application/json", "")
				: decide(id, "{\"decision\":\"REJECT\",\"reason\":\"no exploration plan\"}");
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("inquiries").valueStream().map((i) -> i.get("status").stringValue()))
			.as("the answered one stays answered")
			.containsExactly("WITHDRAWN", "CONSENTED");
		assertThat(this.api.get("/api/v1/inquiries?status=OPEN", Fixtures.DOE_REVIEWER).json()).isEmpty();
		assertThat(this.api.get("/api/v1/inquiries?status=WITHDRAWN", Fixtures.DOE_REVIEWER).json()).hasSize(1);
		assertThat(this.api.get("/api/v1/inquiries/counts", Fixtures.DOE_REVIEWER).json().get("WITHDRAWN").longValue())
			.isEqualTo(1);
		Api.Response late = answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"OBJECTION\",\"reason\":\"x\"}");
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("type").stringValue()).endsWith("application-" + ended);
		assertThat(notified("INQUIRY_WITHDRAWN")).containsExactly("agency:doe: Application "
				+ application.get("receipt").longValue() + " " + ended + ": no answer needed");
		assertThat(audited("inquiry.withdraw")).isEqualTo(1);
	}

	@Test
	@DisplayName("Art. 24: a partial objection shrinks the grantable area, and the licence is issued on what remains")
	void article24_partialObjectionShrinksTheGrantableArea() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		double area = application.get("area_m2").doubleValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);

		Api.Response outside = answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refusedGeometry\":" + this.fixtures
					.geoJson("POLYGON((54.28 32.3, 54.29 32.3, 54.29 32.31, 54.28 32.31, 54.28 32.3))") + "}");
		assertThat(outside.status()).isEqualTo(422);
		assertThat(outside.isProblem()).isTrue();
		assertThat(
				this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json().get("status").stringValue())
			.isEqualTo("OPEN");

		Api.Response partial = answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refusedGeometry\":"
						+ this.fixtures.geoJson(WEST_QUARTER) + "}");
		assertThat(partial.status()).isEqualTo(200);
		assertThat(partial.json().get("status").stringValue()).isEqualTo("PARTIALLY_OBJECTED");
		JsonNode read = this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT).json();
		assertThat(read.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(read.get("grantableArea_m2").doubleValue()).isCloseTo(area * 0.75, within(area * 0.01));
		JsonNode answer = read.get("inquiries").get(0);
		assertThat(answer.get("reason").stringValue()).as("the applicant reads the grounds").isEqualTo("wetland");
		assertThat(answer.get("answeredAt").stringValue()).isEqualTo("2026-01-15T08:00:00Z");
		assertThat(answer.get("refusedArea_m2").doubleValue()).isCloseTo(area * 0.25, within(area * 0.01));
		assertThat(read.get("grantableGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");

		JsonNode granted = decide(id, "{\"decision\":\"GRANT\"}").json();
		JsonNode licence = this.api.get("/api/v1/licences/" + granted.get("licenceId").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(licence.get("area_m2").doubleValue()).isCloseTo(area * 0.75, within(area * 0.01));
		Api.Response westQuarter = submit(WEST_QUARTER, Fixtures.APPLICANT2);
		assertThat(westQuarter.status()).as("the refused part is not licensed").isEqualTo(201);
	}

	@Test
	@DisplayName("Art. 24: of a part an agency draws, its own land alone is refused, and a part holding none of it is refused")
	void article24_aDrawnPartRefusesTheAgencysLandAlone() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		double area = application.get("area_m2").doubleValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);

		Api.Response eastHalf = answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refusedGeometry\":" + this.fixtures
					.geoJson("POLYGON((54.31 32.3, 54.32 32.3, 54.32 32.32, 54.31 32.32, 54.31 32.3))") + "}");
		assertThat(eastHalf.status()).as(eastHalf.body()).isEqualTo(422);
		assertThat(eastHalf.json().get("type").stringValue())
			.isEqualTo("urn:cadastre:problem:refused-outside-agency-land");
		assertThat(
				this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json().get("status").stringValue())
			.isEqualTo("OPEN");

		// The park is the application's west half; the part drawn straddles its edge.
		Api.Response straddling = answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refusedGeometry\":" + this.fixtures
					.geoJson("POLYGON((54.305 32.3, 54.315 32.3, 54.315 32.32, 54.305 32.32, 54.305 32.3))") + "}");
		assertThat(straddling.status()).as(straddling.body()).isEqualTo(200);
		JsonNode read = this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT).json();
		assertThat(read.get("inquiries").get(0).get("refusedArea_m2").doubleValue()).as("the park's quarter alone")
			.isCloseTo(area * 0.25, within(area * 0.01));
		assertThat(read.get("grantableArea_m2").doubleValue()).isCloseTo(area * 0.75, within(area * 0.01));
	}

	@Test
	@DisplayName("Art. 24: an agency refuses its land in the area, to the exact boundaries of its features")
	void article24_anAgencyRefusesItsLandInTheArea() {
		long west = this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		long southEast = this.fixtures.feature("protected_areas", "Wetland", FOREST);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);
		String both = "{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refuseAgencyLand\":true,"
				+ "\"refusedGeometry\":" + this.fixtures.geoJson(WEST_QUARTER) + "}";
		assertThat(answer(inquiry, Fixtures.DOE_REVIEWER, both).status()).isEqualTo(400);
		assertThat(
				answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\",\"refuseAgencyLand\":true}").status())
			.isEqualTo(400);
		assertThat(status(id)).isEqualTo("UNDER_CONSULTATION");

		Api.Response partial = answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refuseAgencyLand\":true}");
		assertThat(partial.status()).as(partial.body()).isEqualTo(200);
		assertThat(partial.json().get("status").stringValue()).isEqualTo("PARTIALLY_OBJECTED");
		double expected = this.db.sql("""
				SELECT ST_Area(ST_Difference(a.geom, ST_Union(f.geom))::geography)
				FROM application a, feature f WHERE a.id = CAST(:id AS uuid) AND f.id IN (:west, :southEast)
				GROUP BY a.geom
				""").param("id", id).param("west", west).param("southEast", southEast).query(Double.class).single();
		JsonNode read = this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT).json();
		assertThat(read.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(read.get("grantableArea_m2").doubleValue()).isCloseTo(expected, within(expected * 1e-6));
		assertThat(read.get("grantableArea_m2").doubleValue())
			.isCloseTo(application.get("area_m2").doubleValue() * 0.4375, within(expected * 0.01));
	}

	@Test
	@DisplayName("Art. 24: a list of inquiries in summary gives the area on the agency's land, not its edges")
	void article24_aListsSummaryGivesTheOverlapAreaWithoutTheOverlaps() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		this.fixtures.feature("protected_areas", "Wetland", FOREST);
		String id = submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);
		assertThat(answer(inquiry, Fixtures.DOE_REVIEWER,
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\",\"refuseAgencyLand\":true}")
			.status()).isEqualTo(200);
		JsonNode whole = this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json();
		double onItsLand = whole.get("overlaps").get(0).get("area_m2").doubleValue()
				+ whole.get("overlaps").get(1).get("area_m2").doubleValue();
		assertThat(whole.get("overlapArea_m2").doubleValue()).isCloseTo(onItsLand, within(1e-6));
		assertThat(whole.get("response").get("refusedGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");

		JsonNode summary = this.api.get("/api/v1/inquiries?summary=true&pageSize=10", Fixtures.DOE_REVIEWER)
			.json()
			.get("items")
			.get(0);
		assertThat(summary.get("id").stringValue()).isEqualTo(inquiry);
		assertThat(summary.get("overlapArea_m2").doubleValue()).isCloseTo(onItsLand, within(1e-6));
		assertThat(summary.has("overlaps")).isFalse();
		assertThat(summary.get("response").has("refusedGeometry")).isFalse();
		assertThat(summary.get("response").get("decision").stringValue()).isEqualTo("PARTIAL_OBJECTION");
		assertThat(summary.get("applicationGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");

		JsonNode application = this.api.get("/api/v1/applications/" + id, Fixtures.APPLICANT).json();
		JsonNode listed = this.api.get("/api/v1/applications?summary=true&mine=true", Fixtures.APPLICANT).json().get(0);
		assertThat(application.get("grantableGeometry").get("type").stringValue()).isEqualTo("MultiPolygon");
		assertThat(listed.has("grantableGeometry")).isFalse();
		assertThat(listed.get("grantableArea_m2").doubleValue())
			.isEqualTo(application.get("grantableArea_m2").doubleValue())
			.isLessThan(application.get("area_m2").doubleValue());
		Api.Response maybe = this.api.get("/api/v1/inquiries?summary=yes", Fixtures.DOE_REVIEWER);
		assertThat(maybe.status()).isEqualTo(400);
		assertThat(maybe.json().get("errors").get(0).get("field").stringValue()).isEqualTo("summary");
	}

	@Test
	@DisplayName("Art. 24: how each agency keeps to its windows: answered, lapsed into deemed consent, open, withdrawn")
	void article24_howEachAgencyKeepsToItsWindows() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		this.fixtures.feature("forests", "Forest", FOREST);
		this.fixtures.feature("protected_areas", "Bafq",
				"POLYGON((55.29 31.29, 55.31 31.29, 55.31 31.33, 55.29 31.33, 55.29 31.29))");
		String both = submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue();
		String lapsed = submit("POLYGON((55.3 31.3, 55.32 31.3, 55.32 31.32, 55.3 31.32, 55.3 31.3))",
				Fixtures.APPLICANT)
			.json()
			.get("id")
			.stringValue();
		String withdrawn = submit("POLYGON((55.3 31.31, 55.28 31.31, 55.28 31.32, 55.3 31.32, 55.3 31.31))",
				Fixtures.APPLICANT2)
			.json()
			.get("id")
			.stringValue();
		assertThat(answer(inquiryOf(both, Fixtures.DOE_REVIEWER), Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}")
			.status()).isEqualTo(200);
		// Its window closed a day before the test's clock, unanswered.
		this.db.sql("UPDATE inquiry SET deadline = '2026-01-14T20:30:00Z' WHERE application_id = CAST(:id AS uuid)")
			.param("id", lapsed)
			.update();
		assertThat(this.api
			.post("/api/v1/applications/" + withdrawn + "/withdrawal", Fixtures.APPLICANT2, "application/json", "{}")
			.status()).isEqualTo(200);

		JsonNode figures = this.api.get("/api/v1/inquiries/by-agency", Fixtures.OFFICER).json();
		assertThat(figures).hasSize(2);
		JsonNode doe = figures.get(0);
		assertThat(doe.get("agency").stringValue()).isEqualTo("doe");
		assertThat(List.of(doe.get("open").longValue(), doe.get("consented").longValue(),
				doe.get("deemedConsent").longValue(), doe.get("withdrawn").longValue()))
			.as("open, consented, deemed, withdrawn")
			.containsExactly(0L, 1L, 1L, 1L);
		assertThat(doe.get("medianDaysToAnswer").doubleValue()).as("answered at once, on the test's fixed clock")
			.isZero();
		JsonNode frwo = figures.get(1);
		assertThat(frwo.get("agency").stringValue()).isEqualTo("frwo");
		assertThat(frwo.get("open").longValue()).isEqualTo(1);
		assertThat(frwo.get("medianDaysToAnswer").isNull()).as("nothing answered").isTrue();

		assertThat(this.api.get("/api/v1/inquiries/by-agency", Fixtures.FRWO_REVIEWER).json())
			.as("a reviewer sees its own agency")
			.singleElement()
			.satisfies((own) -> assertThat(own.get("agency").stringValue()).isEqualTo("frwo"));
		assertThat(this.api.get("/api/v1/inquiries/by-agency?from=2026-01-16", Fixtures.OFFICER).json()).isEmpty();
		assertThat(this.api.get("/api/v1/inquiries/by-agency?from=2026-01-15&to=2026-01-15", Fixtures.OFFICER).json())
			.hasSize(2);
		assertThat(this.api.get("/api/v1/inquiries/by-agency?days=1", Fixtures.OFFICER).json())
			.as("notified today, by the service's clock")
			.hasSize(2);
		assertThat(this.api.get("/api/v1/inquiries/by-agency?days=0", Fixtures.OFFICER).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/inquiries/by-agency?days=a+year", Fixtures.OFFICER).isProblem()).isTrue();
		assertThat(this.api.get("/api/v1/inquiries/by-agency?days=30&from=2026-01-01", Fixtures.OFFICER).status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/v1/inquiries/by-agency?from=15/01/2026", Fixtures.OFFICER).status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/v1/inquiries/by-agency?from=2026-01-16&to=2026-01-15", Fixtures.OFFICER).status())
			.isEqualTo(400);
		assertThat(this.api.get("/api/v1/inquiries/by-agency", Fixtures.APPLICANT).status()).isEqualTo(403);
	}

	@Test
	@DisplayName("Art. 24: no grant while an inquiry is open; a rejection needs a reason")
	void article24_grantBlockedWhileAnInquiryIsOpen() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		String id = submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue();
		Api.Response grant = decide(id, "{\"decision\":\"GRANT\"}");
		assertThat(grant.status()).isEqualTo(409);
		assertThat(grant.json().get("openInquiries").toString()).contains("doe");
		assertThat(grant.json().get("detail").stringValue()).endsWith("open: Department of Environment.");
		Api.Response persian = this.api
			.send(this.api.request("/api/v1/applications/" + id + "/decision", Fixtures.OFFICER)
				.header("Content-Type", "application/json")
				.header("Accept-Language", "fa")
				.POST(HttpRequest.BodyPublishers.ofString("{\"decision\":\"GRANT\"}")));
		assertThat(persian.json().get("detail").stringValue()).endsWith(": سازمان حفاظت محیط زیست.");
		assertThat(status(id)).isEqualTo("UNDER_CONSULTATION");
		assertThat(decide(id, "{\"decision\":\"REJECT\"}").status()).isEqualTo(400);
		assertThat(decide(id, "{\"decision\":\"MAYBE\"}").status()).isEqualTo(400);
		Api.Response rejected = decide(id, "{\"decision\":\"REJECT\",\"reason\":\"inside a national park\"}");
		assertThat(rejected.status()).isEqualTo(200);
		assertThat(rejected.json().get("status").stringValue()).isEqualTo("REJECTED");
		assertThat(rejected.json().get("decision").get("reason").stringValue()).isEqualTo("inside a national park");
		assertThat(layerCount("applications")).isZero();
		assertThat(submit(AREA, Fixtures.APPLICANT2).status()).isEqualTo(201);
	}

	@Test
	@DisplayName("Art. 24: an objection refuses the agency's land in the area; the licence is issued on the rest")
	void article24_objectionRefusesTheAgencysLand() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		JsonNode application = submit(AREA, Fixtures.APPLICANT).json();
		String id = application.get("id").stringValue();
		double area = application.get("area_m2").doubleValue();

		Api.Response objected = answer(inquiryOf(id, Fixtures.DOE_REVIEWER), Fixtures.DOE_REVIEWER,
				"{\"decision\":\"OBJECTION\",\"reason\":\"breeding ground\"}");
		assertThat(objected.status()).as(objected.body()).isEqualTo(200);
		assertThat(objected.json().get("status").stringValue()).isEqualTo("OBJECTED");
		JsonNode read = this.api.get("/api/v1/applications/" + id, Fixtures.OFFICER).json();
		assertThat(read.get("status").stringValue()).isEqualTo("READY_FOR_DECISION");
		assertThat(read.get("grantableArea_m2").doubleValue()).as("the protected west half is refused")
			.isCloseTo(area / 2, within(area * 0.01));
		assertThat(read.get("inquiries").get(0).get("refusedArea_m2").doubleValue()).isCloseTo(area / 2,
				within(area * 0.01));

		JsonNode granted = decide(id, "{\"decision\":\"GRANT\"}").json();
		JsonNode licence = this.api.get("/api/v1/licences/" + granted.get("licenceId").stringValue(), Fixtures.OFFICER)
			.json();
		assertThat(licence.get("area_m2").doubleValue()).isCloseTo(area / 2, within(area * 0.01));
		assertThat(this.db.sql("""
				SELECT ST_Area(ST_Intersection(l.geom, ST_GeomFromText(:protected, 4326))::geography)
				FROM licence l WHERE l.id = CAST(:id AS uuid)
				""")
			.param("protected", PROTECTED)
			.param("id", granted.get("licenceId").stringValue())
			.query(Double.class)
			.single()).as("no licence on the agency's land").isLessThan(1.0);
	}

	@Test
	@DisplayName("Art. 24: an objection to an application wholly on the agency's land leaves nothing to grant")
	void article24_objectionOnTheAgencysLandAloneLeavesNothingToGrant() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		String id = submit(WEST_QUARTER, Fixtures.APPLICANT).json().get("id").stringValue();
		assertThat(answer(inquiryOf(id, Fixtures.DOE_REVIEWER), Fixtures.DOE_REVIEWER,
				"{\"decision\":\"OBJECTION\",\"reason\":\"breeding ground\"}")
			.status()).isEqualTo(200);
		Api.Response grant = decide(id, "{\"decision\":\"GRANT\"}");
		assertThat(grant.status()).as(grant.body()).isEqualTo(422);
		assertThat(grant.json().get("type").stringValue()).endsWith("grantable-area-refused");
		assertThat(status(id)).isEqualTo("READY_FOR_DECISION");
		assertThat(
				decide(id, "{\"decision\":\"REJECT\",\"reason\":\"the Department of Environment objects\"}").status())
			.isEqualTo(200);
	}

	@Test
	@DisplayName("Art. 24: answers must be complete; an objection gives its reason")
	void article24_incompleteAnswersAreRefused() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		String inquiry = inquiryOf(submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue(),
				Fixtures.DOE_REVIEWER);
		List<String> bad = new ArrayList<>(List.of("{\"decision\":\"OBJECTION\"}", "{\"decision\":\"YES\"}", "{}",
				"{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"x\"}",
				"{\"decision\":\"CONSENT\",\"refusedGeometry\":" + this.fixtures.geoJson(WEST_QUARTER) + "}",
				"{\"decision\":\"CONSENT\",\"status\":\"CONSENTED\"}", "not json"));
		for (String body : bad) {
			Api.Response response = answer(inquiry, Fixtures.DOE_REVIEWER, body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.isProblem()).as(body).isTrue();
		}
		assertThat(
				this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.DOE_REVIEWER).json().get("status").stringValue())
			.isEqualTo("OPEN");
		assertThat(answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"OBJECTION\",\"reason\":\"habitat\"}").json()
			.get("status")
			.stringValue()).isEqualTo("OBJECTED");
	}

	@Test
	@DisplayName("Art. 24: a reviewer sees and answers only its own agency's inquiries")
	void article24_reviewersSeeOnlyTheirAgency() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		String id = submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue();
		String inquiry = inquiryOf(id, Fixtures.DOE_REVIEWER);
		assertThat(this.api.get("/api/v1/inquiries", Fixtures.FRWO_REVIEWER).json()).isEmpty();
		assertThat(this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.FRWO_REVIEWER).status()).isEqualTo(404);
		assertThat(answer(inquiry, Fixtures.FRWO_REVIEWER, "{\"decision\":\"CONSENT\"}").status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/applications/" + id, Fixtures.FRWO_REVIEWER).status()).isEqualTo(404);
		assertThat(this.api.get("/api/v1/inquiries", Fixtures.APPLICANT).status()).isEqualTo(403);
		assertThat(answer(inquiry, Fixtures.OFFICER, "{\"decision\":\"CONSENT\"}").status()).isEqualTo(403);
		assertThat(decide(id, "{\"decision\":\"REJECT\",\"reason\":\"x\"}", Fixtures.DOE_REVIEWER).status())
			.isEqualTo(403);
		assertThat(this.api.get("/api/v1/inquiries/" + inquiry, Fixtures.OFFICER).status()).isEqualTo(200);
		assertThat(this.api.get("/api/v1/inquiries?status=NOPE", Fixtures.OFFICER).status()).isEqualTo(400);
		assertThat(this.api.get("/api/v1/inquiries?status=CONSENTED", Fixtures.DOE_REVIEWER).json()).isEmpty();
		assertThat(this.api.get("/api/v1/inquiries?status=OPEN", Fixtures.DOE_REVIEWER).json()).hasSize(1);
		assertThat(answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"CONSENT\"}").status()).isEqualTo(200);
	}

	@Test
	@DisplayName("Art. 24: a decree extends the open windows of an agency, each change audited")
	void article24_decreeExtendsOpenWindows() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		this.fixtures.feature("forests", "Forest", FOREST);
		String id = submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue();
		Api.Response decree = this.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\":\"EXTEND\",\"days\":30,\"agency\":\"doe\",\"reason\":\"field survey season\",\"reference\":\"D-1404/118\"}");
		assertThat(decree.status()).isEqualTo(201);
		assertThat(decree.json().get("affected").intValue()).isEqualTo(1);
		JsonNode inquiries = this.api.get("/api/v1/applications/" + id, Fixtures.OFFICER).json().get("inquiries");
		assertThat(inquiries.get(0).get("agency").stringValue()).isEqualTo("doe");
		assertThat(inquiries.get(0).get("deadlineSolarHijri").stringValue()).isEqualTo("1405-03-24");
		assertThat(inquiries.get(0).get("deadline").stringValue()).isEqualTo("2026-06-14T20:30:00Z");
		assertThat(inquiries.get(1).get("deadlineSolarHijri").stringValue()).isEqualTo("1405-02-25");
		assertThat(audited("inquiry.extend")).isEqualTo(1);
		long receipt = this.api.get("/api/v1/applications/" + id, Fixtures.OFFICER).json().get("receipt").longValue();
		assertThat(notified("DECREE")).as("the agency asked and the applicant are told")
			.containsExactly("agency:doe: Decree D-1404/118: Article 24 window of application " + receipt + " extended",
					"user:" + Fixtures.APPLICANT
							+ ": Decree D-1404/118: inquiry to Department of Environment on application " + receipt
							+ " extended");
		assertThat(this.db.sql("""
				SELECT body_fa FROM notification WHERE kind = 'DECREE' AND recipient = 'agency:doe' AND id > :before
				""").param("before", this.notifiedBefore).query(String.class).single())
			.contains("۳۰ روز تمدید شد: تا پایان روز ۲۴ خرداد ۱۴۰۵");
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"PAUSE\",\"layer\":\"forests\",\"reason\":\"court order\",\"reference\":\"C-7\"}")
			.json()
			.get("affected")
			.intValue()).isEqualTo(1);
		assertThat(this.api.get("/api/v1/inquiries?status=OPEN", Fixtures.FRWO_REVIEWER)
			.json()
			.get(0)
			.get("paused")
			.booleanValue()).isTrue();
		JsonNode decrees = this.api.get("/api/v1/decrees", Fixtures.DOE_REVIEWER).json();
		assertThat(decrees.get(0).get("reference").stringValue()).as("newest first").isEqualTo("C-7");
		assertThat(decrees.get(0).get("layer").stringValue()).isEqualTo("forests");
		assertThat(decrees.get(1).get("reference").stringValue()).isEqualTo("D-1404/118");
		assertThat(decrees.get(1).get("days").intValue()).isEqualTo(30);
		assertThat(decrees.get(1).get("affected").intValue()).isEqualTo(1);
		assertThat(decrees.get(1).get("issuedBy").stringValue()).isEqualTo(Fixtures.OFFICER);
		assertThat(this.api.get("/api/v1/decrees", Fixtures.APPLICANT).status()).isEqualTo(403);
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"EXTEND\",\"reason\":\"x\",\"reference\":\"y\",\"agency\":\"doe\"}")
			.status()).isEqualTo(400);
		assertThat(this.api.postJson("/api/v1/decrees", Fixtures.OFFICER,
				"{\"action\":\"PAUSE\",\"reason\":\"x\",\"reference\":\"y\",\"agency\":\"doe\",\"layer\":\"forests\"}")
			.status()).isEqualTo(400);
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.OFFICER,
					"{\"action\":\"PAUSE\",\"reason\":\"x\",\"reference\":\"y\",\"layer\":\"nope\"}")
			.status()).isEqualTo(404);
		assertThat(this.api
			.postJson("/api/v1/decrees", Fixtures.DOE_REVIEWER,
					"{\"action\":\"PAUSE\",\"reason\":\"x\",\"reference\":\"y\",\"agency\":\"doe\"}")
			.status()).isEqualTo(403);
	}

	@Test
	@DisplayName("Art. 24: audit events of inquiries name the actor's role and agency")
	void article24_answersAreAuditedWithRoleAndAgency() {
		this.fixtures.feature("protected_areas", "Kavir", PROTECTED);
		String inquiry = inquiryOf(submit(AREA, Fixtures.APPLICANT).json().get("id").stringValue(),
				Fixtures.DOE_REVIEWER);
		answer(inquiry, Fixtures.DOE_REVIEWER, "{\"decision\":\"PARTIAL_OBJECTION\",\"reason\":\"wetland\","
				+ "\"refusedGeometry\":" + this.fixtures.geoJson(WEST_QUARTER) + "}");
		JsonNode events = this.api.get("/api/v1/audit?subject=inquiry:" + inquiry, Fixtures.OFFICER).json();
		assertThat(events).hasSize(2);
		JsonNode answered = events.get(1);
		assertThat(answered.get("action").stringValue()).isEqualTo("inquiry.answer");
		assertThat(answered.get("actor").stringValue()).isEqualTo(Fixtures.DOE_REVIEWER);
		assertThat(answered.get("role").stringValue()).isEqualTo("AGENCY_REVIEWER");
		assertThat(answered.get("agency").stringValue()).isEqualTo("doe");
		assertThat(answered.get("geometry_hash").stringValue()).hasSize(64);
	}

	private Api.Response submit(String wkt, String applicant) {
		return this.api.postJson("/api/v1/applications", applicant,
				"{\"mineral\":\"copper\",\"type\":\"EXPLORATION\",\"geometry\":" + this.fixtures.geoJson(wkt) + "}");
	}

	private String inquiryOf(String application, String reviewer) {
		for (JsonNode inquiry : this.api.get("/api/v1/inquiries", reviewer).json()) {
			if (inquiry.get("applicationId").stringValue().equals(application)) {
				return inquiry.get("id").stringValue();
			}
		}
		throw new AssertionError("no inquiry of " + application + " for " + reviewer);
	}

	private Api.Response answer(String inquiry, String reviewer, String body) {
		return this.api.postJson("/api/v1/inquiries/" + inquiry + "/response", reviewer, body);
	}

	private Api.Response decide(String application, String body) {
		return decide(application, body, Fixtures.OFFICER);
	}

	private Api.Response decide(String application, String body, String user) {
		return this.api.postJson("/api/v1/applications/" + application + "/decision", user, body);
	}

	private String status(String application) {
		return this.api.get("/api/v1/applications/" + application, Fixtures.OFFICER).json().get("status").stringValue();
	}

	private long layerCount(String layer) {
		return this.db.sql("SELECT count(*) FROM feature WHERE layer_id = :layer AND retired_in IS NULL")
			.param("layer", layer)
			.query(Long.class)
			.single();
	}

	private long layerChanges(String layer) {
		return this.db.sql("SELECT count(*) FROM layer_change WHERE layer_id = :layer")
			.param("layer", layer)
			.query(Long.class)
			.single();
	}

	/** A user's newest notice, as its inbox lists it. */
	private JsonNode newestNotice(String user) {
		return this.api.get("/api/v1/notifications?limit=1", user).json().get("items").get(0);
	}

	/**
	 * The recipient and English subject of each notification of a kind made in the test.
	 */
	private List<String> notified(String kind) {
		return this.db.sql("""
				SELECT recipient || ': ' || subject FROM notification WHERE kind = :kind AND id > :before ORDER BY id
				""").param("kind", kind).param("before", this.notifiedBefore).query(String.class).list();
	}

	private long audited(String action) {
		return this.db.sql("SELECT count(*) FROM audit_event WHERE action = :action AND id > :before")
			.param("action", action)
			.param("before", this.auditedBefore)
			.query(Long.class)
			.single();
	}

}
