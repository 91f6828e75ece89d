package ir.cadastre.notify;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.ibm.icu.text.MessagePattern;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue of notice texts: every notice in Persian and in English, naming the same
 * facts, written with the reader's digits and calendar.
 */
class NoticeTextsTests {

	private static final Pattern PERSIAN_LETTER = Pattern.compile("[\\u0600-\\u06FF]");

	@Test
	void bothCataloguesTellTheSameNoticesWithTheSameFacts() {
		Set<String> persian = NoticeTexts.catalogue("fa").stringPropertyNames();
		Set<String> english = NoticeTexts.catalogue("en").stringPropertyNames();
		assertThat(persian).isEqualTo(english).hasSizeGreaterThan(30);
		for (String key : english) {
			assertThat(facts(NoticeTexts.catalogue("fa").getProperty(key))).as(key)
				.isEqualTo(facts(NoticeTexts.catalogue("en").getProperty(key)));
			assertThat(key).as("each notice has a subject and a body").matches(".+\\.(subject|body)");
		}
	}

	@Test
	void everyNoticeIsWrittenInPersianAndEnglish() {
		for (String key : NoticeTexts.catalogue("en").stringPropertyNames()) {
			Map<String, Object> facts = new HashMap<>();
			facts(NoticeTexts.catalogue("en").getProperty(key)).forEach((fact) -> facts.put(fact, "x"));
			Notification.Text text = NoticeTexts.text(key, facts);
			assertThat(text.fa()).as(key).doesNotContain("{", "}").containsPattern(PERSIAN_LETTER);
			assertThat(text.en()).as(key).doesNotContain("{", "}").doesNotContainPattern(PERSIAN_LETTER);
		}
	}

	@Test
	void aPersianNoticeWritesNumbersAndDaysWithPersianDigitsAndSolarMonthNames() {
		Notification notice = Notification.of("LICENCE", "user:holder", "licence:1", "licence.ending", "number", 1204L,
				"type", "EXPLOITATION", "lastDay", new SolarDay("1405-10-03"), "days", 30);
		assertThat(notice.subject().fa()).isEqualTo("پروانهٔ ۱۲۰۴ تا ۳۰ روز دیگر به پایان می\u200cرسد");
		assertThat(notice.body().fa()).contains("در پایان روز ۳ دی ۱۴۰۵، ۳۰ روز دیگر،", "(تبصرهٔ ۳ مادهٔ ۱۰)");
		assertThat(notice.subject().en()).isEqualTo("Licence 1204 ends in 30 days");
		assertThat(notice.body().en())
			.isEqualTo("The period of exploitation licence 1204 ends at the end of 3 Dey 1405, "
					+ "in 30 days; ask for its renewal before then to keep your priority (Art. 10 note 3).");
	}

	@Test
	void aNoticeOnTheLastDaySaysTodayAndOneDayIsOne() {
		Notification last = Notification.of("LICENCE", "user:holder", "licence:1", "licence.ending", "number", 1204L,
				"type", "DISCOVERY_CERTIFICATE", "lastDay", new SolarDay("1405-10-03"), "days", 0);
		assertThat(last.subject().en()).isEqualTo("Licence 1204 ends today");
		assertThat(last.body().en()).contains("ends at the end of 3 Dey 1405, today (Art. 8)");
		assertThat(last.subject().fa()).isEqualTo("پروانهٔ ۱۲۰۴ امروز به پایان می\u200cرسد");
		assertThat(last.body().fa()).contains("در پایان روز ۳ دی ۱۴۰۵، امروز،");
		Notification inquiry = Notification.of("INQUIRY", "agency:doe", "inquiry:1", "inquiry.due-soon", "inquiry",
				"i-1", "receipt", 7L, "lastDay", new SolarDay("1405-10-04"), "days", 1);
		assertThat(inquiry.subject().en()).isEqualTo("Article 24 inquiry closes in 1 day");
		assertThat(inquiry.subject().fa()).isEqualTo("مهلت استعلام مادهٔ ۲۴ تا ۱ روز دیگر به پایان می\u200cرسد");
	}

	@Test
	void aReasonEndingInAFullStopEndsTheSentenceOnce() {
		Notification notice = Notification.of("DECISION", "user:applicant", "application:1", "application.decided",
				"receipt", 12L, "decision", "REJECTED", "licence", null, "reason", "the area may not be explored. ");
		assertThat(notice.body().en()).contains("the area may not be explored").doesNotContain("..", ". .");
		assertThat(notice.body().fa()).doesNotContain("..", ". .");
	}

	@Test
	void whatUsersWroteAndIdentifiersKeepTheirOwnDigits() {
		Notification notice = Notification.of("LICENCE", "user:officer", "licence:1", "licence.warning-reported",
				"number", 7L, "obligation", "report 2 boreholes", "report", "done on 1405-09-01");
		assertThat(notice.body().fa()).startsWith("دارندهٔ پروانهٔ ۷ دربارهٔ اخطار انجام «report 2 boreholes»")
			.contains("done on 1405-09-01");
	}

	@Test
	void anAbsentFactLeavesItsSentenceOut() {
		Notification rejected = Notification.of("DECISION", "user:a", "application:7", "application.decided", "receipt",
				7L, "decision", "REJECTED", "licence", null, "reason", null);
		assertThat(rejected.subject().en()).isEqualTo("Application 7 rejected");
		assertThat(rejected.body().en()).isEqualTo("Application 7 was rejected.");
		assertThat(rejected.body().fa()).isEqualTo("درخواست ۷ رد شد.");
		Notification granted = Notification.of("DECISION", "user:a", "application:7", "application.decided", "receipt",
				8L, "decision", "GRANTED", "licence", 12L, "reason", "complete file");
		assertThat(granted.body().en())
			.isEqualTo("Application 8 was granted; licence 12 is issued on its grantable area. Reason: complete file");
	}

	@Test
	void aLicenceEndingEndsTheTransferItsHolderAskedFor() {
		assertThat(Notification
			.of("LICENCE", "user:h", "licence:1", "licence.closed", "number", 3L, "reason", "abandoned", "transfer",
					"yes", "transferTo", "applicant2")
			.body()
			.en()).endsWith("Its area is no longer held. Your request to transfer it to applicant2 ends with it.");
		assertThat(Notification
			.of("LICENCE", "user:h", "licence:1", "licence.closed", "number", 3L, "reason", "abandoned", "transfer",
					"no", "transferTo", null)
			.body()
			.en()).endsWith("Its area is no longer held.");
	}

	/** The facts a pattern names, in choices too. */
	private static Set<String> facts(String pattern) {
		MessagePattern parsed = new MessagePattern(pattern);
		Set<String> names = new TreeSet<>();
		for (int i = 0; i < parsed.countParts(); i++) {
			if (parsed.getPartType(i) == MessagePattern.Part.Type.ARG_NAME) {
				names.add(parsed.getSubstring(parsed.getPart(i)));
			}
		}
		return names;
	}

}
