package ir.cadastre.web.map;

import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import ir.cadastre.ListRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The officer's, the reviewer's and the applicant's pages on more rows than a page holds
 * (100): each tab is counted by the API, shows its first page, and shows more on request,
 * however long the other tabs are.
 */
@CadastreTest
class LongListPagesTests extends BrowserTest {

	ListRows rows;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).noFeatures().users();
		this.rows = new ListRows(this.db);
	}

	@Test
	void theOfficerCountsEachTabAndReadsTheDecidedOnesAndTheLicencesPageByPage() {
		this.rows.licences(130);
		this.rows.applications(2, "READY_FOR_DECISION");
		signIn(Fixtures.OFFICER, "/officer.html");
		assertThat(this.browser.waitFor(By.cssSelector("#tabs [data-tab=ready]")).getText())
			.isEqualTo("Ready for decision (2)");
		assertThat(this.browser.find(By.cssSelector("#tabs [data-tab=decided]")).getText()).isEqualTo("Decided (130)");
		assertThat(rows("#applications")).isEqualTo(2);
		assertThat(this.browser.find(By.cssSelector("#applications-more button")).isDisplayed()).isFalse();

		this.browser.click(By.cssSelector("#tabs [data-tab=decided]"));
		this.browser.waitUntil("the first page of decided ones", () -> rows("#applications") == 100);
		assertThat(this.browser.find(By.cssSelector("#applications-more span")).getText())
			.isEqualTo("100 of 130 shown");
		long latest = this.db.sql("SELECT max(receipt) FROM application WHERE status = 'GRANTED'")
			.query(Long.class)
			.single();
		assertThat(this.browser.find(By.cssSelector("#applications tbody tr")).getAttribute("data-receipt"))
			.isEqualTo(Long.toString(latest));
		this.browser.script("arguments[0].scrollIntoView()", this.browser.find(By.id("applications-more")));
		this.browser.screenshot("long-lists-officer-first-page");
		this.browser.click(By.cssSelector("#applications-more button"));
		this.browser.waitUntil("all 130 decided ones", () -> rows("#applications") == 130);
		assertThat(this.browser.find(By.id("applications-more")).getText()).isEmpty();

		assertThat(rows("#licences")).isEqualTo(100);
		this.browser.click(By.cssSelector("#licences-more button"));
		this.browser.waitUntil("all 130 licences", () -> rows("#licences") == 130);
	}

	@Test
	void article24_theReviewerCountsEachTabAndReadsTheDeemedOnesPageByPage() {
		this.rows.applications(130, "READY_FOR_DECISION");
		this.rows.applications(3, "UNDER_CONSULTATION");
		// Open on the three under consultation; closed in December on the others, deemed
		// consents now.
		this.rows.doeInquiries("a.status = 'UNDER_CONSULTATION'");
		signIn(Fixtures.DOE_REVIEWER, "/reviewer.html");
		assertThat(this.browser.waitFor(By.cssSelector("#tabs [data-tab=open]")).getText()).isEqualTo("Open (3)");
		assertThat(this.browser.find(By.cssSelector("#tabs [data-tab=deemed]")).getText())
			.isEqualTo("Deemed consent (130)");
		assertThat(rows("#inquiries")).isEqualTo(3);

		this.browser.click(By.cssSelector("#tabs [data-tab=deemed]"));
		this.browser.waitUntil("the first page of deemed ones", () -> rows("#inquiries") == 100);
		assertThat(this.browser.find(By.cssSelector("#inquiries-more span")).getText()).isEqualTo("100 of 130 shown");
		this.browser.click(By.cssSelector("#inquiries-more button"));
		this.browser.waitUntil("all 130 deemed ones", () -> rows("#inquiries") == 130);
		assertThat(this.browser.find(By.cssSelector("#inquiries-more button")).isDisplayed()).isFalse();
		this.browser.screenshot("long-lists-reviewer");
	}

	@Test
	void theApplicantReadsItsApplicationsPageByPage() {
		this.rows.applications(130, "WITHDRAWN");
		signIn(Fixtures.APPLICANT, "/applicant.html");
		this.browser.waitUntil("the first page of the applicant's", () -> applications() == 100);
		this.browser.click(By.cssSelector("#mine-more button"));
		this.browser.waitUntil("all 130 of the applicant's", () -> applications() == 130);
		assertThat(this.browser.find(By.cssSelector("#mine-more button")).isDisplayed()).isFalse();
	}

	private int applications() {
		return this.browser.findAll(By.cssSelector("#mine .application")).size();
	}

	private int rows(String table) {
		return this.browser.findAll(By.cssSelector(table + " tbody tr.selectable")).size();
	}

}
