package ir.cadastre.calendar;

import java.time.Instant;

import ir.cadastre.CadastreTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Article 24 window is data: an amendment is a new {@code legal_rule} row, applied to
 * what is notified from its effective day on.
 */
@CadastreTest
class LegalWindowsTests {

	@Autowired
	JdbcClient db;

	@Autowired
	LegalWindows windows;

	@Test
	@DisplayName("Art. 24: an amendment applies from its effective day; what was notified before keeps four months")
	void article24_amendmentAppliesFromItsEffectiveDay() {
		assertThat(this.windows.article24(Instant.parse("2026-03-21T06:30:00Z")).months()).isEqualTo(4);
		this.db.sql("""
				INSERT INTO legal_rule (name, months, effective_from, effective_from_solar_hijri, source)
				VALUES ('article24_window', 6, DATE '2026-03-21', '1405-01-01', 'a test amendment')
				""").update();
		try {
			this.windows.forget();
			LegalWindows.Window before = this.windows.article24(Instant.parse("2026-03-20T06:30:00Z"));
			assertThat(before.months()).isEqualTo(4);
			assertThat(before.deadline().lastDaySolarHijri()).isEqualTo("1405-04-29");
			LegalWindows.Window after = this.windows.article24(Instant.parse("2026-03-21T06:30:00Z"));
			assertThat(after.months()).isEqualTo(6);
			assertThat(after.deadline().lastDaySolarHijri()).isEqualTo("1405-07-01");
			// 20:29 UTC on 20 March is still 1404-12-29 in Tehran; 20:30 is Nowruz
			assertThat(this.windows.article24(Instant.parse("2026-03-20T20:29:00Z")).months()).isEqualTo(4);
			assertThat(this.windows.article24(Instant.parse("2026-03-20T20:30:00Z")).months()).isEqualTo(6);
		}
		finally {
			this.db.sql("DELETE FROM legal_rule WHERE source = 'a test amendment'").update();
			this.windows.forget();
		}
	}

}
