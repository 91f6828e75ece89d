package ir.cadastre.notify;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox delivered by e-mail when that is switched on (it is off by default), to a
 * local SMTP server.
 */
@CadastreTest
@TestPropertySource(properties = { "cadastre.notifications.email.enabled=true", "spring.mail.host=127.0.0.1",
		"spring.mail.port=3025", "cadastre.notifications.email.interval=PT24H",
		"cadastre.notifications.email.pages=https://cadastre.example.ir" })
class EmailDeliveryTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	JdbcClient db;

	@Autowired
	EmailDelivery delivery;

	@Autowired
	Outbox outbox;

	@BeforeEach
	void setUp() {
		new Fixtures(this.db).users();
		this.db.sql("UPDATE notification SET sent_at = clock_timestamp() WHERE sent_at IS NULL").update();
		this.db.sql("""
				INSERT INTO app_user (username, password_hash, role, agency_id)
				SELECT 'doe-reviewer-2', password_hash, role, agency_id FROM app_user WHERE username = :r
				ON CONFLICT (username) DO NOTHING
				""").param("r", Fixtures.DOE_REVIEWER).update();
		this.db.sql("""
				UPDATE app_user SET email = username || '@example.ir',
				       language = CASE WHEN username = :r THEN 'fa' ELSE 'en' END
				WHERE username IN (:a, :r, 'doe-reviewer-2')
				""").param("a", Fixtures.APPLICANT).param("r", Fixtures.DOE_REVIEWER).update();
	}

	@AfterEach
	void tearDown() {
		this.db.sql("DELETE FROM app_user WHERE username = 'doe-reviewer-2'").update();
		this.db.sql("UPDATE app_user SET email = NULL, language = 'fa' WHERE username IN (:a, :r)")
			.param("a", Fixtures.APPLICANT)
			.param("r", Fixtures.DOE_REVIEWER)
			.update();
	}

	@Test
	void notificationsReachTheirRecipientsOnceEachInTheirLanguage() throws Exception {
		this.outbox.add(List.of(
				Notification.of("DECISION", "user:" + Fixtures.APPLICANT, "application:7", "application.decided",
						"receipt", 7L, "decision", "GRANTED", "licence", null, "reason", null),
				Notification.of("INQUIRY_DUE_SOON", "agency:doe", "inquiry:3", "inquiry.due-soon", "days", 3, "inquiry",
						"i-1", "receipt", 41L, "lastDay", new SolarDay("1405-10-30"))));
		assertThat(this.delivery.deliver()).isEqualTo(2);
		assertThat(this.delivery.deliver()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(3);
		assertThat(received[0].getSubject()).isEqualTo("Application 7 granted");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(Fixtures.APPLICANT + "@example.ir");
		// The agency's reviewers: one reads English, the other Persian.
		assertThat(received[1].getSubject()).isEqualTo("Article 24 inquiry closes in 3 days");
		assertThat(received[1].getAllRecipients()).extracting(Object::toString)
			.containsExactly("doe-reviewer-2@example.ir");
		assertThat(received[2].getSubject()).isEqualTo("مهلت استعلام مادهٔ ۲۴ تا ۳ روز دیگر به پایان می\u200cرسد");
		assertThat(part(received[2], "text/plain")).contains("در پایان روز ۳۰ دی ۱۴۰۵")
			.endsWith("در سامانه ببینید: https://cadastre.example.ir/index.html?open=inquiry%3A3");
		assertThat(part(received[0], "text/plain")).as("the sign-in page opens it on the reader's page")
			.endsWith(
					"was granted.\r\n\r\nSee it in the service: https://cadastre.example.ir/index.html?open=application%3A7");
		assertThat(part(received[2], "text/html")).startsWith("<div lang=\"fa\" dir=\"rtl\"")
			.contains("در پایان روز ۳۰ دی ۱۴۰۵");
		assertThat(part(received[1], "text/html")).startsWith("<div lang=\"en\" dir=\"ltr\"");
		assertThat(received[2].getAllRecipients()).extracting(Object::toString)
			.containsExactly(Fixtures.DOE_REVIEWER + "@example.ir");
	}

	@Test
	void aRecipientWithoutAddressIsRecordedNotLost() {
		this.outbox.add(List.of(new Notification("DECISION", "user:nobody", "application:7",
				new Notification.Text("x", "x"), new Notification.Text("y", "y"))));
		assertThat(this.delivery.deliver()).isZero();
		assertThat(this.db
			.sql("SELECT last_error FROM notification WHERE recipient = 'user:nobody' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).contains("no e-mail address");
	}

	/** The first part of a message of this type. */
	private static String part(Part message, String type) throws Exception {
		if (message.isMimeType(type)) {
			return (String) message.getContent();
		}
		if (message.getContent() instanceof Multipart parts) {
			for (int i = 0; i < parts.getCount(); i++) {
				String found = part(parts.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
