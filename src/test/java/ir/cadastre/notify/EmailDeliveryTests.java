package ir.cadastre.notify;

import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import ir.cadastre.CadastreTest;
import ir.cadastre.Fixtures;
import jakarta.mail.internet.MimeMessage;
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
		"spring.mail.port=3025", "cadastre.notifications.email.interval=PT24H" })
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
		this.db.sql("UPDATE app_user SET email = username || '@example.ir' WHERE username IN (:a, :r)")
			.param("a", Fixtures.APPLICANT)
			.param("r", Fixtures.DOE_REVIEWER)
			.update();
	}

	@Test
	void notificationsReachTheirRecipientsOnce() throws Exception {
		this.outbox.add(List.of(
				new Outbox.Notification("DECISION", "user:" + Fixtures.APPLICANT, "Application 7 granted", "Granted."),
				new Outbox.Notification("INQUIRY_DUE_SOON", "agency:doe", "Closes in 3 days", "Answer soon.")));
		assertThat(this.delivery.deliver()).isEqualTo(2);
		assertThat(this.delivery.deliver()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(2);
		assertThat(received[0].getSubject()).isEqualTo("Application 7 granted");
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(Fixtures.APPLICANT + "@example.ir");
		assertThat(received[1].getAllRecipients()[0].toString()).isEqualTo(Fixtures.DOE_REVIEWER + "@example.ir");
	}

	@Test
	void aRecipientWithoutAddressIsRecordedNotLost() {
		this.outbox.add(List.of(new Outbox.Notification("DECISION", "user:nobody", "x", "y")));
		assertThat(this.delivery.deliver()).isZero();
		assertThat(this.db
			.sql("SELECT last_error FROM notification WHERE recipient = 'user:nobody' ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.single()).contains("no e-mail address");
	}

}
